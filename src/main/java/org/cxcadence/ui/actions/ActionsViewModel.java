package org.cxcadence.ui.actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionKind;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.JourneyStage;
import org.cxcadence.domain.LeaderScorecard;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.ScorecardWindow;
import org.cxcadence.domain.TextLimits;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.actions.ActionRow;
import org.cxcadence.domain.Scorecard;
import org.cxcadence.service.ActionService;
import org.cxcadence.ui.UiExecutor;
import org.cxcadence.ui.feedback.Feedback;
import org.cxcadence.ui.common.Autosaver;
import org.cxcadence.ui.common.UndoStack;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Actions screen: every action grouped into lanes (by leader, topic area or journey stage),
 * filtered by status, due window, tag and text; the selected action's history and in-place
 * editing; reassigning a leader's open items; deleting with undo; and the leader scorecard.
 * Status, due date, owner and notes are saved at once and recorded in the action's history; text
 * fields are saved as you type through the shared {@link Autosaver}.
 */
public final class ActionsViewModel {
    public enum Grouping { LEADER, TOPIC_AREA, JOURNEY_STAGE }

    public enum StatusFilter { OPEN, OVERDUE, STALLED, DONE, ALL }

    public enum DueWindow { ANY, OVERDUE, NEXT_7_DAYS, NEXT_30_DAYS, NO_DUE_DATE }

    public enum TagFilter { ANY, RELIABILITY, INNOVATION, INCOMPLETE }

    /** One lane of the board: its key (person, topic area or stage id; "" for none), title and cards. */
    public record Lane(String key, String title, String subtitle, List<ActionRow> rows, int open, int overdue,
                       int stalled) {
    }

    private final ActionService service;
    private final UiExecutor executor;
    private final Autosaver autosaver;
    private final Clock clock;
    private final Feedback feedback;
    private final UndoStack undo = new UndoStack();
    /** How many closed actions the done and all filters read a page at a time ("show more" adds a page). */
    public static final int CLOSED_PAGE = 500;
    /**
     * The closed actions read besides the open ones and those since {@link #readSince}: 0 until done or
     * all is chosen, then the newest {@link #CLOSED_PAGE}, one more page each time more are asked for.
     * Never every action: a decade of a large company is 200,000 of them.
     */
    private int closedLimit;
    private LocalDate readSince = LocalDate.MAX;
    private final BooleanProperty moreClosed = new SimpleBooleanProperty(false);

    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final ObjectProperty<List<ActionRow>> rows = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<Lane>> lanes = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.LEADER);
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.OPEN);
    private final ObjectProperty<DueWindow> dueWindow = new SimpleObjectProperty<>(DueWindow.ANY);
    private final ObjectProperty<TagFilter> tag = new SimpleObjectProperty<>(TagFilter.ANY);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty selectedId = new SimpleStringProperty();
    private final ObjectProperty<ActionRow> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final ObjectProperty<Integer> scorecardWeeks = new SimpleObjectProperty<>(ScorecardWindow.DEFAULT_WEEKS);
    private final ObjectProperty<List<LeaderScorecard>> scorecards = new SimpleObjectProperty<>(List.of());

    public ActionsViewModel(ActionService service, UiExecutor executor, Autosaver autosaver, Clock clock) {
        this(service, executor, autosaver, clock,
                new Feedback(new org.cxcadence.ui.common.Messages(java.util.Locale.getDefault())));
    }

    /** @param feedback where exports and imports report progress, the written file and failures */
    public ActionsViewModel(ActionService service, UiExecutor executor, Autosaver autosaver, Clock clock,
                            Feedback feedback) {
        this.feedback = feedback;
        this.service = service;
        this.executor = executor;
        this.autosaver = autosaver;
        this.clock = clock;
        grouping.addListener((o, w, n) -> regroup());
        status.addListener((o, w, n) -> {
            if (loaded.get() && closedLimit == 0 && showsClosed(n)) {
                load(); // done and all need the closed actions; the open filters do with the board's part
            } else {
                regroup();
            }
        });
        dueWindow.addListener((o, w, n) -> regroup());
        tag.addListener((o, w, n) -> regroup());
        text.addListener((o, w, n) -> regroup());
        selectedId.addListener((o, w, n) -> {
            undo.seal();
            burst = null;
            selected.set(find(n));
        });
        scorecardWeeks.addListener((o, w, n) -> {
            if (loaded.get() && earliestCounted().isBefore(readSince)) {
                load(); // a longer window than the part read
            } else {
                computeScorecards();
            }
        });
        autosaver.stateProperty().addListener(new javafx.beans.value.WeakChangeListener<>(savedListener));
    }

    /** Actions whose field edits were handed to the autosaver; their history is read back once saved. */
    private final java.util.Set<String> editedSinceSaved = new java.util.LinkedHashSet<>();
    private final javafx.beans.value.ChangeListener<Autosaver.State> savedListener = (o, w, n) -> {
        if (n == Autosaver.State.SAVED && !editedSinceSaved.isEmpty()) {
            refreshEdited();
        }
    };

    /** Reads back the actions just saved, so their page shows the entries the edits recorded. */
    private void refreshEdited() {
        List<String> ids = List.copyOf(editedSinceSaved);
        editedSinceSaved.clear();
        executor.run(() -> ids.stream().map(service::find).flatMap(java.util.Optional::stream).toList())
                .onSuccess(items -> {
                    if (autosaver.hasPending()) {
                        editedSinceSaved.addAll(ids); // newer typing: read back after its save
                    } else if (workspace.get() != null) {
                        items.forEach(this::replaceLocally);
                    }
                }).onError(e -> error.set(e.getMessage()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- loading ---------------------------------------------------------------------------------

    /** What a load read and judged off the FX thread. */
    private record Loaded(Workspace workspace, List<ActionRow> rows, int weeks, List<LeaderScorecard> scorecards,
                          int closedTotal) {
    }

    /**
     * Reads the workspace off the FX thread, judges every action read and computes the scorecards
     * there too (both walk every action with the stall rule), then rebuilds lanes and the selection.
     */
    public void load() {
        LocalDate today = today();
        int limit = closedLimit > 0 ? closedLimit : showsClosed(status.get()) ? CLOSED_PAGE : 0;
        LocalDate since = earliestCounted();
        int weeks = scorecardWeeks.get();
        executor.run(() -> {
            // Open actions and those the scorecard counts; once done or all is chosen, a page of closed ones too.
            Workspace w = limit == 0 ? service.boardView(since) : service.boardView(since, limit);
            int closedTotal = limit == 0 ? 0 : service.closedActionCount();
            return new Loaded(w, ActionRow.all(w, today), weeks,
                    ActionService.scorecards(w, ScorecardWindow.lastWeeks(weeks, today), today), closedTotal);
        }).onSuccess(result -> {
            closedLimit = limit;
            readSince = since;
            moreClosed.set(limit > 0 && result.workspace().actionItems().stream().filter(a -> !a.isOpen()).count()
                    < result.closedTotal());
            workspace.set(result.workspace());
            rows.set(result.rows());
            regroup();
            selected.set(find(selectedId.get()));
            if (selectedId.get() != null && selected.get() == null) {
                selectedId.set(null);
            }
            if (result.weeks() == scorecardWeeks.get()) {
                scorecards.set(result.scorecards());
            } else {
                computeScorecards();
            }
            loaded.set(true);
            error.set("");
            if (limit == 0 && showsClosed(status.get())) {
                load(); // done or all was chosen while the part was being read
            }
        }).onError(e -> error.set(e.getMessage()));
    }

    /** Reads the next page of closed actions (the done and all filters show the newest first). */
    public void showMoreClosed() {
        if (closedLimit > 0 && moreClosed.get()) {
            closedLimit += CLOSED_PAGE;
            load();
        }
    }

    /** Whether closed actions older than those read exist (the board offers to show more). */
    public BooleanProperty moreClosedProperty() {
        return moreClosed;
    }

    private static boolean showsClosed(StatusFilter filter) {
        return filter == StatusFilter.DONE || filter == StatusFilter.ALL;
    }

    private LocalDate earliestCounted() {
        LocalDate today = today();
        return Scorecard.earliestDayCounted(ScorecardWindow.lastWeeks(scorecardWeeks.get(), today), today);
    }

    /** Recomputes the scorecards off the FX thread (another window over the actions read). */
    private void computeScorecards() {
        Workspace w = workspace.get();
        if (w != null) {
            int weeks = scorecardWeeks.get();
            LocalDate today = today();
            executor.run(() -> ActionService.scorecards(w, ScorecardWindow.lastWeeks(weeks, today), today))
                    .onSuccess(cards -> {
                        if (workspace.get() == w && scorecardWeeks.get() == weeks) {
                            scorecards.set(cards);
                        }
                    }).onError(e -> error.set(e.getMessage()));
        }
    }

    private ActionRow find(String id) {
        return id == null ? null : rows.get().stream().filter(r -> r.action().id().equals(id)).findFirst().orElse(null);
    }

    // ---- filtering and grouping ------------------------------------------------------------------

    boolean passes(ActionRow r) {
        ActionItem a = r.action();
        boolean statusOk = switch (status.get()) {
            case OPEN -> a.isOpen();
            case OVERDUE -> r.overdue();
            case STALLED -> r.stalled();
            case DONE -> a.status() == ActionStatus.DONE;
            case ALL -> true;
        };
        LocalDate today = today();
        boolean dueOk = switch (dueWindow.get()) {
            case ANY -> true;
            case OVERDUE -> a.due() != null && a.due().isBefore(today);
            case NEXT_7_DAYS -> a.due() != null && !a.due().isBefore(today) && !a.due().isAfter(today.plusDays(7));
            case NEXT_30_DAYS -> a.due() != null && !a.due().isBefore(today) && !a.due().isAfter(today.plusDays(30));
            case NO_DUE_DATE -> a.due() == null;
        };
        boolean tagOk = switch (tag.get()) {
            case ANY -> true;
            case RELIABILITY -> a.kind() == ActionKind.RELIABILITY;
            case INNOVATION -> a.kind() == ActionKind.INNOVATION;
            case INCOMPLETE -> r.incomplete();
        };
        String q = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        boolean textOk = q.isEmpty() || contains(a.title(), q) || contains(a.customerImpact(), q)
                || contains(r.ownerName(), q) || contains(a.blocker(), q)
                || a.updates().stream().anyMatch(u -> contains(u.note(), q));
        return statusOk && dueOk && tagOk && textOk;
    }

    private static boolean contains(String haystack, String lowerNeedle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }

    private void regroup() {
        lanes.set(group(workspace.get(), rows.get(), grouping.get()));
    }

    /**
     * The lanes for the filters set now: one pass over the rows for the cards that pass and one for
     * each lane's counts (a lane's counts are of all its rows, whatever the filters show).
     */
    private List<Lane> group(Workspace w, List<ActionRow> all, Grouping by) {
        if (w == null) {
            return List.of();
        }
        List<ActionRow> visible = all.stream().filter(this::passes).toList();
        Map<String, String[]> keys = new LinkedHashMap<>(); // key -> {title, subtitle}
        switch (by) {
            case LEADER -> {
                java.util.Set<String> owners = new java.util.HashSet<>();
                visible.forEach(r -> owners.add(r.action().ownerId()));
                w.people().stream().filter(p -> p.active() || owners.contains(p.id()))
                        .forEach(p -> keys.put(p.id(), new String[] {p.name(), p.silo()}));
            }
            case TOPIC_AREA -> w.topicAreas().forEach(t -> keys.put(t.id(), new String[] {t.name(), null}));
            case JOURNEY_STAGE -> w.journeyStages().forEach(s -> keys.put(s.id(), new String[] {s.name(), null}));
        }
        Map<String, List<ActionRow>> grouped = new LinkedHashMap<>();
        keys.keySet().forEach(k -> grouped.put(k, new ArrayList<>()));
        for (ActionRow r : visible) {
            grouped.computeIfAbsent(laneKey(r, by), k -> new ArrayList<>()).add(r);
        }
        Map<String, int[]> counts = new java.util.HashMap<>(); // key -> {open, overdue, stalled}
        for (ActionRow r : all) {
            int[] c = counts.computeIfAbsent(laneKey(r, by), k -> new int[3]);
            c[0] += r.action().isOpen() ? 1 : 0;
            c[1] += r.overdue() ? 1 : 0;
            c[2] += r.stalled() ? 1 : 0;
        }
        List<Lane> result = new ArrayList<>();
        for (Map.Entry<String, List<ActionRow>> e : grouped.entrySet()) {
            String[] names = keys.get(e.getKey());
            List<ActionRow> cards = e.getValue();
            if (names == null && cards.isEmpty()) {
                continue;
            }
            if (by != Grouping.LEADER && cards.isEmpty()) {
                continue; // topic areas and stages show only where there is work
            }
            cards.sort(Comparator.comparing((ActionRow r) -> !r.stalled()).thenComparing(r -> !r.overdue())
                    .thenComparing(r -> r.action().due() == null ? LocalDate.MAX : r.action().due()));
            int[] c = counts.getOrDefault(e.getKey(), new int[3]);
            result.add(new Lane(e.getKey(), names == null ? null : names[0], names == null ? null : names[1],
                    List.copyOf(cards), c[0], c[1], c[2]));
        }
        return List.copyOf(result);
    }

    private static String laneKey(ActionRow r, Grouping by) {
        return switch (by) {
            case LEADER -> r.action().ownerId();
            case TOPIC_AREA -> Objects.requireNonNullElse(r.action().topicAreaId(), "");
            case JOURNEY_STAGE -> Objects.requireNonNullElse(r.action().journeyStageId(), "");
        };
    }

    // ---- editing ---------------------------------------------------------------------------------

    /**
     * A burst of typing in one field of one action: its saves after the first amend the history
     * entry the first one recorded, so the history shows one change, not one per pause.
     */
    private record Burst(String actionId, String field, AtomicBoolean recorded) {
    }

    private Burst burst;

    /**
     * Saves a field edit of the selected action (title, impact, blocker as you type; topic area,
     * stage, kind when chosen); the service records it in the history with today's date.
     */
    private void editFields(String field, boolean typed, java.util.function.UnaryOperator<ActionItem> change) {
        ActionRow row = selected.get();
        if (row == null) {
            return;
        }
        ActionItem before = row.action();
        ActionItem after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        replaceLocally(after);
        editedSinceSaved.add(after.id());
        Burst b = typed && burst != null && burst.actionId().equals(after.id()) && burst.field().equals(field)
                ? burst : new Burst(after.id(), field, new AtomicBoolean(false));
        burst = typed ? b : null;
        LocalDate today = today();
        autosaver.submit(List.of("action", after.id(), field), () -> {
            service.edit(after, b.recorded().get(), today);
            b.recorded().set(true);
        });
        undo.push(List.of(after.id(), field), () -> {
            burst = null;
            selectedId.set(before.id());
            ActionItem current = find(before.id()) == null ? before : find(before.id()).action();
            ActionItem restored = restoreField(current, before, field);
            replaceLocally(restored);
            editedSinceSaved.add(restored.id());
            autosaver.submit(List.of("action", restored.id(), field), () -> service.edit(restored, true, today()));
            autosaver.flush();
        });
    }

    private static ActionItem restoreField(ActionItem current, ActionItem before, String field) {
        return switch (field) {
            case "title" -> with(current, before.title(), current.customerImpact(), current.blocker(), current.topicAreaId(),
                    current.journeyStageId(), current.kind());
            case "impact" -> with(current, current.title(), before.customerImpact(), current.blocker(),
                    current.topicAreaId(), current.journeyStageId(), current.kind());
            case "blocker" -> with(current, current.title(), current.customerImpact(), before.blocker(),
                    current.topicAreaId(), current.journeyStageId(), current.kind());
            default -> with(current, current.title(), current.customerImpact(), current.blocker(), before.topicAreaId(),
                    before.journeyStageId(), before.kind());
        };
    }

    /** Returns an error message for the field, or "" when the title was saved. */
    public String editTitle(String title) {
        if (title == null || title.isBlank()) {
            return "blank";
        }
        if (TextLimits.length(title) > TextLimits.MAX_TITLE) {
            return "long";
        }
        editFields("title", true, a -> with(a, title.strip(), a.customerImpact(), a.blocker(), a.topicAreaId(),
                a.journeyStageId(), a.kind()));
        return "";
    }

    public void editImpact(String impact) {
        String value = impact == null || impact.isBlank() ? null : impact.strip();
        editFields("impact", true, a -> with(a, a.title(), value, a.blocker(), a.topicAreaId(), a.journeyStageId(), a.kind()));
    }

    public void editBlocker(String blocker) {
        String value = blocker == null || blocker.isBlank() ? null : blocker.strip();
        editFields("blocker", true, a -> with(a, a.title(), a.customerImpact(), value, a.topicAreaId(), a.journeyStageId(),
                a.kind()));
    }

    public void editTopicArea(String topicAreaId) {
        editFields("topic", false, a -> with(a, a.title(), a.customerImpact(), a.blocker(), topicAreaId, a.journeyStageId(),
                a.kind()));
    }

    public void editJourneyStage(String stageId) {
        editFields("stage", false, a -> with(a, a.title(), a.customerImpact(), a.blocker(), a.topicAreaId(), stageId, a.kind()));
    }

    public void editKind(ActionKind kind) {
        editFields("kind", false, a -> with(a, a.title(), a.customerImpact(), a.blocker(), a.topicAreaId(), a.journeyStageId(),
                kind));
    }

    private static ActionItem with(ActionItem a, String title, String impact, String blocker, String topic, String stage,
                                   ActionKind kind) {
        return new ActionItem(a.id(), title, a.ownerId(), a.status(), topic, a.meetingId(), a.agendaItemId(), a.due(),
                impact, kind, stage, blocker, a.createdAt(), a.completedAt(), a.updates());
    }

    /**
     * Puts an edited action in place of its old self. Only its row is judged again: the stall rule
     * reads the sessions and the settings, never the other actions, and judging all ~25,000 rows of
     * the large workspace at each keystroke of a title held the FX thread.
     */
    private void replaceLocally(ActionItem changed) {
        Workspace w = workspace.get();
        List<ActionItem> items = w.actionItems().stream().map(a -> a.id().equals(changed.id()) ? changed : a).toList();
        Workspace next = w.withActionItems(items);
        workspace.set(next);
        ActionRow row = ActionRow.of(next, List.of(changed), today()).getFirst();
        rows.set(rows.get().stream().map(r -> r.action().id().equals(changed.id()) ? row : r).toList());
        regroup();
        selected.set(find(selectedId.get()));
    }

    /** Sets the status now, recorded in the history with the optional note. */
    public void setStatus(ActionStatus newStatus, String note) {
        ActionRow row = selected.get();
        if (row == null || newStatus == null || newStatus == row.action().status() && (note == null || note.isBlank())) {
            return;
        }
        ActionStatus before = row.action().status();
        String id = row.action().id();
        OffsetDateTime now = OffsetDateTime.now(clock);
        write(() -> service.setStatus(id, newStatus, note, now));
        if (newStatus != before) {
            undo.push(null, () -> {
                selectedId.set(id);
                write(() -> service.setStatus(id, before, null, OffsetDateTime.now(clock)));
            });
        }
    }

    /** Sets a new due date now; the history records it (not as progress). */
    public void setDue(LocalDate due) {
        ActionRow row = selected.get();
        if (row == null || Objects.equals(due, row.action().due())) {
            return;
        }
        LocalDate before = row.action().due();
        String id = row.action().id();
        write(() -> service.setDue(id, due, today()));
        undo.push(null, () -> {
            selectedId.set(id);
            write(() -> service.setDue(id, before, today()));
        });
    }

    /** Adds an update note now (progress). Returns false when there was nothing to add. */
    public boolean addNote(String note) {
        ActionRow row = selected.get();
        if (row == null || note == null || note.isBlank()) {
            return false;
        }
        String id = row.action().id();
        write(() -> service.addNote(id, note.strip(), today()));
        return true;
    }

    /** Links the selected action to a road-map milestone it serves; undo takes the link off again. */
    public void serveMilestone(String milestoneId) {
        ActionRow row = selected.get();
        if (row == null || milestoneId == null) {
            return;
        }
        String id = row.action().id();
        write(() -> service.serveMilestone(id, milestoneId));
        undo.push(null, () -> {
            selectedId.set(id);
            write(() -> service.stopServingMilestone(id, milestoneId));
        });
    }

    /** Gives the selected action to another owner; the history records it. */
    public void setOwner(String ownerId) {
        ActionRow row = selected.get();
        if (row == null || ownerId == null || ownerId.equals(row.action().ownerId())) {
            return;
        }
        String from = row.action().ownerId();
        String id = row.action().id();
        write(() -> service.setOwner(id, ownerId, today()));
        undo.push(null, () -> {
            selectedId.set(id);
            write(() -> service.setOwner(id, from, today()));
        });
    }

    /** Gives every open item of one leader to another in one step; undo gives them back. */
    public void reassignOpen(String fromId, String toId) {
        if (fromId == null || toId == null || fromId.equals(toId)) {
            return;
        }
        executor.run(() -> service.reassignOpen(fromId, toId, today())).onSuccess(moved -> {
            message.set(moved.size() + "|" + name(fromId) + "|" + name(toId));
            undo.push(null, () -> write(() -> service.reassignBack(moved, fromId, today())));
            load();
        }).onError(e -> error.set(e.getMessage()));
    }

    /** Deletes the selected action (created by mistake); undo puts it back with its history. */
    public void deleteSelected() {
        ActionRow row = selected.get();
        if (row == null) {
            return;
        }
        autosaver.flush();
        String id = row.action().id();
        String title = row.action().title();
        executor.run(() -> service.delete(id)).onSuccess(deleted -> {
            deleted.ifPresent(d -> undo.push(null, () -> executor.run(() -> service.restore(d)).onSuccess(v -> {
                selectedId.set(id);
                message.set("");
                load();
            }).onError(e -> error.set(e.getMessage()))));
            selectedId.set(null);
            message.set("deleted|" + title);
            load();
        }).onError(e -> error.set(e.getMessage()));
    }

    public void undo() {
        autosaver.flush();
        undo.undo();
    }

    /** The user left a field: the next typing there is a new undo step. */
    public void endEdit() {
        undo.seal();
        burst = null;
    }

    private void write(UiExecutor.ThrowingRunnable work) {
        autosaver.flush();
        executor.run(() -> {
            work.run();
            return null;
        }).onSuccess(v -> load()).onError(e -> error.set(e.getMessage()));
    }

    private String name(String personId) {
        Workspace w = workspace.get();
        return w == null ? personId : w.people().stream().filter(p -> p.id().equals(personId)).map(Person::name)
                .findFirst().orElse(personId);
    }

    // ---- files -----------------------------------------------------------------------------------

    public enum Export { BRIEF_PDF, BRIEF_MD, CALENDAR, ACTIONS_CSV, SCORECARD_CSV }

    /** Writes an export to {@code file} (through a temp file and a rename), then reports it in {@code done}. */
    public void export(Export kind, Path file, Locale locale, Consumer<Path> done) {
        LocalDate today = today();
        int weeks = scorecardWeeks.get();
        feedback.track(feedback.exporting(file), executor.run(() -> {
            writeAtomically(file, out -> {
                switch (kind) {
                    case BRIEF_PDF -> service.writeBriefPdf(today, locale, out);
                    case BRIEF_MD -> service.writeBriefMarkdown(today, locale, out);
                    case CALENDAR -> service.writeCalendar(today, clock.instant(), out);
                    case ACTIONS_CSV -> service.writeList(org.cxcadence.exchange.actions.ActionListRenderer.Format.CSV,
                            null, ActionService.StatusFilter.ALL, today, locale, out);
                    case SCORECARD_CSV -> service.writeScorecardCsv(ScorecardWindow.lastWeeks(weeks, today), today, out);
                }
            });
            return file;
        })).onSuccess(f -> {
            done.accept(f);
            feedback.exported(f);
        }).onError(e -> feedback.failed(Feedback.Work.EXPORT, e));
    }

    public void exportLeaderPdf(String personId, Path file, Locale locale, Consumer<Path> done) {
        LocalDate today = today();
        feedback.track(feedback.exporting(file), executor.run(() -> {
            writeAtomically(file, out -> service.writeLeaderListPdf(personId, today, locale, out));
            return file;
        })).onSuccess(f -> {
            done.accept(f);
            feedback.exported(f);
        }).onError(e -> feedback.failed(Feedback.Work.EXPORT, e));
    }

    public void leaderEmail(String personId, Locale locale, Consumer<String> done) {
        LocalDate today = today();
        executor.run(() -> service.leaderListEmail(personId, today, locale)).onSuccess(done::accept)
                .onError(e -> error.set(e.getMessage()));
    }

    public void scorecardMarkdown(Locale locale, Consumer<String> done) {
        LocalDate today = today();
        int weeks = scorecardWeeks.get();
        executor.run(() -> service.scorecardMarkdown(ScorecardWindow.lastWeeks(weeks, today), today, locale))
                .onSuccess(done::accept).onError(e -> error.set(e.getMessage()));
    }

    public enum SetupKind { PEOPLE, ACTIONS }

    public void importCsv(SetupKind kind, Path file, Consumer<ActionService.ImportSummary> done) {
        LocalDate today = today();
        feedback.track(feedback.importing(file), executor.run(() -> kind == SetupKind.PEOPLE ? service.importPeople(file)
                : service.importActions(file, today, clock.getZone()))).onSuccess(summary -> {
                    error.set("");
                    done.accept(summary);
                    load();
                }).onError(e -> feedback.failed(Feedback.Work.IMPORT, e));
    }

    private interface StreamWork {
        void write(java.io.OutputStream out) throws Exception;
    }

    private static void writeAtomically(Path target, StreamWork work) throws Exception {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + target.getFileName(), ".part");
        try {
            try (var out = Files.newOutputStream(tmp)) {
                work.write(out);
            }
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    // ---- properties ------------------------------------------------------------------------------

    public ObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public ObjectProperty<List<Lane>> lanesProperty() {
        return lanes;
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    public ObjectProperty<DueWindow> dueWindowProperty() {
        return dueWindow;
    }

    public ObjectProperty<TagFilter> tagProperty() {
        return tag;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    public ObjectProperty<ActionRow> selectedProperty() {
        return selected;
    }

    /** "deleted|TITLE" or "N|FROM|TO" after a reassign; the view words it. */
    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public UndoStack undoStack() {
        return undo;
    }

    public ObjectProperty<Integer> scorecardWeeksProperty() {
        return scorecardWeeks;
    }

    public ObjectProperty<List<LeaderScorecard>> scorecardsProperty() {
        return scorecards;
    }

    public List<Person> activePeople() {
        Workspace w = workspace.get();
        return w == null ? List.of() : w.people().stream().filter(Person::active).toList();
    }

    public List<Person> people() {
        Workspace w = workspace.get();
        return w == null ? List.of() : w.people();
    }

    public List<TopicArea> topicAreas() {
        Workspace w = workspace.get();
        return w == null ? List.of() : w.topicAreas();
    }

    public List<JourneyStage> journeyStages() {
        Workspace w = workspace.get();
        return w == null ? List.of() : w.journeyStages();
    }

    public String meetingTitle(String meetingId) {
        return meetingTitle(meetingId, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** "Weekly customer accountability (23 Nov 2026)", the date as the screen writes it. */
    public String meetingTitle(String meetingId, java.time.format.DateTimeFormatter dates) {
        Workspace w = workspace.get();
        return w == null || meetingId == null ? null : w.meetings().stream().filter(m -> m.id().equals(meetingId))
                .map(m -> m.title() + " (" + dates.format(m.start().toLocalDate()) + ")").findFirst().orElse(null);
    }

    public String personName(String personId) {
        return name(personId);
    }
}
