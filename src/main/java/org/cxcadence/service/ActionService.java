package org.cxcadence.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.AirCoverBrief;
import org.cxcadence.domain.LeaderScorecard;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Scorecard;
import org.cxcadence.domain.ScorecardWindow;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.actions.ActionListRenderer;
import org.cxcadence.exchange.actions.ActionRow;
import org.cxcadence.exchange.actions.BriefReport;
import org.cxcadence.exchange.actions.CalendarIcs;
import org.cxcadence.exchange.actions.CsvImportException;
import org.cxcadence.exchange.actions.LeaderListReport;
import org.cxcadence.exchange.actions.ReportMarkdown;
import org.cxcadence.exchange.actions.ReportPdf;
import org.cxcadence.exchange.actions.ScorecardReport;
import org.cxcadence.exchange.actions.SetupCsv;
import org.cxcadence.store.ActionItemRepository;
import org.cxcadence.store.PersonRepository;
import org.cxcadence.store.ProgramRepository;

/**
 * Follow-through between sessions: action lists, leader scorecards, the CEO's air-cover brief, the
 * calendar, a leader's own list, edits with history, reassigning and deleting with undo, and the
 * first-day CSV set-up. Read calls work on a read-only workspace; edits need the writer. Called off
 * the FX thread.
 */
public final class ActionService {
    /** The {@code --status} choices of {@code actions} (CONTRACT.md). */
    public enum StatusFilter { OPEN, OVERDUE, STALLED, DONE, ALL }

    /** An action removed by mistake, kept so that undo puts it back as it was. */
    public record DeletedAction(ActionItem action, int listOrder) {
    }

    /** What a CSV set-up import added or updated. */
    public record ImportSummary(String file, int added, int updated) {
        public String describe() {
            return file + ": " + added + " added, " + updated + " updated";
        }
    }

    private final OpenWorkspace workspace;
    private final ActionItemRepository actions;

    public ActionService(OpenWorkspace workspace) {
        this.workspace = workspace;
        this.actions = new ActionItemRepository(workspace.database());
    }

    public Workspace snapshot() {
        return workspace.snapshot();
    }

    /**
     * What the Actions board reads (OpenWorkspace.actionsView): session headers, the open actions and
     * those made or closed since the scorecard's earliest day; every action when {@code since} is null
     * (the done and all filters). Lanes of open actions and the scorecard come out as from {@link #snapshot()}.
     */
    public Workspace boardView(LocalDate since) {
        return workspace.actionsView(since);
    }

    /**
     * The board's done and all filters, a page at a time: {@link #boardView} for {@code since} and the
     * {@code closedLimit} most recently closed actions besides (OpenWorkspace.actionsView).
     */
    public Workspace boardView(LocalDate since, int closedLimit) {
        return workspace.actionsView(since, closedLimit);
    }

    /** How many actions are closed (done or dropped), read or not. */
    public int closedActionCount() {
        return workspace.closedActionCount();
    }

    // ---- reading -------------------------------------------------------------------------------

    /** A person id, or a person's exact name in any case (CONTRACT.md {@code --owner}). */
    public static String resolveOwner(Workspace w, String idOrName) {
        return w.people().stream().filter(p -> p.id().equals(idOrName)).findFirst()
                .or(() -> w.people().stream().filter(p -> p.name().equalsIgnoreCase(idOrName.strip())).findFirst())
                .map(Person::id)
                .orElseThrow(() -> new InvalidInputException("--owner: no person with the id or name \"" + idOrName + "\""));
    }

    /** The actions that pass the filter, in list order, judged as of {@code today}. */
    public static List<ActionRow> list(Workspace w, String ownerId, StatusFilter status, LocalDate today) {
        return ActionRow.all(w, today).stream()
                .filter(r -> ownerId == null || r.action().ownerId().equals(ownerId))
                .filter(r -> switch (status) {
                    case OPEN -> r.action().isOpen();
                    case OVERDUE -> r.overdue();
                    case STALLED -> r.stalled();
                    case DONE -> r.action().status() == ActionStatus.DONE;
                    case ALL -> true;
                })
                .toList();
    }

    public void writeList(ActionListRenderer.Format format, String owner, StatusFilter status, LocalDate today,
                          Locale locale, OutputStream out) throws IOException {
        Workspace w = snapshot();
        String ownerId = owner == null ? null : resolveOwner(w, owner);
        new ActionListRenderer(locale).write(format, list(w, ownerId, status, today), w.people(), today, out);
    }

    public static List<LeaderScorecard> scorecards(Workspace w, ScorecardWindow window, LocalDate today) {
        return new Scorecard(w, today).all(window);
    }

    public void writeScorecardCsv(ScorecardWindow window, LocalDate today, OutputStream out) throws IOException {
        ScorecardReport.csv(scorecards(snapshot(), window, today), out);
    }

    /** The scorecard section of the minutes, in Markdown. */
    public String scorecardMarkdown(ScorecardWindow window, LocalDate today, Locale locale) {
        return ScorecardReport.markdownSection(scorecards(snapshot(), window, today), window, locale);
    }

    public AirCoverBrief brief(LocalDate today) {
        return AirCoverBrief.build(snapshot(), today);
    }

    public void writeBriefMarkdown(LocalDate today, Locale locale, OutputStream out) throws IOException {
        out.write(ReportMarkdown.render(BriefReport.build(brief(today), locale)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
    }

    public void writeBriefPdf(LocalDate today, Locale locale, OutputStream out) throws IOException {
        ReportPdf.write(BriefReport.build(brief(today), locale), BriefReport.PDF_WIDTHS, out);
    }

    /** Upcoming sessions and every open action's due date; {@code stamp} is the export time. */
    public void writeCalendar(LocalDate today, Instant stamp, OutputStream out) throws IOException {
        CalendarIcs.write(snapshot(), today, stamp, out);
    }

    public void writeLeaderListPdf(String ownerId, LocalDate today, Locale locale, OutputStream out) throws IOException {
        Workspace w = snapshot();
        ReportPdf.write(LeaderListReport.build(name(w, ownerId), list(w, ownerId, StatusFilter.OPEN, today), today,
                locale), LeaderListReport.PDF_WIDTHS, out);
    }

    public String leaderListEmail(String ownerId, LocalDate today, Locale locale) {
        Workspace w = snapshot();
        return LeaderListReport.emailText(name(w, ownerId), list(w, ownerId, StatusFilter.OPEN, today), today, locale);
    }

    private static String name(Workspace w, String personId) {
        return w.people().stream().filter(p -> p.id().equals(personId)).map(Person::name).findFirst().orElse(personId);
    }

    // ---- editing (each change recorded with its date where history shows it) --------------------

    /** Adds a new action (or rewrites one, as an import does), recording nothing in its history. */
    public void save(ActionItem action) {
        actions.upsert(action);
    }

    /**
     * Saves edits of the action's own fields (title, impact, topic area, stage, kind, blocker), each
     * change recorded with {@code today}'s date; {@code continuing} amends the entry of the same
     * burst of typing instead of adding one per pause (see {@link ActionItemRepository#edit}).
     */
    public void edit(ActionItem action, boolean continuing, LocalDate today) {
        actions.edit(action, null, today, continuing);
    }

    public void setStatus(String actionId, ActionStatus status, String note, OffsetDateTime at) {
        actions.setStatus(actionId, status, note, null, at);
    }

    public void setDue(String actionId, LocalDate due, LocalDate today) {
        actions.setDue(actionId, due, null, today);
    }

    public void addNote(String actionId, String note, LocalDate today) {
        actions.addNote(actionId, note, null, today);
    }

    /** Links the action to a road-map milestone it serves (from the action's page). */
    public void serveMilestone(String actionId, String milestoneId) {
        new ProgramRepository(workspace.database()).linkAction(milestoneId, actionId);
    }

    public void stopServingMilestone(String actionId, String milestoneId) {
        new ProgramRepository(workspace.database()).unlinkAction(milestoneId, actionId);
    }

    public Optional<ActionItem> find(String actionId) {
        return actions.find(actionId);
    }

    /** Gives every open action of one leader to another; each history records the new owner. Returns the ids moved. */
    public List<String> reassignOpen(String fromId, String toId, LocalDate today) {
        if (fromId.equals(toId)) {
            return List.of();
        }
        return actions.reassignOpen(fromId, toId, today);
    }

    /** Gives one action to another owner; the history records from whom to whom. */
    public void setOwner(String actionId, String toId, LocalDate today) {
        actions.setOwner(actionId, toId, null, today);
    }

    /** Gives back actions moved by {@link #reassignOpen} (undo); each history records the move back. */
    public void reassignBack(List<String> actionIds, String fromId, LocalDate today) {
        for (String id : actionIds) {
            actions.setOwner(id, fromId, null, today);
        }
    }

    public Optional<DeletedAction> delete(String actionId) {
        return actions.delete(actionId).map(d -> new DeletedAction(d.action(), d.listOrder()));
    }

    public void restore(DeletedAction deleted) {
        actions.restore(new ActionItemRepository.DeletedAction(deleted.action(), deleted.listOrder()));
    }

    // ---- first-day set-up ------------------------------------------------------------------------

    /** People from CSV (docs/FORMAT.md): all or nothing; exit 3 with every bad line otherwise. */
    public ImportSummary importPeople(Path csv) {
        Workspace w = snapshot();
        try {
            List<Person> people = SetupCsv.readPeople(csv, w);
            int updated = (int) people.stream().filter(p -> w.people().stream().anyMatch(q -> q.id().equals(p.id()))).count();
            backUpBeforeImport(people);
            new PersonRepository(workspace.database()).upsertAll(people);
            return new ImportSummary(csv.getFileName().toString(), people.size() - updated, updated);
        } catch (CsvImportException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException(csv + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** An existing action log from CSV (docs/FORMAT.md): all or nothing. */
    public ImportSummary importActions(Path csv, LocalDate today, ZoneId zone) {
        Workspace w = snapshot();
        try {
            List<ActionItem> items = SetupCsv.readActions(csv, w, today, zone);
            int updated = (int) items.stream()
                    .filter(a -> w.actionItems().stream().anyMatch(q -> q.id().equals(a.id()))).count();
            backUpBeforeImport(items);
            actions.upsertAll(items);
            return new ImportSummary(csv.getFileName().toString(), items.size() - updated, updated);
        } catch (CsvImportException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException(csv + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Data safety: a verified backup before every import that writes (none for a refused or empty file). */
    private void backUpBeforeImport(List<?> rows) {
        if (!rows.isEmpty()) {
            workspace.database().backup("before-import");
        }
    }
}
