package org.cxcadence.ui.prepare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.cxcadence.domain.AgendaDraft;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaTemplate;
import org.cxcadence.domain.CarryForward;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.TextLimits;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.AgendaFormat;
import org.cxcadence.service.AgendaService;
import org.cxcadence.ui.UiExecutor;
import org.cxcadence.ui.common.Autosaver;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.feedback.Feedback;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Prepare: pick a series and one of its sessions (the next one drafted when needed), edit the agenda
 * (every edit saved through the {@link Autosaver}, undoable and redoable), watch the planned total
 * against the session's length, mark it ready and share it.
 */
public final class PrepareViewModel {
    private final AgendaService service;
    private final UiExecutor executor;
    private final Autosaver autosaver;
    private final Messages messages;
    private final Clock clock;
    private final Feedback feedback;
    private final EditHistory history = new EditHistory();

    private final ObservableList<MeetingSeries> series = FXCollections.observableArrayList();
    private final ObjectProperty<MeetingSeries> selectedSeries = new SimpleObjectProperty<>();
    private final ObservableList<Meeting> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> session = new SimpleObjectProperty<>();
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final ObjectProperty<ItemRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<Person> presenters = FXCollections.observableArrayList();
    private final ObservableList<TopicArea> topicAreas = FXCollections.observableArrayList();
    private final ObservableList<AgendaTemplate> templates = FXCollections.observableArrayList();
    private final ObservableList<ReviewLine> actionReview = FXCollections.observableArrayList();
    private final ObservableList<ReviewLine> metricReview = FXCollections.observableArrayList();
    private final IntegerProperty duration = new SimpleIntegerProperty(60);
    private final IntegerBinding planned;
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final StringProperty titleError = new SimpleStringProperty("");
    private final StringProperty minutesError = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private List<Person> everyone = List.of();
    private boolean loading;
    /** False until the first load has shown a session, found no series, or failed: the screen says it is loading. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    /** The message of the last edit refused by the check, cleared once an edit passes. */
    private String refused = "";

    public PrepareViewModel(AgendaService service, UiExecutor executor, Autosaver autosaver, Messages messages,
                            Clock clock) {
        this(service, executor, autosaver, messages, clock, new Feedback(messages));
    }

    /** @param feedback where sharing reports progress, the exported file and failures (with the next step) */
    public PrepareViewModel(AgendaService service, UiExecutor executor, Autosaver autosaver, Messages messages,
                            Clock clock, Feedback feedback) {
        this.feedback = feedback;
        this.service = service;
        this.executor = executor;
        this.autosaver = autosaver;
        this.messages = messages;
        this.clock = clock;
        planned = Bindings.createIntegerBinding(() -> items.stream()
                .mapToInt(r -> r.minutesProperty().get() == null ? 0 : r.minutesProperty().get()).sum(), items);
        selected.addListener((o, was, now) -> {
            titleError.set("");
            minutesError.set("");
            history.seal();
        });
        ready.addListener((o, was, now) -> {
            if (!loading) {
                setReady(now);
            }
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The zone dates and times are shown and typed in. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    // --- loading ---

    /** Loads the series and opens the next session of the first (or the selected) one. */
    public void load() {
        executor.run(service::listsView).onSuccess(w -> {
            series.setAll(w.series());
            templates.setAll(w.agendaTemplates());
            everyone = w.people();
            presenters.setAll(w.people().stream().filter(Person::active).toList());
            topicAreas.setAll(w.topicAreas().stream().filter(t -> !t.archived()).toList());
            if (selectedSeries.get() == null && !series.isEmpty()) {
                selectedSeries.set(series.getFirst());
            }
            if (selectedSeries.get() != null) {
                openNext();
            } else {
                loaded.set(true);
            }
        }).onError(this::fail);
    }

    /** Coming back to the screen: the same session again, with what changed meanwhile (actions, metrics). */
    public void refresh() {
        if (session.get() == null) {
            load();
        } else {
            show(session.get());
        }
    }

    public void selectSeries(MeetingSeries s) {
        if (s != null && !s.equals(selectedSeries.get())) {
            selectedSeries.set(s);
            openNext();
        }
    }

    /** Opens the series' next session, drafting it at the next slot when there is none. */
    public void openNext() {
        MeetingSeries s = selectedSeries.get();
        if (s == null) {
            return;
        }
        autosaver.flush();
        LocalDate today = today();
        executor.run(() -> service.openNext(s.id(), today)).onSuccess(this::show).onError(this::fail);
    }

    public void selectSession(Meeting m) {
        if (m != null && (session.get() == null || !m.id().equals(session.get().id()))) {
            autosaver.flush();
            show(m);
        }
    }

    /** Reloads the session (and its neighbours, the reasons and the review lines) from the workspace. */
    public void show(Meeting requested) {
        LocalDate today = today();
        String seriesId = requested.seriesId();
        executor.run(() -> {
            Workspace w = service.draftView(requested);
            Meeting m = w.meetings().stream().filter(x -> x.id().equals(requested.id())).findFirst().orElse(requested);
            List<Meeting> upcoming = seriesId == null ? List.of(m) : service.upcoming(seriesId, today);
            return new Loaded(w, m, upcoming, texts(w, m, CarryForward.propose(w, m, today)));
        }).onSuccess(this::apply).onError(this::fail);
    }

    private record Loaded(Workspace w, Meeting m, List<Meeting> upcoming, Texts texts) {
    }

    /**
     * What the screen writes out for the session: each item's brought-forward reason (in agenda order) and
     * the review lines. Worded on the worker: a large company's draft has thousands of review lines, and
     * wording them in the FX handler that shows the session held the screen for a quarter of a second.
     */
    private record Texts(List<String> itemReasons, List<ReviewLine> actionLines, List<ReviewLine> metricLines) {
    }

    /** A line of the review preview: a leader's name, one of their actions, a metric, or how many more there are. */
    public record ReviewLine(Kind kind, String text) {
        public enum Kind { LEADER, ACTION, METRIC, MORE }
    }

    /** At most this many of a leader's actions are listed in the preview; the live review walks them all. */
    static final int ACTIONS_SHOWN_PER_LEADER = 5;

    /**
     * At most this many metrics off target are listed in the preview, then how many more: a large company
     * has hundreds (280 lines, 600 nodes and a quarter-second first layout on the generated one).
     */
    static final int METRICS_SHOWN = 10;

    private Texts texts(Workspace w, Meeting m, AgendaDraft draft) {
        org.cxcadence.ui.common.ReasonText reasons = new org.cxcadence.ui.common.ReasonText(messages);
        List<String> itemReasons = m.agenda().stream()
                .map(a -> CarryForward.reasonFor(a, w.meetings()).map(reasons::carry).orElse(null)).toList();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        w.people().forEach(p -> names.put(p.id(), p.name()));
        List<ReviewLine> actions = new ArrayList<>();
        draft.actionLinesByOwner().forEach((owner, ls) -> {
            actions.add(new ReviewLine(ReviewLine.Kind.LEADER, names.getOrDefault(owner, owner == null ? "" : owner)));
            ls.stream().limit(ACTIONS_SHOWN_PER_LEADER).forEach(x -> actions.add(new ReviewLine(ReviewLine.Kind.ACTION,
                    x.action().title() + " — " + reasons.carries(x.reasons()))));
            if (ls.size() > ACTIONS_SHOWN_PER_LEADER) {
                actions.add(new ReviewLine(ReviewLine.Kind.MORE,
                        messages.format("prepare.review.more", ls.size() - ACTIONS_SHOWN_PER_LEADER)));
            }
        });
        List<ReviewLine> metrics = new ArrayList<>();
        draft.metricLines().stream().limit(METRICS_SHOWN)
                .forEach(x -> metrics.add(new ReviewLine(ReviewLine.Kind.METRIC, reasons.carry(x.reason()))));
        if (draft.metricLines().size() > METRICS_SHOWN) {
            metrics.add(new ReviewLine(ReviewLine.Kind.MORE,
                    messages.format("prepare.review.moreMetrics", draft.metricLines().size() - METRICS_SHOWN)));
        }
        return new Texts(itemReasons, List.copyOf(actions), List.copyOf(metrics));
    }

    private void apply(Loaded l) {
        loading = true;
        try {
            everyone = l.w().people();
            templates.setAll(l.w().agendaTemplates());
            List<Meeting> list = new ArrayList<>(l.upcoming());
            if (list.stream().noneMatch(x -> x.id().equals(l.m().id()))) {
                list.add(0, l.m());
            }
            sessions.setAll(list);
            session.set(l.m());
            duration.set(l.m().durationMinutes());
            ready.set(l.m().status() == MeetingStatus.READY);
            String keep = selected.get() == null ? null : selected.get().id();
            List<AgendaItem> agenda = l.m().agenda();
            List<ItemRow> rows = new ArrayList<>(agenda.size());
            for (int i = 0; i < agenda.size(); i++) {
                rows.add(new ItemRow(agenda.get(i), l.texts().itemReasons().get(i)));
            }
            items.setAll(rows);
            actionReview.setAll(l.texts().actionLines());
            metricReview.setAll(l.texts().metricLines());
            retime();
            selected.set(items.stream().filter(r -> r.id().equals(keep)).findFirst()
                    .orElse(items.isEmpty() ? null : items.getFirst()));
            history.clear();
            error.set("");
            loaded.set(true);
        } finally {
            loading = false;
        }
    }

    public String personName(String id) {
        return everyone.stream().filter(p -> p.id().equals(id)).map(Person::name).findFirst().orElse(id == null ? "" : id);
    }

    public String areaName(String id) {
        return topicAreas.stream().filter(t -> t.id().equals(id)).map(TopicArea::name).findFirst().orElse("");
    }

    // --- agenda edits ---

    public ItemRow addItem() {
        Meeting m = session.get();
        if (m == null) {
            return null;
        }
        ItemRow row = new ItemRow(new AgendaItem(UUID.randomUUID().toString(), messages.get("prepare.newItem"),
                AgendaItemKind.TOPIC, null, null, 10, null, List.of(), null, null, null, null, List.of()), null);
        int index = selected.get() == null ? items.size() : items.indexOf(selected.get()) + 1;
        insert(row, index);
        history.push(null, () -> delete(row), () -> insert(row, index));
        return row;
    }

    public void removeSelected() {
        ItemRow row = selected.get();
        if (row == null) {
            return;
        }
        int index = items.indexOf(row);
        delete(row);
        history.push(null, () -> insert(row, index), () -> delete(row));
    }

    private void insert(ItemRow row, int index) {
        String meetingId = session.get().id();
        int at = Math.clamp(index, 0, items.size());
        items.add(at, row);
        AgendaItem item = row.toItem();
        autosaver.submit(List.of(meetingId, row.id(), "item"), () -> service.putItem(meetingId, item, at));
        autosaver.flush();
        retime();
        selected.set(row);
    }

    private void delete(ItemRow row) {
        String meetingId = session.get().id();
        int index = items.indexOf(row);
        items.remove(row);
        autosaver.submit(List.of(meetingId, row.id(), "item"), () -> service.removeItem(meetingId, row.id()));
        autosaver.flush();
        retime();
        selected.set(items.isEmpty() ? null : items.get(Math.clamp(index, 0, items.size() - 1)));
    }

    /** Moves the selected item one place up (-1) or down (+1): Alt+Up/Down. */
    public void moveSelected(int delta) {
        ItemRow row = selected.get();
        if (row == null) {
            return;
        }
        int to = items.indexOf(row) + delta;
        if (to >= 0 && to < items.size()) {
            moveTo(row, to);
        }
    }

    /** Puts the row at {@code index} (drag and drop, or the keyboard). */
    public void moveTo(ItemRow row, int index) {
        int from = items.indexOf(row);
        if (from < 0 || from == index) {
            return;
        }
        place(row, index);
        history.push(null, () -> place(row, from), () -> place(row, index));
    }

    private void place(ItemRow row, int index) {
        items.remove(row);
        items.add(Math.clamp(index, 0, items.size()), row);
        saveOrder();
        retime();
        selected.set(row);
    }

    private void saveOrder() {
        String meetingId = session.get().id();
        List<String> ids = items.stream().map(ItemRow::id).toList();
        autosaver.submit(List.of(meetingId, "order"), () -> service.reorder(meetingId, ids));
        autosaver.flush();
    }

    public void editTitle(String text) {
        ItemRow row = selected.get();
        if (row == null || Objects.equals(text, row.titleProperty().get())) {
            titleError.set("");
            return;
        }
        String problem = PrepareControls.titleProblem(messages, text);
        if (!problem.isEmpty()) {
            titleError.set(problem);
            return;
        }
        titleError.set("");
        edit(row, "title", row.titleProperty(), text.strip());
    }

    public void editMinutes(String text) {
        ItemRow row = selected.get();
        if (row == null) {
            return;
        }
        Integer minutes;
        try {
            minutes = PrepareControls.minutes(text);
        } catch (RuntimeException e) {
            minutesError.set(PrepareControls.minutesProblem(messages));
            return;
        }
        minutesError.set("");
        if (!Objects.equals(minutes, row.minutesProperty().get())) {
            edit(row, "minutes", row.minutesProperty(), minutes);
            retime();
        }
    }

    public void editTopicArea(String topicAreaId) {
        ItemRow row = selected.get();
        if (row != null && !Objects.equals(topicAreaId, row.topicAreaIdProperty().get())) {
            edit(row, "area", row.topicAreaIdProperty(), topicAreaId);
        }
    }

    /** Sets the presenter; only active people are offered, and an archived one is refused. */
    public void editPresenter(String personId) {
        ItemRow row = selected.get();
        if (row == null || Objects.equals(personId, row.presenterIdProperty().get())) {
            return;
        }
        if (personId != null && presenters.stream().noneMatch(p -> p.id().equals(personId))) {
            error.set(messages.format("prepare.error.archivedPresenter", personName(personId)));
            return;
        }
        edit(row, "presenter", row.presenterIdProperty(), personId);
    }

    public void editPrepNotes(String text) {
        ItemRow row = selected.get();
        if (row != null && !Objects.equals(text, row.prepNotesProperty().get())) {
            edit(row, "prep", row.prepNotesProperty(), text);
        }
    }

    public void editLinks(String text) {
        ItemRow row = selected.get();
        if (row != null && !Objects.equals(text, row.linksProperty().get())) {
            edit(row, "links", row.linksProperty(), text);
        }
    }

    private <T> void edit(ItemRow row, String field, javafx.beans.property.Property<T> property, T value) {
        T before = property.getValue();
        property.setValue(value);
        save(row); // checked first: while the item is refused (the reason shown), nothing of it is saved
        history.push(List.of(row.id(), field), () -> {
            property.setValue(before);
            save(row);
            retime();
            selected.set(row);
        }, () -> {
            property.setValue(value);
            save(row);
            retime();
            selected.set(row);
        });
    }

    private void save(ItemRow row) {
        String meetingId = session.get().id();
        AgendaItem item = checked(row);
        if (item != null) {
            autosaver.submit(List.of(meetingId, row.id(), "item"), () -> service.saveItem(meetingId, item));
        }
    }

    /**
     * The row as an item that may be saved ({@link AgendaService#checked}), or {@code null} with the
     * reason shown: notes too long, or a presenter who has been archived meanwhile.
     */
    private AgendaItem checked(ItemRow row) {
        try {
            AgendaItem item = AgendaService.checked(row.toItem(), everyone);
            if (!refused.isEmpty() && refused.equals(error.get())) {
                error.set("");
            }
            refused = "";
            return item;
        } catch (RuntimeException e) {
            String presenter = row.presenterIdProperty().get();
            boolean archived = presenter != null && everyone.stream()
                    .anyMatch(p -> p.id().equals(presenter) && !p.active());
            String notes = row.prepNotesProperty().get();
            refused = archived ? messages.format("prepare.error.archivedPresenter", personName(presenter))
                    : notes != null && TextLimits.length(notes) > TextLimits.MAX_NOTES
                    ? messages.format("prepare.error.longNotes", TextLimits.MAX_NOTES)
                    : e.getMessage();
            error.set(refused);
            return null;
        }
    }

    public void endEdit() {
        history.seal();
    }

    public void undo() {
        history.undo();
        titleError.set("");
        minutesError.set("");
    }

    public void redo() {
        history.redo();
    }

    /** Start times from the session's start and the timeboxes before; lines ending after the session's end marked. */
    private void retime() {
        Meeting m = session.get();
        if (m == null) {
            return;
        }
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        OffsetDateTime at = m.start().atZoneSameInstant(clock.getZone()).toOffsetDateTime();
        int elapsed = 0;
        for (ItemRow r : items) {
            int minutes = r.minutesProperty().get() == null ? 0 : r.minutesProperty().get();
            r.startsAtProperty().set(hhmm.format(at.plusMinutes(elapsed)));
            r.pastEndProperty().set(elapsed + minutes > duration.get());
            elapsed += minutes;
        }
        planned.invalidate();
    }

    // --- session ---

    private void setReady(boolean isReady) {
        Meeting m = session.get();
        if (m == null) {
            return;
        }
        MeetingStatus status = isReady ? MeetingStatus.READY : MeetingStatus.DRAFT;
        autosaver.flush();
        executor.run(() -> service.setStatus(m.id(), status)).onSuccess(v -> {
            session.set(withStatus(m, status));
            notice.set(messages.get(isReady ? "prepare.notice.ready" : "prepare.notice.draft"));
        }).onError(this::fail);
    }

    private static Meeting withStatus(Meeting m, MeetingStatus status) {
        return new Meeting(m.id(), m.seriesId(), m.title(), m.start(), m.durationMinutes(), status, m.actualStart(),
                m.actualEnd(), m.attendance(), m.rating(), m.agenda(), m.metricSnapshot());
    }

    /**
     * Calls the session off (kept, marked cancelled). What it held goes on to the series' next session:
     * the one already planned, or the next slot, drafted now; that session is shown.
     */
    public void cancelSession() {
        Meeting m = session.get();
        if (m == null) {
            return;
        }
        autosaver.flush();
        LocalDate today = today();
        executor.run(() -> {
            Optional<Meeting> next = service.cancel(m.id(), today);
            if (next.isEmpty() && m.seriesId() != null) {
                next = Optional.of(service.openNext(m.seriesId(), today));
            }
            return next;
        }).onSuccess(next -> {
            notice.set(next.isPresent() ? messages.format("prepare.notice.cancelledPassed",
                    next.get().title() + " · " + next.get().start().atZoneSameInstant(clock.getZone()).toLocalDate())
                    : messages.get("prepare.notice.cancelled"));
            show(next.orElse(m));
        }).onError(this::fail);
    }

    public void reschedule(OffsetDateTime start, int minutes) {
        Meeting m = session.get();
        if (m == null) {
            return;
        }
        autosaver.flush();
        executor.run(() -> service.reschedule(m.id(), start, minutes)).onSuccess(v -> {
            notice.set(messages.get("prepare.notice.rescheduled"));
            show(m);
        }).onError(this::fail);
    }

    /** An extra session of the selected series at {@code start}, {@code minutes} long, drafted like the next one. */
    public void addSession(OffsetDateTime start, int minutes) {
        MeetingSeries s = selectedSeries.get();
        if (s == null) {
            return;
        }
        autosaver.flush();
        LocalDate today = today();
        executor.run(() -> {
            Meeting m = service.createSession(s.id(), start, today);
            if (minutes != m.durationMinutes()) {
                service.reschedule(m.id(), start, minutes);
            }
            return m;
        }).onSuccess(m -> {
            notice.set(messages.get("prepare.notice.added"));
            show(m);
        }).onError(this::fail);
    }

    /** Saves a series and the template its sessions are drafted from ({@code null}: the standard sections). */
    public void saveSeries(MeetingSeries s, String templateId) {
        executor.run(() -> {
            service.saveSeries(s);
            service.setDefaultTemplate(s.id(), templateId);
        }).onSuccess(v -> {
            selectedSeries.set(s);
            notice.set(messages.format("prepare.notice.seriesSaved", s.name()));
            load();
        }).onError(this::fail);
    }

    public void saveAsTemplate(String name, boolean seriesDefault) {
        Meeting m = session.get();
        if (m == null) {
            return;
        }
        autosaver.flush();
        executor.run(() -> service.saveAsTemplate(m.id(), name, seriesDefault)).onSuccess(t -> {
            templates.add(t);
            notice.set(messages.format("prepare.notice.templateSaved", t.name()));
        }).onError(this::fail);
    }

    public void applyTemplate(AgendaTemplate t) {
        Meeting m = session.get();
        if (m == null) {
            return;
        }
        autosaver.flush();
        executor.run(() -> service.applyTemplate(m.id(), t)).onSuccess(added -> show(m)).onError(this::fail);
    }

    // --- sharing ---

    public String suggestedFileName(String extension) {
        Meeting m = session.get();
        return m == null ? "agenda." + extension : AgendaService.fileName(m, extension);
    }

    public void export(AgendaFormat format, Path target, Consumer<Path> done) {
        Meeting m = session.get();
        if (m == null) {
            return;
        }
        autosaver.flush();
        LocalDate today = today();
        feedback.track(feedback.exporting(target), executor.run(() -> {
            writeWhole(target, service.render(m.id(), format, today, messages.locale(), true));
            return target;
        })).onSuccess(p -> {
            notice.set(messages.format("prepare.notice.exported", p.getFileName().toString()));
            feedback.exported(p);
            done.accept(p);
        }).onError(e -> feedback.failed(Feedback.Work.EXPORT, e));
    }

    public void exportPack(Path target) {
        Meeting m = session.get();
        if (m == null) {
            return;
        }
        autosaver.flush();
        feedback.track(feedback.exporting(target), executor.run(() -> {
            writeWhole(target, service.exportPack(m.id()));
            return target;
        })).onSuccess(p -> {
            notice.set(messages.format("prepare.notice.exported", p.getFileName().toString()));
            feedback.exported(p);
        }).onError(e -> feedback.failed(Feedback.Work.EXPORT, e));
    }

    /** What a pack import did, in the user's language: the session, then matched and unmatched names. */
    private String packReport(org.cxcadence.service.PackImportReport r) {
        StringBuilder s = new StringBuilder(messages.format(r.created() ? "prepare.pack.created" : "prepare.pack.replaced",
                r.meetingTitle(), r.items()));
        r.matched().forEach(m -> s.append('\n').append(messages.format("prepare.pack.matched", m)));
        r.unmatched().forEach(m -> s.append('\n').append(messages.format("prepare.pack.unmatched", m)));
        return s.toString();
    }

    public void importPack(Path source) {
        autosaver.flush();
        feedback.track(feedback.importing(source),
                executor.run(() -> service.importPack(Files.readAllBytes(source), source.getFileName().toString())))
                .onSuccess(report -> {
                    notice.set(packReport(report));
                    service.find(report.meetingId()).ifPresent(this::show);
                }).onError(e -> feedback.failed(Feedback.Work.IMPORT, e));
    }

    /**
     * The shown session's agenda as every document lays it out, for printing ({@code then} gets it on
     * the FX thread); nothing is recorded as shared.
     */
    public void printable(Consumer<org.cxcadence.exchange.agenda.AgendaDocument> then) {
        Meeting m = session.get();
        if (m == null) {
            return;
        }
        autosaver.flush();
        LocalDate today = today();
        feedback.run(executor, messages.get("feedback.preparingPrint"), () -> service.document(m.id(), today,
                messages.locale())).onSuccess(then).onError(e -> feedback.failed(Feedback.Work.PRINT, e));
    }

    /** The printer refused: the dialog says so, with the next step. */
    public void printFailed(Throwable e) {
        feedback.failed(Feedback.Work.PRINT, e);
    }

    private static void writeWhole(Path target, byte[] bytes) throws java.io.IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(parent, "." + target.getFileName(), ".part");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void fail(Throwable e) {
        error.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        loaded.set(true);
    }

    /** True once the screen has something to say: a session, no series yet, or an error. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    // --- properties ---

    public ObservableList<MeetingSeries> series() {
        return series;
    }

    public ObjectProperty<MeetingSeries> selectedSeriesProperty() {
        return selectedSeries;
    }

    public ObservableList<Meeting> sessions() {
        return sessions;
    }

    public ObjectProperty<Meeting> sessionProperty() {
        return session;
    }

    public ObservableList<ItemRow> items() {
        return items;
    }

    public ObjectProperty<ItemRow> selectedProperty() {
        return selected;
    }

    public ObservableList<Person> presenters() {
        return presenters;
    }

    public List<Person> everyone() {
        return everyone;
    }

    public ObservableList<TopicArea> topicAreas() {
        return topicAreas;
    }

    public ObservableList<AgendaTemplate> templates() {
        return templates;
    }

    public ObservableList<ReviewLine> actionReview() {
        return actionReview;
    }

    public ObservableList<ReviewLine> metricReview() {
        return metricReview;
    }

    public IntegerProperty durationProperty() {
        return duration;
    }

    public IntegerBinding plannedMinutes() {
        return planned;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    public StringProperty titleErrorProperty() {
        return titleError;
    }

    public StringProperty minutesErrorProperty() {
        return minutesError;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    public Optional<Meeting> currentSession() {
        return Optional.ofNullable(session.get());
    }
}
