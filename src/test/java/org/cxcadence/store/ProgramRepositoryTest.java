package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cxcadence.domain.MaturityLevel;
import org.cxcadence.domain.Milestone;
import org.cxcadence.domain.MilestoneStatus;
import org.cxcadence.domain.ReadinessCheck;
import org.cxcadence.domain.SponsorAnswer;
import org.cxcadence.domain.SponsorCheckIn;
import org.cxcadence.domain.SponsorQuestion;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.demo.DemoCompany;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramRepositoryTest {
    @TempDir
    Path dir;
    Database db;
    WorkspaceStore store;
    ProgramRepository program;
    Workspace demo = DemoCompany.build(LocalDate.of(2026, 11, 23));

    @BeforeEach
    void open() throws Exception {
        db = Database.create(dir.resolve("p.cxcadence"));
        store = new WorkspaceStore(db);
        program = new ProgramRepository(db);
        store.replaceAll(demo);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void demoProgramIsStoredAndLoadedBackEqual() {
        assertEquals(demo, store.load());
        assertEquals(16, demo.milestones().size());
        assertEquals(4, demo.checkIns().size());
        assertEquals(1, demo.readinessChecks().size());
    }

    @Test
    void savingAMilestoneAddsItAtTheEndAndSavingAgainReplacesItInPlace() {
        Milestone added = new Milestone("ms-new", "ta-assets", "New step", "2027-Q2", MilestoneStatus.PLANNED, "p-cco",
                null, List.of("act-asset-report"));
        program.saveMilestone(added);
        assertEquals(added, store.load().milestones().getLast());
        Milestone first = demo.milestones().getFirst().withStatus(MilestoneStatus.AT_RISK);
        program.saveMilestone(first);
        assertEquals(first, store.load().milestones().getFirst());
        program.deleteMilestone("ms-new");
        assertEquals(demo.milestones().size(), store.load().milestones().size());
    }

    @Test
    void linkingAnActionAppendsItOnceAndUnlinkingKeepsTheAction() {
        program.linkAction("ms-renewal", "act-week-one-call");
        program.linkAction("ms-renewal", "act-week-one-call");
        program.linkAction("ms-onboarding", "act-asset-report");
        Workspace w = store.load();
        Milestone renewal = w.milestones().stream().filter(m -> m.id().equals("ms-renewal")).findFirst().orElseThrow();
        assertEquals("act-week-one-call", renewal.actionIds().getLast());
        assertEquals(1, renewal.actionIds().stream().filter("act-week-one-call"::equals).count());
        Milestone onboarding = w.milestones().stream().filter(m -> m.id().equals("ms-onboarding")).findFirst().orElseThrow();
        assertEquals(List.of("act-onboarding-checklist", "act-week-one-call", "act-warm-handoff", "act-asset-report"),
                onboarding.actionIds());

        program.unlinkAction("ms-onboarding", "act-week-one-call");
        w = store.load();
        assertEquals(List.of("act-onboarding-checklist", "act-warm-handoff", "act-asset-report"), w.milestones().stream()
                .filter(m -> m.id().equals("ms-onboarding")).findFirst().orElseThrow().actionIds());
        assertEquals(demo.actionItems().size(), w.actionItems().size());
    }

    @Test
    void maturityForTheSameQuarterIsReplacedAndCheckInsAndReadinessAreAdded() {
        program.saveMaturity(new MaturityLevel("ta-assets", demo.maturity().getFirst().quarter(), 4, "Re-judged"));
        assertEquals(new MaturityLevel("ta-assets", demo.maturity().getFirst().quarter(), 4, "Re-judged"),
                store.load().maturity().getFirst());
        SponsorCheckIn checkIn = new SponsorCheckIn("ci-x", LocalDate.of(2026, 11, 30), "p-ceo",
                List.of(new SponsorAnswer("q1a", 5, "Yes")));
        program.saveCheckIn(checkIn);
        assertEquals(checkIn, store.load().checkIns().getLast());
        ReadinessCheck again = new ReadinessCheck("rc-x", LocalDate.of(2026, 11, 30), List.of(1, 1, 1, 2, 2, 2, 4, 4, 4), null);
        program.saveReadinessCheck(again);
        assertEquals(List.of(demo.readinessChecks().getFirst(), again), store.load().readinessChecks());
        List<SponsorQuestion> questions = List.of(new SponsorQuestion("q1a", org.cxcadence.domain.CeoAction.TAKE_OWNERSHIP,
                "Edited wording", false));
        program.saveQuestions(questions);
        assertEquals(questions, store.load().sponsorQuestions());
    }
}
