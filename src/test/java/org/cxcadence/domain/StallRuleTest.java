package org.cxcadence.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.cxcadence.domain.ActionFixtures.action;
import static org.cxcadence.domain.ActionFixtures.at;
import static org.cxcadence.domain.ActionFixtures.dueOnly;
import static org.cxcadence.domain.ActionFixtures.note;
import static org.cxcadence.domain.ActionFixtures.session;
import static org.cxcadence.domain.ActionFixtures.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StallRuleTest {
    /** Five completed Monday sessions of series "weekly"; today is the Tuesday after the last. */
    private static final LocalDate S1 = LocalDate.of(2026, 10, 19);
    private static final LocalDate S2 = S1.plusWeeks(1);
    private static final LocalDate S3 = S1.plusWeeks(2);
    private static final LocalDate S4 = S1.plusWeeks(3);
    private static final LocalDate S5 = S1.plusWeeks(4);
    private static final LocalDate TODAY = S5.plusDays(1);

    private final List<Meeting> meetings = new ArrayList<>(List.of(
            session("m1", "weekly", S1, MeetingStatus.COMPLETED),
            session("m2", "weekly", S2, MeetingStatus.COMPLETED),
            session("m3", "weekly", S3, MeetingStatus.COMPLETED),
            session("m4", "weekly", S4, MeetingStatus.COMPLETED),
            session("m5", "weekly", S5, MeetingStatus.COMPLETED)));

    private StallRule rule() {
        return new StallRule(meetings, 2, TODAY);
    }

    private static ActionItem createdIn(String meetingId, LocalDate sessionDate, ActionUpdate... updates) {
        return action("a", ActionStatus.IN_PROGRESS, meetingId, null, at(sessionDate, 10), List.of(updates));
    }

    // --- no progress across the last N completed sessions of the series ---

    @Test
    void sessionsWithoutProgressCountsEverySessionAfterTheLaterOfCreationAndProgressAlsoOnSharedDays() {
        java.util.Random random = new java.util.Random(7);
        List<Meeting> many = new ArrayList<>();
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 120; i++) {
            // Some days hold two sessions; a few lie after today and never count.
            LocalDate day = first.plusDays(random.nextInt(400));
            many.add(session("x" + i, "weekly", day, MeetingStatus.COMPLETED));
        }
        LocalDate today = first.plusDays(380);
        StallRule rule = new StallRule(many, 2, today);
        for (int i = 0; i < 500; i++) {
            Meeting origin = many.get(random.nextInt(many.size()));
            LocalDate created = origin.start().toLocalDate();
            LocalDate progress = random.nextBoolean() ? null : created.plusDays(random.nextInt(200));
            ActionItem a = action("a" + i, ActionStatus.IN_PROGRESS, origin.id(), null, at(created, 10),
                    progress == null ? List.of() : List.of(note(progress, "moved")));
            LocalDate since = progress != null && progress.isAfter(created) ? progress : created;
            long expected = many.stream().map(m -> m.start().toLocalDate())
                    .filter(d -> d.isAfter(since) && !d.isAfter(today)).count();
            assertEquals(expected, rule.sessionsWithoutProgress(a), "created " + created + ", progress " + progress);
        }
    }

    @Test
    void noProgressAcrossExactlyNSessionsIsStalled() {
        ActionItem a = createdIn("m3", S3);
        assertEquals(2, rule().sessionsWithoutProgress(a));
        assertEquals(List.of(StallReason.noProgressInSessions(2)), rule().reasons(a));
        assertTrue(rule().isStalled(a));
    }

    @Test
    void noProgressAcrossNMinusOneSessionsIsNotStalled() {
        ActionItem a = createdIn("m4", S4);
        assertEquals(1, rule().sessionsWithoutProgress(a));
        assertFalse(rule().isStalled(a));
    }

    @Test
    void theReasonCountsEverySessionWithoutProgressNotOnlyN() {
        ActionItem a = createdIn("m1", S1);
        assertEquals(List.of(StallReason.noProgressInSessions(4)), rule().reasons(a));
    }

    @Test
    void anActionCreatedAfterTheWindowOpenedIsNotStalled() {
        // Created the day after S4 (between sessions): only S5 has passed since.
        ActionItem a = action("a", ActionStatus.OPEN, "m4", null, at(S4.plusDays(1), 10), List.of());
        assertFalse(rule().isStalled(a));
    }

    @Test
    void aNoteOnTheDayOfTheOldestSessionInTheWindowIsProgress() {
        ActionItem a = createdIn("m1", S1, note(S4, "Script drafted"));
        assertEquals(1, rule().sessionsWithoutProgress(a));
        assertFalse(rule().isStalled(a));
    }

    @Test
    void aNoteTheDayBeforeTheWindowDoesNotCount() {
        ActionItem a = createdIn("m1", S1, note(S4.minusDays(1), "Script drafted"));
        assertEquals(2, rule().sessionsWithoutProgress(a));
        assertTrue(rule().isStalled(a));
    }

    @Test
    void aDueDatePushIsNotProgressSoTheActionStaysStalled() {
        ActionItem a = createdIn("m1", S1, dueOnly(S5, TODAY.plusWeeks(4)));
        assertTrue(rule().isStalled(a));
    }

    @Test
    void aStatusChangeInTheLastSessionIsProgress() {
        ActionItem a = action("a", ActionStatus.BLOCKED, "m1", null, at(S1, 10),
                List.of(status(S5, ActionStatus.BLOCKED)));
        assertFalse(rule().isStalled(a));
    }

    @Test
    void seriesWithFewerThanNCompletedSessionsJudgesNothing() {
        List<Meeting> one = List.of(session("m1", "weekly", S1, MeetingStatus.COMPLETED));
        ActionItem a = createdIn("m1", S1.minusDays(7));
        assertFalse(new StallRule(one, 2, TODAY).isStalled(a));
    }

    @Test
    void draftCancelledAndFutureSessionsDoNotCount() {
        meetings.add(session("m6", "weekly", TODAY.plusDays(6), MeetingStatus.DRAFT));
        meetings.add(session("m7", "weekly", TODAY.minusDays(0), MeetingStatus.CANCELLED));
        meetings.add(session("m8", "weekly", TODAY.plusDays(13), MeetingStatus.COMPLETED)); // recorded ahead: ignore
        ActionItem a = createdIn("m4", S4);
        assertEquals(1, rule().sessionsWithoutProgress(a));
        assertFalse(rule().isStalled(a));
    }

    @Test
    void aCompletedSessionHeldTodayCounts() {
        meetings.add(session("m6", "weekly", TODAY, MeetingStatus.COMPLETED));
        ActionItem a = createdIn("m4", S4);
        assertEquals(2, rule().sessionsWithoutProgress(a));
        assertTrue(rule().isStalled(a));
    }

    @Test
    void sessionsOfAnotherSeriesDoNotCount() {
        meetings.add(session("x1", "monthly", S4.plusDays(2), MeetingStatus.COMPLETED));
        meetings.add(session("x2", "monthly", S5.minusDays(1), MeetingStatus.COMPLETED));
        ActionItem a = createdIn("m4", S4);
        assertFalse(rule().isStalled(a));
    }

    @Test
    void theWorkspaceSettingChangesN() {
        Workspace ws = new Workspace(new WorkspaceSettings(null, 3), List.of(), List.of(), List.of(), List.of(),
                List.of(), meetings, List.of(), List.of());
        ActionItem a = createdIn("m3", S3);
        assertFalse(StallRule.of(ws, TODAY).isStalled(a));
        assertTrue(StallRule.of(ws, TODAY).isStalled(createdIn("m2", S2)));
        assertEquals(3, StallRule.of(ws, TODAY).stalledAfterSessions());
    }

    @Test
    void withoutACreationTimeTheOriginSessionStandsIn() {
        ActionItem a = action("a", ActionStatus.OPEN, "m3", null, null, List.of());
        assertEquals(2, rule().sessionsWithoutProgress(a));
        assertTrue(rule().isStalled(a));
    }

    @Test
    void closedActionsAreNeverStalled() {
        ActionItem done = action("a", ActionStatus.DONE, "m1", TODAY.minusDays(60), at(S1, 10), List.of());
        assertFalse(rule().isStalled(done));
        assertTrue(rule().reasons(done).isEmpty());
    }

    // --- outside any series: days without progress ---

    @Test
    void outsideASeries21DaysWithoutProgressIsNotStalled() {
        ActionItem a = action("a", ActionStatus.OPEN, null, null, at(TODAY.minusDays(21), 10), List.of());
        assertFalse(rule().isStalled(a));
        assertEquals(0, rule().sessionsWithoutProgress(a));
    }

    @Test
    void outsideASeries22DaysWithoutProgressIsStalled() {
        ActionItem a = action("a", ActionStatus.OPEN, null, null, at(TODAY.minusDays(22), 10), List.of());
        assertEquals(List.of(StallReason.noProgressInDays(22)), rule().reasons(a));
    }

    @Test
    void outsideASeriesTheClockRestartsAtTheLastProgress() {
        ActionItem recent = action("a", ActionStatus.OPEN, null, null, at(TODAY.minusDays(60), 10),
                List.of(note(TODAY.minusDays(21), "Called two of three")));
        assertFalse(rule().isStalled(recent));
        ActionItem old = action("a", ActionStatus.OPEN, null, null, at(TODAY.minusDays(60), 10),
                List.of(note(TODAY.minusDays(22), "Called two of three"), dueOnly(TODAY.minusDays(2), TODAY)));
        assertEquals(List.of(StallReason.noProgressInDays(22)), rule().reasons(old));
    }

    @Test
    void aOneOffSessionOrAnUnknownMeetingCountsAsOutsideASeries() {
        meetings.add(session("one-off", null, TODAY.minusDays(30), MeetingStatus.COMPLETED));
        ActionItem fromOneOff = action("a", ActionStatus.OPEN, "one-off", null, at(TODAY.minusDays(30), 10), List.of());
        ActionItem dangling = action("b", ActionStatus.OPEN, "gone", null, at(TODAY.minusDays(30), 10), List.of());
        assertEquals(List.of(StallReason.noProgressInDays(30)), rule().reasons(fromOneOff));
        assertEquals(List.of(StallReason.noProgressInDays(30)), rule().reasons(dangling));
    }

    @Test
    void outsideASeriesWithoutAnyDateNothingIsJudged() {
        ActionItem a = action("a", ActionStatus.OPEN, null, null, null, List.of());
        assertFalse(rule().isStalled(a));
    }

    // --- overdue by more than 14 days ---

    @Test
    void overdueByExactly14DaysIsNotStalledByTheOverdueBranch() {
        ActionItem a = createdIn("m5", S5);
        a = withDue(a, TODAY.minusDays(14));
        assertFalse(rule().isStalled(a));
    }

    @Test
    void overdueBy15DaysIsStalled() {
        ActionItem a = withDue(createdIn("m5", S5), TODAY.minusDays(15));
        assertEquals(List.of(StallReason.overdue(15)), rule().reasons(a));
    }

    @Test
    void everyReasonThatAppliesIsReported() {
        ActionItem a = withDue(createdIn("m1", S1), TODAY.minusDays(20));
        assertEquals(List.of(StallReason.noProgressInSessions(4), StallReason.overdue(20)), rule().reasons(a));
    }

    @Test
    void theStateGathersWhatTheListsShow() {
        ActionItem a = withDue(createdIn("m1", S1, note(S2, "Started")), TODAY.minusDays(3));
        ActionState state = rule().assess(a);
        assertTrue(state.open());
        assertTrue(state.overdue());
        assertEquals(3, state.daysOverdue());
        assertEquals(S2, state.lastProgress());
        assertEquals(3, state.sessionsWithoutProgress());
        assertTrue(state.stalled());
        assertEquals(List.of(StallReason.noProgressInSessions(3)), state.stallReasons());
    }

    @Test
    void reasonsReadAsTheAgendaSaysThem() {
        assertEquals("no progress in 3 sessions", StallReason.noProgressInSessions(3).describe());
        assertEquals("no progress in 1 session", StallReason.noProgressInSessions(1).describe());
        assertEquals("no progress in 22 days", StallReason.noProgressInDays(22).describe());
        assertEquals("overdue 15 days", StallReason.overdue(15).describe());
        assertEquals("overdue 1 day", StallReason.overdue(1).describe());
    }

    private static ActionItem withDue(ActionItem a, LocalDate due) {
        return new ActionItem(a.id(), a.title(), a.ownerId(), a.status(), a.topicAreaId(), a.meetingId(),
                a.agendaItemId(), due, a.customerImpact(), a.kind(), a.journeyStageId(), a.blocker(),
                a.createdAt(), a.completedAt(), a.updates());
    }
}
