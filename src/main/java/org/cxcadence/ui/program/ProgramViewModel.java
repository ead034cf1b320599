package org.cxcadence.ui.program;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cxcadence.domain.CeoAction;
import org.cxcadence.domain.DomainException;
import org.cxcadence.domain.MaturityLevel;
import org.cxcadence.domain.Milestone;
import org.cxcadence.domain.MilestoneStatus;
import org.cxcadence.domain.ReadinessCheck;
import org.cxcadence.domain.Roadmap;
import org.cxcadence.domain.SessionsHeld;
import org.cxcadence.domain.SponsorAnswer;
import org.cxcadence.domain.SponsorCheckIn;
import org.cxcadence.domain.SponsorQuestion;
import org.cxcadence.domain.SponsorQuestionEdits;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.ProgramService;
import org.cxcadence.ui.UiExecutor;
import org.cxcadence.ui.common.Autosaver;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Program section's state: the workspace snapshot with the road map, sessions held against
 * planned, and the drafts of a sponsor check-in and a readiness check being answered. All disk work
 * goes through the {@link UiExecutor}; each save reloads the snapshot.
 */
public final class ProgramViewModel {
    /** An answer being given in the check-in form: score 1–5 (0 = not answered yet) and comment. */
    public record Draft(int score, String comment) {
    }

    private final ProgramService service;
    private final UiExecutor executor;
    private final Autosaver autosaver;
    private final Clock clock;
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final ObjectProperty<Roadmap> roadmap = new SimpleObjectProperty<>();
    private final ObjectProperty<List<SessionsHeld>> sessionsHeld = new SimpleObjectProperty<>(List.of());
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final Map<String, Draft> checkInDraft = new LinkedHashMap<>();
    private final Map<String, String> rewordedTo = new java.util.HashMap<>();
    private final List<Integer> readinessDraft = new ArrayList<>(Collections.nCopies(ReadinessCheck.STATEMENTS, 0));

    public ProgramViewModel(ProgramService service, UiExecutor executor, Autosaver autosaver, Clock clock) {
        this.service = service;
        this.executor = executor;
        this.autosaver = autosaver;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void load() {
        LocalDate today = today();
        ZoneId zone = clock.getZone();
        executor.run(() -> {
            Workspace w = service.view();
            return new Loaded(w, Roadmap.of(w, today), SessionsHeld.of(w, today, zone));
        }).onSuccess(l -> {
            sessionsHeld.set(l.held());
            roadmap.set(l.roadmap());
            workspace.set(l.workspace());
        }).onError(e -> error.set(e.getMessage()));
    }

    private record Loaded(Workspace workspace, Roadmap roadmap, List<SessionsHeld> held) {
    }

    // --- road map -----------------------------------------------------------------------------

    /** Adds a milestone; returns false (with the reason in {@link #errorProperty()}) when it is not valid. */
    public boolean addMilestone(String topicAreaId, String title, String quarter, MilestoneStatus status, String ownerId) {
        Milestone m;
        try {
            m = new Milestone(UUID.randomUUID().toString(), topicAreaId, title == null ? "" : title.strip(), quarter,
                    status == null ? MilestoneStatus.PLANNED : status, ownerId, null, List.of());
        } catch (DomainException e) {
            error.set(e.getMessage());
            return false;
        }
        save(() -> service.saveMilestone(m), "program.saved.milestone");
        return true;
    }

    public void setMilestoneStatus(Milestone m, MilestoneStatus status) {
        editMilestone(m.id(), x -> x.withStatus(status));
    }

    /**
     * Edits a milestone as you type: the change shows at once (timeline included) and is saved through
     * the shared {@link Autosaver}, one pending write per milestone. An invalid change (blank title,
     * too long) is not applied: false, with the reason in {@link #errorProperty()}.
     */
    public boolean editMilestone(String id, java.util.function.UnaryOperator<Milestone> change) {
        Workspace w = workspace.get();
        Milestone before = w == null ? null : w.milestones().stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
        if (before == null) {
            return false;
        }
        Milestone after;
        try {
            after = change.apply(before);
        } catch (DomainException e) {
            error.set(e.getMessage());
            return false;
        }
        error.set("");
        if (after.equals(before)) {
            return true;
        }
        replaceLocally(w.milestones().stream().map(m -> m.id().equals(id) ? after : m).toList());
        autosaver.submit(List.of("milestone", id), () -> service.saveMilestone(after));
        return true;
    }

    /** Deletes a milestone (after the view's confirmation); the actions that served it stay, only unlinked. */
    public void deleteMilestone(String id) {
        Workspace w = workspace.get();
        if (w == null) {
            return;
        }
        replaceLocally(w.milestones().stream().filter(m -> !m.id().equals(id)).toList());
        autosaver.flush();
        save(() -> service.deleteMilestone(id), "program.saved.deleted");
    }

    /** Takes an action off the milestone; the action itself is untouched. */
    public void unlinkAction(String milestoneId, String actionId) {
        editMilestone(milestoneId, m -> m.withActionIds(m.actionIds().stream().filter(a -> !a.equals(actionId)).toList()));
    }

    private void replaceLocally(List<Milestone> milestones) {
        Workspace w = workspace.get();
        Workspace changed = w.withProgram(milestones, w.maturity(), w.sponsorQuestions(), w.checkIns(), w.readinessChecks());
        roadmap.set(Roadmap.of(changed, today()));
        workspace.set(changed);
    }

    /** Adds an action to those serving the milestone (nothing when it is already there). */
    public void linkAction(Milestone m, String actionId) {
        if (m.actionIds().contains(actionId)) {
            return;
        }
        List<String> ids = new ArrayList<>(m.actionIds());
        ids.add(actionId);
        editMilestone(m.id(), x -> x.withActionIds(ids));
    }

    public void recordMaturity(String topicAreaId, String quarter, int level, String note) {
        MaturityLevel l;
        try {
            l = new MaturityLevel(topicAreaId, quarter, level, note == null || note.isBlank() ? null : note.strip());
        } catch (DomainException e) {
            error.set(e.getMessage());
            return;
        }
        save(() -> service.saveMaturity(l), "program.saved.maturity");
    }

    // --- sponsor check-in -------------------------------------------------------------------

    public List<SponsorQuestion> questions() {
        Workspace w = workspace.get();
        List<SponsorQuestion> all = w == null ? SponsorQuestion.defaults() : w.effectiveSponsorQuestions();
        return all.stream().filter(q -> !q.archived()).toList();
    }

    public void answer(String questionId, int score, String comment) {
        checkInDraft.put(questionId, new Draft(score, comment));
    }

    public Draft draft(String questionId) {
        return checkInDraft.getOrDefault(questionId, new Draft(0, null));
    }

    /** Saves the check-in dated today, with the questions answered so far; false when none was. */
    public boolean saveCheckIn(String sponsorId) {
        List<SponsorAnswer> answers = new ArrayList<>();
        for (SponsorQuestion q : questions()) {
            Draft d = checkInDraft.get(q.id());
            if (d != null && d.score() > 0) {
                answers.add(new SponsorAnswer(q.id(), d.score(), d.comment() == null || d.comment().isBlank() ? null
                        : d.comment().strip()));
            }
        }
        if (answers.isEmpty()) {
            error.set("program.checkin.none");
            return false;
        }
        LocalDate today = today();
        SponsorCheckIn checkIn = new SponsorCheckIn("ci-" + UUID.randomUUID(), today, sponsorId, answers);
        save(() -> service.saveCheckIn(checkIn), "program.saved.checkin");
        checkInDraft.clear();
        return true;
    }

    /** Check-ins oldest first. */
    public List<SponsorCheckIn> checkIns() {
        Workspace w = workspace.get();
        return w == null ? List.of() : w.checkIns().stream()
                .sorted(java.util.Comparator.comparing(SponsorCheckIn::date)).toList();
    }

    /** The average answer per CEO action in one check-in (absent when the action was not answered). */
    public Map<CeoAction, Double> averages(SponsorCheckIn checkIn) {
        Map<CeoAction, Double> averages = new LinkedHashMap<>();
        List<SponsorQuestion> all = workspace.get() == null ? SponsorQuestion.defaults()
                : workspace.get().effectiveSponsorQuestions();
        for (CeoAction a : CeoAction.values()) {
            checkIn.average(a, all).ifPresent(v -> averages.put(a, v));
        }
        return averages;
    }

    // --- the sponsor's questions ---------------------------------------------------------------

    /** Every question in force, retired ones and earlier wordings included, in list order. */
    public List<SponsorQuestion> allQuestions() {
        Workspace w = workspace.get();
        return w == null ? SponsorQuestion.defaults() : w.effectiveSponsorQuestions();
    }

    /** In how many check-ins the question was answered. */
    public long timesAnswered(String questionId) {
        Workspace w = workspace.get();
        return w == null ? 0 : SponsorQuestionEdits.timesAnswered(w, questionId);
    }

    /**
     * The id a question row built for {@code rowId} now edits: rewording an answered question moves the
     * wording to a new id, and the row keeps typing into that one.
     */
    public String currentQuestionId(String rowId) {
        return rewordedTo.getOrDefault(rowId, rowId);
    }

    /** The row a question shows in: the id it had when the row was built. */
    public String questionRow(String questionId) {
        return rewordedTo.entrySet().stream().filter(e -> e.getValue().equals(questionId)).map(Map.Entry::getKey)
                .findFirst().orElse(questionId);
    }

    /** Rewords a question as you type (answered ones keep their old wording for their answers). */
    public boolean rewordQuestion(String rowId, String text) {
        Workspace w = workspace.get();
        if (w == null) {
            return false;
        }
        String id = currentQuestionId(rowId);
        SponsorQuestionEdits.Reworded result;
        try {
            result = SponsorQuestionEdits.of(w).reword(id, text == null ? "" : text.strip(), "q-" + UUID.randomUUID());
        } catch (DomainException e) {
            error.set(e.getMessage());
            return false;
        }
        error.set("");
        if (!result.id().equals(id)) {
            rewordedTo.put(rowId, result.id());
            Draft draft = checkInDraft.remove(id);
            if (draft != null) {
                checkInDraft.put(result.id(), draft);
            }
        }
        storeQuestions(result.questions());
        return true;
    }

    /** Adds a question under a CEO action; false (with the reason) when the text is blank or too long. */
    public boolean addQuestion(CeoAction action, String text) {
        Workspace w = workspace.get();
        if (w == null) {
            return false;
        }
        try {
            storeQuestions(SponsorQuestionEdits.of(w).add("q-" + UUID.randomUUID(), action, text == null ? "" : text.strip()));
        } catch (DomainException e) {
            error.set(e.getMessage());
            return false;
        }
        error.set("");
        return true;
    }

    /** Retires a question: no longer asked; its answers and wording stay. */
    public void retireQuestion(String rowId) {
        archiveQuestion(currentQuestionId(rowId), true);
    }

    /** Asks a retired question (or an earlier wording) again. */
    public void restoreQuestion(String questionId) {
        archiveQuestion(questionId, false);
    }

    private void archiveQuestion(String id, boolean archived) {
        Workspace w = workspace.get();
        if (w != null) {
            storeQuestions(SponsorQuestionEdits.of(w).archive(id, archived));
        }
    }

    private void storeQuestions(List<SponsorQuestion> list) {
        Workspace w = workspace.get();
        workspace.set(w.withProgram(w.milestones(), w.maturity(), list, w.checkIns(), w.readinessChecks()));
        autosaver.submit(List.of("sponsor-questions"), () -> service.saveQuestions(list));
    }

    // --- readiness ----------------------------------------------------------------------------

    public void rate(int statement, int rating) {
        readinessDraft.set(statement, rating);
    }

    public int rating(int statement) {
        return readinessDraft.get(statement);
    }

    public boolean readinessComplete() {
        return readinessDraft.stream().allMatch(r -> r > 0);
    }

    /** Saves the readiness check dated today; false (nothing saved) until all nine are rated. */
    public boolean saveReadiness(String note) {
        if (!readinessComplete()) {
            error.set("program.readiness.incomplete");
            return false;
        }
        ReadinessCheck check = new ReadinessCheck("rc-" + UUID.randomUUID(), today(), List.copyOf(readinessDraft),
                note == null || note.isBlank() ? null : note.strip());
        save(() -> service.saveReadinessCheck(check), "program.saved.readiness");
        Collections.fill(readinessDraft, 0);
        return true;
    }

    public List<ReadinessCheck> readinessChecks() {
        Workspace w = workspace.get();
        return w == null ? List.of() : w.readinessChecks().stream()
                .sorted(java.util.Comparator.comparing(ReadinessCheck::date).reversed()).toList();
    }

    // --- common -------------------------------------------------------------------------------

    private void save(UiExecutor.ThrowingRunnable write, String messageKey) {
        error.set("");
        autosaver.flush();
        executor.run(write).onSuccess(v -> {
            message.set(messageKey);
            load();
        }).onError(e -> error.set(e.getMessage()));
    }

    public ObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public ObjectProperty<Roadmap> roadmapProperty() {
        return roadmap;
    }

    public ObjectProperty<List<SessionsHeld>> sessionsHeldProperty() {
        return sessionsHeld;
    }

    /** A message key of the last save ("program.saved.*"), for the status line. */
    public StringProperty messageProperty() {
        return message;
    }

    /** An error text, or a message key starting with "program." for the known refusals. */
    public StringProperty errorProperty() {
        return error;
    }
}
