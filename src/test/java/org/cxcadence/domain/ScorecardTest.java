package org.cxcadence.domain;

import static org.cxcadence.domain.ActionFixtures.at;
import static org.cxcadence.domain.ActionFixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The leader scorecard on hand-built histories: every count and each documented edge case. */
class ScorecardTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ScorecardWindow WINDOW = ScorecardWindow.defaultFor(TODAY);
    private static final Person ANA = new Person("ana", "Ana Lima", "Service", null, null, 1, true);
    private static final Person BEN = new Person("ben", "Ben Ode", "Sales", null, null, 2, true);
    private static final Person GONE = new Person("gone", "Kim Former", "Ops", null, null, 3, false);

    private static ActionItem item(String id, String owner, ActionStatus status, LocalDate created, LocalDate due,
                                   LocalDate completed, List<ActionUpdate> updates) {
        return new ActionItem(id, "Action " + id, owner, status, null, null, null, due, "Customers get X", null, null,
                null, created == null ? null : at(created, 10), completed == null ? null : at(completed, 16), updates);
    }

    private static ActionItem done(String id, LocalDate created, LocalDate due, LocalDate completed) {
        return item(id, "ana", ActionStatus.DONE, created, due, completed, List.of());
    }

    private static Workspace workspace(List<Meeting> meetings, ActionItem... actions) {
        return new Workspace(null, List.of(ANA, BEN, GONE), List.of(), List.of(), List.of(), List.of(), meetings,
                List.of(actions), List.of());
    }

    private static LeaderScorecard ana(Workspace w) {
        return new Scorecard(w, TODAY).forLeader("ana", WINDOW);
    }

    @Test
    void defaultWindowIsTheThirteenWeeksEndingToday() {
        assertEquals(LocalDate.of(2026, 8, 25), WINDOW.first());
        assertEquals(TODAY, WINDOW.last());
        assertTrue(WINDOW.contains(WINDOW.first()) && WINDOW.contains(TODAY));
        assertEquals(91, java.time.temporal.ChronoUnit.DAYS.between(WINDOW.first(), TODAY) + 1);
    }

    @Test
    void madeCountsActionsCreatedInTheWindowWhateverTheirStatus() {
        Workspace w = workspace(List.of(),
                item("in1", "ana", ActionStatus.OPEN, LocalDate.of(2026, 9, 1), null, null, List.of()),
                item("in2", "ana", ActionStatus.DROPPED, LocalDate.of(2026, 8, 25), null, null, List.of()),
                item("before", "ana", ActionStatus.OPEN, LocalDate.of(2026, 8, 24), null, null, List.of()),
                item("other", "ben", ActionStatus.OPEN, LocalDate.of(2026, 9, 1), null, null, List.of()));
        assertEquals(2, ana(w).made());
    }

    @Test
    void doneOnTimeMeansCompletedOnOrBeforeDue() {
        Workspace w = workspace(List.of(),
                done("early", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 20)),
                done("onTheDay", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1)),
                done("late", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)),
                done("late2", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 2)));
        LeaderScorecard card = ana(w);
        assertEquals(4, card.done());
        assertEquals(2, card.doneOnTime());
        assertEquals(4, card.doneWithDue());
        assertEquals(50.0, card.onTimePercent());
    }

    @Test
    void doneWithoutADueDateIsLeftOutOfTheRateAndARateWithNothingToJudgeIsNull() {
        Workspace w = workspace(List.of(), done("noDue", LocalDate.of(2026, 9, 1), null, LocalDate.of(2026, 9, 5)));
        LeaderScorecard card = ana(w);
        assertEquals(1, card.done());
        assertEquals(0, card.doneWithDue());
        assertNull(card.onTimePercent(), "nothing to judge is not 0% and not 100%");
    }

    @Test
    void doneCountsCompletionsInTheWindowEvenOfActionsMadeBeforeIt() {
        Workspace w = workspace(List.of(),
                done("old", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 9, 1)),
                done("closedBefore", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 8, 24)));
        LeaderScorecard card = ana(w);
        assertEquals(0, card.made());
        assertEquals(1, card.done());
    }

    @Test
    void withoutCompletedAtTheLastUpdateThatSetDoneGivesTheCompletionDay() {
        ActionItem a = item("a", "ana", ActionStatus.DONE, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 10), null,
                List.of(new ActionUpdate(null, LocalDate.of(2026, 9, 8), ActionStatus.DONE, null, null),
                        new ActionUpdate(null, LocalDate.of(2026, 9, 9), ActionStatus.IN_PROGRESS, "reopened", null),
                        new ActionUpdate(null, LocalDate.of(2026, 9, 12), ActionStatus.DONE, null, null)));
        assertEquals(LocalDate.of(2026, 9, 12), Scorecard.completedOn(a).orElseThrow());
        LeaderScorecard card = ana(workspace(List.of(), a));
        assertEquals(0, card.doneOnTime(), "the last completion, after the due date, counts");
        assertEquals(11.0, card.medianDaysToClose());
    }

    @Test
    void droppedIsNeitherDoneNorOpen() {
        Workspace w = workspace(List.of(), item("d", "ana", ActionStatus.DROPPED, LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 3), List.of()));
        LeaderScorecard card = ana(w);
        assertEquals(1, card.made());
        assertEquals(0, card.done());
        assertEquals(0, card.open());
    }

    @Test
    void medianDaysToCloseOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        Workspace w = workspace(List.of(),
                done("a", LocalDate.of(2026, 9, 1), null, LocalDate.of(2026, 9, 1)),   // 0 days
                done("b", LocalDate.of(2026, 9, 1), null, LocalDate.of(2026, 9, 11)),  // 10
                done("c", LocalDate.of(2026, 9, 1), null, LocalDate.of(2026, 9, 21)),  // 20
                done("d", LocalDate.of(2026, 9, 1), null, LocalDate.of(2026, 11, 1))); // 61
        assertEquals(15.0, ana(w).medianDaysToClose());
        assertNull(ana(workspace(List.of())).medianDaysToClose());
    }

    @Test
    void creationDayFallsBackToTheSessionItWasRaisedIn() {
        Meeting m = session("m1", "s1", LocalDate.of(2026, 9, 7), MeetingStatus.COMPLETED);
        ActionItem a = new ActionItem("a", "Action", "ana", ActionStatus.DONE, null, "m1", null,
                LocalDate.of(2026, 9, 30), null, null, null, null, null, at(LocalDate.of(2026, 9, 14), 9), List.of());
        LeaderScorecard card = ana(workspace(List.of(m), a));
        assertEquals(1, card.made());
        assertEquals(7.0, card.medianDaysToClose());
    }

    @Test
    void openOverdueAndStalledAreAsOfTodayAndFollowTheStallRule() {
        Workspace w = workspace(List.of(),
                item("fresh", "ana", ActionStatus.OPEN, TODAY.minusDays(3), TODAY.plusDays(7), null, List.of()),
                item("overdue", "ana", ActionStatus.IN_PROGRESS, TODAY.minusDays(10), TODAY.minusDays(2), null,
                        List.of(new ActionUpdate(null, TODAY.minusDays(5), ActionStatus.IN_PROGRESS, "started", null))),
                item("stalled", "ana", ActionStatus.BLOCKED, LocalDate.of(2025, 1, 1), TODAY.minusDays(30), null,
                        List.of()));
        LeaderScorecard card = ana(w);
        assertEquals(3, card.open());
        assertEquals(2, card.overdue());
        assertEquals(1, card.stalled(), "overdue 30 days is stalled; 2 days is not");
    }

    @Test
    void aDueDatePushedBeforeCompletionIsJudgedAgainstTheDueDateInForce() {
        ActionItem a = item("a", "ana", ActionStatus.DONE, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 30),
                LocalDate.of(2026, 10, 20),
                List.of(new ActionUpdate(null, LocalDate.of(2026, 9, 28), null, null, LocalDate.of(2026, 10, 30))));
        assertEquals(1, ana(workspace(List.of(), a)).doneOnTime());
    }

    @Test
    void quartersGiveTheOnTimeRateOfTheLastFourQuartersOldestFirst() {
        Workspace w = workspace(List.of(),
                done("q1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 10)),  // late, Q1
                done("q3a", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 7, 20)), // on time, Q3
                done("q3b", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 20)), // late, Q3
                done("q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 9)), // on time, Q4
                done("old", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 12, 1))); // Q4 2025: outside
        List<LeaderScorecard.QuarterRate> q = ana(w).quarters();
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"),
                q.stream().map(LeaderScorecard.QuarterRate::period).toList());
        assertEquals(0.0, q.get(0).percent());
        assertNull(q.get(1).percent());
        assertEquals(50.0, q.get(2).percent());
        assertEquals(100.0, q.get(3).percent());
    }

    @Test
    void allListsActiveLeadersAndFormerOnesOnlyWhileTheyStillHaveWork() {
        Workspace idle = workspace(List.of());
        assertEquals(List.of("ana", "ben"), new Scorecard(idle, TODAY).all(WINDOW).stream()
                .map(LeaderScorecard::personId).toList());
        Workspace owing = workspace(List.of(),
                item("x", "gone", ActionStatus.OPEN, LocalDate.of(2026, 1, 1), null, null, List.of()));
        assertEquals(List.of("ana", "ben", "gone"), new Scorecard(owing, TODAY).all(WINDOW).stream()
                .map(LeaderScorecard::personId).toList());
    }

    @Test
    void aWindowMustNotEndBeforeItStarts() {
        assertThrows(DomainException.class, () -> new ScorecardWindow(TODAY, TODAY.minusDays(1)));
        assertThrows(DomainException.class, () -> ScorecardWindow.lastWeeks(0, TODAY));
    }
}
