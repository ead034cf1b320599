package org.cxcadence.ui.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionKind;
import org.cxcadence.domain.ActionState;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaOutcome;
import org.cxcadence.domain.Attendance;
import org.cxcadence.domain.DomainException;
import org.cxcadence.domain.DueDateShorthand;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.MetricWindow;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.PersonMatcher;
import org.cxcadence.domain.StallRule;
import org.cxcadence.domain.TextLimits;
import org.cxcadence.domain.Timebox;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.home.HomeSummary;
import org.cxcadence.service.home.HomeSummaryBuilder;
import org.cxcadence.service.live.LiveSessionService;
import org.cxcadence.ui.UiExecutor;
import org.cxcadence.ui.common.Autosaver;
import org.cxcadence.ui.common.Messages;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live session as the facilitator drives it: the agenda with the item on screen, its timers,
 * notes typed straight in (autosaved), decisions and actions captured in one line, the open-action
 * review leader by leader, attendance, end and reopen. Keeps the session in memory and hands every
 * change to storage through the executor, in the order it happened.
 */
public final class RunViewModel {
    /** What the Run screen shows. */
    public enum Phase { LOADING, NOTHING_TO_RUN, READY_TO_START, RUNNING, ENDED }

    private final LiveSessionService service;
    private final UiExecutor executor;
    private final Autosaver autosaver;
    private final Messages messages;
    private final Clock clock;

    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.LOADING);
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final ObservableList<AgendaItem> agenda = FXCollections.observableArrayList();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Instant> itemStartedAt = new SimpleObjectProperty<>();
    private final ObjectProperty<Timebox> itemTime = new SimpleObjectProperty<>(new Timebox(Duration.ZERO, Duration.ZERO));
    private final ObjectProperty<Timebox> sessionTime = new SimpleObjectProperty<>(new Timebox(Duration.ZERO, Duration.ZERO));
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty presenter = new SimpleBooleanProperty(false);
    private final ObservableList<ActionItem> raisedHere = FXCollections.observableArrayList();
    private final ObservableList<Attendance> attendance = FXCollections.observableArrayList();
    private final ObservableList<ReviewLeader> review = FXCollections.observableArrayList();
    private final IntegerProperty reviewIndex = new SimpleIntegerProperty(0);
    private final ObservableList<Glance> metrics = FXCollections.observableArrayList();
    private Workspace workspace;
    private boolean showingNotes;
    private boolean startWhenLoaded;

    /** A metric at a glance in the customer-asset review: its latest total against target, and its trend. */
    public record Glance(HomeSummary.MetricTile tile, List<java.math.BigDecimal> trend) {
    }

    /** One leader's open actions in the review, with why each is on the list. */
    public record ReviewLeader(Person person, List<ReviewItem> items) {
    }

    /** An open action in the review and what the room should know about it. */
    public record ReviewItem(ActionItem action, boolean overdue, long daysOverdue, List<String> stallReasons) {
    }

    public RunViewModel(LiveSessionService service, UiExecutor executor, Autosaver autosaver, Messages messages,
                        Clock clock) {
        this.service = service;
        this.executor = executor;
        this.autosaver = autosaver;
        this.messages = messages;
        this.clock = clock;
        notes.addListener((o, was, now) -> {
            if (!showingNotes) {
                editNotes(now);
            }
        });
    }

    // ---- loading -------------------------------------------------------------------------------

    /** Loads the session to run and starts it at once (Home's "Start session"). */
    public void loadAndStart() {
        startWhenLoaded = true;
        load();
    }

    /** Finds the session to run (one in progress first) and restores where it stood. */
    public void load() {
        executor.run(this::find)
                .onSuccess(this::show)
                .onError(e -> message.set(e.getMessage()));
    }

    private Loaded find() {
        Optional<Meeting> m = service.sessionToRun();
        Found found = m.map(this::found).orElse(null);
        return loaded(service.liveView(m.map(Meeting::id).orElse(null)), found);
    }

    /** The session's read model with its review and glances judged, on the worker (thousands of open actions). */
    private Loaded loaded(Workspace w, Found found) {
        return new Loaded(w, found, judge(w));
    }

    private Found found(Meeting m) {
        return new Found(m, service.liveState(m.id()).map(s -> new Position(s.itemId(), s.since())));
    }

    private record Position(String itemId, Instant since) {
    }

    private record Found(Meeting meeting, Optional<Position> position) {
    }

    private record Loaded(Workspace workspace, Found found, Judged judged) {
    }

    /** What the room reviews (open actions by leader, with why) and the metrics at a glance, judged off the FX thread. */
    private record Judged(List<ReviewLeader> review, List<Glance> metrics) {
    }

    private void show(Loaded loaded) {
        workspace = loaded.workspace();
        if (loaded.found() == null) {
            phase.set(Phase.NOTHING_TO_RUN);
            return;
        }
        Meeting m = loaded.found().meeting();
        setMeeting(m, loaded.judged());
        if (m.status() == MeetingStatus.IN_PROGRESS) {
            Position p = loaded.found().position().orElse(new Position(m.agenda().isEmpty() ? null
                    : m.agenda().getFirst().id(), clock.instant()));
            current.set(Math.max(0, indexOf(p.itemId())));
            itemStartedAt.set(p.since() == null ? clock.instant() : p.since());
            phase.set(Phase.RUNNING);
            showCurrent();
        } else {
            phase.set(Phase.READY_TO_START);
            if (startWhenLoaded) {
                startWhenLoaded = false;
                start();
            }
        }
        tick();
    }

    private void setMeeting(Meeting m, Judged judged) {
        meeting.set(m);
        agenda.setAll(m.agenda());
        attendance.setAll(m.attendance());
        review.setAll(judged.review());
        metrics.setAll(judged.metrics());
    }

    // ---- starting and moving -------------------------------------------------------------------

    public void start() {
        Meeting m = meeting.get();
        if (m == null || phase.get() != Phase.READY_TO_START) {
            return;
        }
        executor.run(() -> {
            Meeting started = service.start(m.id());
            return loaded(service.liveView(started.id()), found(started));
        }).onSuccess(this::show).onError(e -> message.set(e.getMessage()));
    }

    public void next() {
        moveTo(current.get() + 1, AgendaOutcome.DISCUSSED);
    }

    public void previous() {
        moveTo(current.get() - 1, null);
    }

    /** Defers the item on screen to the next session and moves on. */
    public void defer() {
        moveTo(current.get() + 1, AgendaOutcome.DEFERRED);
    }

    /** Jumps to an item (a click in the agenda). */
    public void jumpTo(int index) {
        moveTo(index, null);
    }

    private void moveTo(int index, AgendaOutcome outcomeOfLeft) {
        if (phase.get() != Phase.RUNNING || index == current.get()) {
            return;
        }
        AgendaItem left = currentItem();
        boolean pastEnd = index >= agenda.size();
        if (left != null && pastEnd && outcomeOfLeft == null) {
            return;
        }
        if (index < 0) {
            return;
        }
        autosaver.flush();
        String meetingId = meeting.get().id();
        Instant now = clock.instant();
        if (left != null) {
            AgendaItem timed = withTimeAndOutcome(left, now, outcomeOfLeft);
            agenda.set(current.get(), timed);
            String toId = pastEnd ? left.id() : agenda.get(index).id();
            executor.run(() -> service.switchItem(meetingId, left, outcomeOfLeft, toId))
                    .onError(e -> message.set(messages.format("run.saveFailed", e.getMessage())));
        }
        if (!pastEnd) {
            current.set(index);
            itemStartedAt.set(now);
            showCurrent();
        } else {
            itemStartedAt.set(now);
            message.set(messages.get("run.lastItem"));
        }
        tick();
    }

    private AgendaItem withTimeAndOutcome(AgendaItem item, Instant now, AgendaOutcome outcome) {
        long since = itemStartedAt.get() == null ? 0 : Math.max(0, Duration.between(itemStartedAt.get(), now).toSeconds());
        long spent = (item.spentSeconds() == null ? 0 : item.spentSeconds()) + since;
        return new AgendaItem(item.id(), item.title(), item.kind(), item.topicAreaId(), item.presenterId(),
                item.plannedMinutes(), item.prepNotes(), item.links(), item.notes(), spent,
                outcome != null ? outcome : item.outcome(), item.carriedFromId(), item.decisions());
    }

    private void showCurrent() {
        AgendaItem item = currentItem();
        showingNotes = true;
        try {
            notes.set(item == null || item.notes() == null ? "" : item.notes());
        } finally {
            showingNotes = false;
        }
        raisedHere.setAll(workspace == null || item == null ? List.of() : workspace.actionItems().stream()
                .filter(a -> item.id().equals(a.agendaItemId())).toList());
        reviewIndex.set(0);
        message.set("");
    }

    /** Recomputes both timers from the wall clock; the view calls it every second. */
    public void tick() {
        Instant now = clock.instant();
        AgendaItem item = currentItem();
        Meeting m = meeting.get();
        if (item != null && phase.get() == Phase.RUNNING) {
            long spent = (item.spentSeconds() == null ? 0 : item.spentSeconds())
                    + (itemStartedAt.get() == null ? 0 : Math.max(0, Duration.between(itemStartedAt.get(), now).toSeconds()));
            itemTime.set(new Timebox(Duration.ofSeconds(spent),
                    Duration.ofMinutes(item.plannedMinutes() == null ? 0 : item.plannedMinutes())));
        }
        if (m != null && m.actualStart() != null && phase.get() == Phase.RUNNING) {
            sessionTime.set(new Timebox(Duration.between(m.actualStart().toInstant(), now),
                    Duration.ofMinutes(m.durationMinutes())));
        }
    }

    // ---- capture -------------------------------------------------------------------------------

    private void editNotes(String text) {
        AgendaItem item = currentItem();
        if (item == null || phase.get() != Phase.RUNNING) {
            return;
        }
        String value = text == null ? "" : text;
        if (TextLimits.length(value) > TextLimits.MAX_NOTES) {
            message.set(messages.format("run.notesTooLong", TextLimits.MAX_NOTES));
            return;
        }
        AgendaItem updated = new AgendaItem(item.id(), item.title(), item.kind(), item.topicAreaId(),
                item.presenterId(), item.plannedMinutes(), item.prepNotes(), item.links(), value,
                item.spentSeconds(), item.outcome(), item.carriedFromId(), item.decisions());
        agenda.set(current.get(), updated);
        String meetingId = meeting.get().id();
        autosaver.submit(List.of(meetingId, item.id(), "notes"), () -> service.saveItem(meetingId, currentCopy(item.id())));
    }

    /** The latest in-memory copy of an item, read when the debounced save runs. */
    private AgendaItem currentCopy(String itemId) {
        return agenda.stream().filter(a -> a.id().equals(itemId)).findFirst().orElseThrow();
    }

    /** @return an error message, or empty when the decision was recorded */
    public String addDecision(String text) {
        AgendaItem item = currentItem();
        if (item == null) {
            return messages.get("run.notRunning");
        }
        if (text == null || text.isBlank()) {
            return messages.get("run.decision.blank");
        }
        if (TextLimits.length(text) > TextLimits.MAX_NOTES) {
            return messages.format("run.notesTooLong", TextLimits.MAX_NOTES);
        }
        autosaver.flush();
        List<org.cxcadence.domain.Decision> decisions = new ArrayList<>(item.decisions());
        decisions.add(new org.cxcadence.domain.Decision(java.util.UUID.randomUUID().toString(), text.strip()));
        AgendaItem updated = new AgendaItem(item.id(), item.title(), item.kind(), item.topicAreaId(),
                item.presenterId(), item.plannedMinutes(), item.prepNotes(), item.links(), item.notes(),
                item.spentSeconds(), item.outcome(), item.carriedFromId(), decisions);
        agenda.set(current.get(), updated);
        String meetingId = meeting.get().id();
        executor.run(() -> service.saveItem(meetingId, updated))
                .onError(e -> message.set(messages.format("run.saveFailed", e.getMessage())));
        return "";
    }

    /** The people whose names start with what was typed in the owner field. */
    public List<Person> owners(String typed) {
        return workspace == null ? List.of() : new PersonMatcher(workspace.people()).matches(typed);
    }

    /** Why a typed due date is refused, in the user's language (the domain words it in English). */
    private String dueProblem(DomainException e) {
        String english = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^due: ", "");
        int open = english.indexOf('\'');
        int close = english.indexOf('\'', open + 1);
        String typed = open >= 0 && close > open ? english.substring(open + 1, close) : "";
        return messages.format(english.contains("in the past") ? "run.due.past" : "run.due.unknown", typed,
                org.cxcadence.domain.DueDateShorthand.HELP);
    }

    /** What the due field's shorthand means, or the reason it is refused. */
    public String describeDue(String typed) {
        try {
            LocalDate d = DueDateShorthand.parse(typed, LocalDate.now(clock));
            return d == null ? "" : messages.format("run.action.dueMeans", java.time.format.DateTimeFormatter.ofPattern(
                    messages.get("format.weekdayDate"), messages.locale()).format(d));
        } catch (DomainException e) {
            return dueProblem(e);
        }
    }

    /**
     * Captures an action from the compact line.
     *
     * @return an error message naming the field, or empty when the action was recorded
     */
    public String addAction(String title, String ownerTyped, String dueTyped, String impact, ActionKind kind) {
        AgendaItem item = currentItem();
        if (item == null) {
            return messages.get("run.notRunning");
        }
        if (title == null || title.isBlank()) {
            return messages.get("run.action.titleBlank");
        }
        if (TextLimits.length(title) > TextLimits.MAX_TITLE) {
            return messages.format("directory.error.tooLong", TextLimits.MAX_TITLE, TextLimits.length(title));
        }
        List<Person> owners = owners(ownerTyped);
        if (owners.isEmpty()) {
            return messages.format("run.action.ownerUnknown", ownerTyped == null ? "" : ownerTyped.strip());
        }
        if (owners.size() > 1) {
            return messages.format("run.action.ownerAmbiguous", owners.stream().map(Person::name)
                    .collect(Collectors.joining(", ")));
        }
        LocalDate due;
        try {
            due = DueDateShorthand.parse(dueTyped, LocalDate.now(clock));
        } catch (DomainException e) {
            return dueProblem(e);
        }
        if (impact != null && TextLimits.length(impact) > TextLimits.MAX_NOTES) {
            return messages.format("run.notesTooLong", TextLimits.MAX_NOTES);
        }
        autosaver.flush();
        String meetingId = meeting.get().id();
        String ownerId = owners.getFirst().id();
        executor.run(() -> service.addAction(meetingId, item, title, ownerId, due, impact, kind))
                .onSuccess(a -> {
                    raisedHere.add(a);
                    workspace = withAction(a);
                })
                .onError(e -> message.set(messages.format("run.saveFailed", e.getMessage())));
        return "";
    }

    private Workspace withAction(ActionItem a) {
        List<ActionItem> all = new ArrayList<>(workspace.actionItems());
        all.add(a);
        return workspace.withActionItems(all);
    }

    // ---- open-action review --------------------------------------------------------------------

    /**
     * Judges every open action of {@code w} (stall rule, overdue) into the review by leader, and the
     * metrics at a glance. Pure work on the worker: on the large workspace it is thousands of actions.
     */
    private Judged judge(Workspace w) {
        if (w == null) {
            return new Judged(List.of(), List.of());
        }
        StallRule stalls = StallRule.of(w, LocalDate.now(clock));
        org.cxcadence.ui.common.ReasonText reasons = new org.cxcadence.ui.common.ReasonText(messages);
        Map<String, List<ReviewItem>> byOwner = new LinkedHashMap<>();
        for (ActionItem a : w.actionItems()) {
            if (!a.isOpen()) {
                continue;
            }
            ActionState s = stalls.assess(a);
            byOwner.computeIfAbsent(a.ownerId(), k -> new ArrayList<>()).add(new ReviewItem(a, s.overdue(),
                    s.daysOverdue(), reasons.stalls(s.stallReasons())));
        }
        List<ReviewLeader> leaders = new ArrayList<>();
        for (Person p : w.people()) {
            List<ReviewItem> items = byOwner.get(p.id());
            if (items != null) {
                items.sort(Comparator.comparing((ReviewItem r) -> r.stallReasons().isEmpty())
                        .thenComparing(r -> !r.overdue()));
                leaders.add(new ReviewLeader(p, List.copyOf(items)));
            }
        }
        Map<String, org.cxcadence.domain.Metric> byId = w.metrics().stream()
                .collect(Collectors.toMap(org.cxcadence.domain.Metric::id, Function.identity()));
        // Off target first: that is what the room has to talk about.
        List<Glance> glances = HomeSummaryBuilder.assetTiles(w).stream()
                .sorted(Comparator.comparing((HomeSummary.MetricTile t) -> !t.offTarget()))
                .map(t -> new Glance(t, HomeSummaryBuilder.trend(byId.get(t.metricId()), MetricWindow.TREND_PERIODS))).toList();
        return new Judged(List.copyOf(leaders), glances);
    }

    public void nextLeader() {
        if (reviewIndex.get() < review.size() - 1) {
            reviewIndex.set(reviewIndex.get() + 1);
        }
    }

    public void previousLeader() {
        if (reviewIndex.get() > 0) {
            reviewIndex.set(reviewIndex.get() - 1);
        }
    }

    /** @return an error message, or empty when recorded */
    public String reviewDone(ActionItem action, String note) {
        return review(action, () -> service.markDone(meeting.get().id(), action.id(), note));
    }

    public String reviewNote(ActionItem action, String note) {
        if (note == null || note.isBlank()) {
            return messages.get("run.review.noteBlank");
        }
        return review(action, () -> service.addNote(meeting.get().id(), action.id(), note));
    }

    public String reviewDue(ActionItem action, String dueTyped) {
        LocalDate due;
        try {
            due = DueDateShorthand.parse(dueTyped, LocalDate.now(clock));
        } catch (DomainException e) {
            return dueProblem(e);
        }
        if (due == null) {
            return messages.get("run.review.dueBlank");
        }
        return review(action, () -> service.setDue(meeting.get().id(), action.id(), due));
    }

    public String reviewBlocked(ActionItem action, String blocker) {
        if (blocker == null || blocker.isBlank()) {
            return messages.get("run.review.blockerBlank");
        }
        return review(action, () -> service.markBlocked(meeting.get().id(), action.id(), blocker));
    }

    private String review(ActionItem action, UiExecutor.ThrowingRunnable write) {
        if (phase.get() != Phase.RUNNING) {
            return messages.get("run.notRunning");
        }
        String meetingId = meeting.get().id();
        executor.run(() -> {
            write.run();
            Workspace w = service.liveView(meetingId);
            return new Loaded(w, null, judge(w));
        }).onSuccess(reviewed -> {
            workspace = reviewed.workspace();
            int keep = reviewIndex.get();
            review.setAll(reviewed.judged().review());
            reviewIndex.set(Math.min(keep, Math.max(0, review.size() - 1)));
            message.set(messages.format("run.review.recorded", action.title()));
        }).onError(e -> message.set(messages.format("run.saveFailed", e.getMessage())));
        return "";
    }

    // ---- attendance ----------------------------------------------------------------------------

    public void setPresent(String personId, boolean present, String delegate) {
        List<Attendance> list = new ArrayList<>(attendance);
        list.removeIf(a -> a.personId().equals(personId));
        int at = indexOfPerson(personId);
        Attendance entry = new Attendance(personId, present, delegate == null || delegate.isBlank() ? null : delegate.strip());
        list.add(Math.min(at < 0 ? list.size() : at, list.size()), entry);
        attendance.setAll(list);
        String meetingId = meeting.get().id();
        List<Attendance> copy = List.copyOf(list);
        autosaver.submit(List.of(meetingId, "attendance"), () -> service.setAttendance(meetingId, copy));
    }

    private int indexOfPerson(String personId) {
        for (int i = 0; i < attendance.size(); i++) {
            if (attendance.get(i).personId().equals(personId)) {
                return i;
            }
        }
        return -1;
    }

    public String personName(String personId) {
        return workspace == null ? personId : workspace.people().stream().filter(p -> p.id().equals(personId))
                .map(Person::name).findFirst().orElse(personId);
    }

    public String topicAreaName(String topicAreaId) {
        return workspace == null || topicAreaId == null ? "" : workspace.topicAreas().stream()
                .filter(t -> t.id().equals(topicAreaId)).map(TopicArea::name).findFirst().orElse("");
    }

    // ---- ending --------------------------------------------------------------------------------

    public void end(int rating) {
        end(rating, () -> { });
    }

    /** Ends the session and then runs {@code afterwards} (opening the minutes) once it is stored. */
    public void end(int rating, Runnable afterwards) {
        if (phase.get() != Phase.RUNNING) {
            return;
        }
        autosaver.flush();
        String meetingId = meeting.get().id();
        AgendaItem onScreen = currentItem();
        // The item on screen gets its time before the session ends (the service adds the rest).
        executor.run(() -> {
            if (onScreen != null) {
                service.saveItem(meetingId, currentCopy(onScreen.id()));
            }
            return service.end(meetingId, rating);
        }).onSuccess(ended -> {
            meeting.set(ended);
            agenda.setAll(ended.agenda());
            phase.set(Phase.ENDED);
            afterwards.run();
        }).onError(e -> message.set(messages.format("run.saveFailed", e.getMessage())));
    }

    public void reopen() {
        Meeting m = meeting.get();
        if (m == null || phase.get() != Phase.ENDED) {
            return;
        }
        executor.run(() -> {
            Meeting reopened = service.reopen(m.id());
            return loaded(service.liveView(reopened.id()), found(reopened));
        }).onSuccess(this::show).onError(e -> message.set(e.getMessage()));
    }

    // ---- read access for the views -------------------------------------------------------------

    public AgendaItem currentItem() {
        int i = current.get();
        return i >= 0 && i < agenda.size() ? agenda.get(i) : null;
    }

    public boolean isReview() {
        AgendaItem item = currentItem();
        return item != null && item.kind() == AgendaItemKind.ACTION_REVIEW;
    }

    public boolean isMetricsReview() {
        AgendaItem item = currentItem();
        return item != null && item.kind() == AgendaItemKind.METRICS_REVIEW;
    }

    private int indexOf(String itemId) {
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).id().equals(itemId)) {
                return i;
            }
        }
        return -1;
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ObjectProperty<Meeting> meetingProperty() {
        return meeting;
    }

    public ObservableList<AgendaItem> agenda() {
        return agenda;
    }

    public IntegerProperty currentProperty() {
        return current;
    }

    public ObjectProperty<Timebox> itemTimeProperty() {
        return itemTime;
    }

    public ObjectProperty<Timebox> sessionTimeProperty() {
        return sessionTime;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty presenterProperty() {
        return presenter;
    }

    public ObservableList<ActionItem> raisedHere() {
        return raisedHere;
    }

    public ObservableList<Attendance> attendance() {
        return attendance;
    }

    public ObservableList<ReviewLeader> review() {
        return review;
    }

    public IntegerProperty reviewIndexProperty() {
        return reviewIndex;
    }

    public ObservableList<Glance> metrics() {
        return metrics;
    }
}
