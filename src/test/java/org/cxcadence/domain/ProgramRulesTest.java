package org.cxcadence.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProgramRulesTest {
    private static Milestone milestone(String quarter, MilestoneStatus status) {
        return new Milestone("ms", "ta", "Baseline", quarter, status, null, null, List.of());
    }

    @Test
    void milestoneIsLateOnlyAfterItsQuarterEndedAndWhileNotDoneOrDropped() {
        assertFalse(milestone("2026-Q3", MilestoneStatus.IN_PROGRESS).isLate(LocalDate.of(2026, 9, 30)));
        assertTrue(milestone("2026-Q3", MilestoneStatus.IN_PROGRESS).isLate(LocalDate.of(2026, 10, 1)));
        assertTrue(milestone("2026-Q3", MilestoneStatus.PLANNED).isLate(LocalDate.of(2026, 10, 1)));
        assertTrue(milestone("2026-Q3", MilestoneStatus.AT_RISK).isLate(LocalDate.of(2027, 1, 1)));
        assertFalse(milestone("2026-Q3", MilestoneStatus.DONE).isLate(LocalDate.of(2027, 1, 1)));
        assertFalse(milestone("2026-Q3", MilestoneStatus.DROPPED).isLate(LocalDate.of(2027, 1, 1)));
        assertFalse(milestone("2026-Q4", MilestoneStatus.PLANNED).isLate(LocalDate.of(2026, 10, 1)));
    }

    @Test
    void milestoneNeedsAQuarterNotAMonth() {
        assertThrows(DomainException.class, () -> milestone("2026-10", MilestoneStatus.PLANNED));
    }

    @Test
    void maturityTrendSortsByQuarterAndComparesTheLatestWithTheOneBefore() {
        List<MaturityLevel> levels = List.of(new MaturityLevel("a", "2026-Q3", 3, null),
                new MaturityLevel("a", "2026-Q1", 1, null), new MaturityLevel("b", "2026-Q4", 5, null),
                new MaturityLevel("a", "2026-Q2", 2, "Baseline"));
        MaturityTrend trend = MaturityTrend.of("a", levels);
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3"), trend.points().stream().map(MaturityLevel::quarter).toList());
        assertEquals(3, trend.latest());
        assertEquals(1, trend.change());
        assertEquals(2, trend.sinceStart());
        assertEquals(MaturityTrend.Direction.UP, trend.direction());
    }

    @Test
    void maturityTrendWithOneLevelHasNoChangeAndFallsAndFlatsAreNamed() {
        assertNull(MaturityTrend.of("b", List.of(new MaturityLevel("b", "2026-Q4", 5, null))).change());
        assertEquals(MaturityTrend.Direction.NONE, MaturityTrend.of("x", List.of()).direction());
        assertEquals(MaturityTrend.Direction.DOWN, MaturityTrend.of("a", List.of(new MaturityLevel("a", "2026-Q1", 3, null),
                new MaturityLevel("a", "2026-Q2", 2, null))).direction());
        assertEquals(MaturityTrend.Direction.FLAT, MaturityTrend.of("a", List.of(new MaturityLevel("a", "2026-Q1", 3, null),
                new MaturityLevel("a", "2027-Q1", 3, null))).direction());
        assertThrows(DomainException.class, () -> new MaturityLevel("a", "2026-Q1", 6, null));
    }

    private static ReadinessCheck check(Integer... ratings) {
        return new ReadinessCheck("r", LocalDate.of(2026, 5, 1), List.of(ratings), null);
    }

    @Test
    void readinessResultIsThePatternWithTheHighestAverage() {
        ReadinessCheck c = check(2, 3, 2, 5, 4, 5, 3, 2, 3);
        assertEquals(List.of(ReadinessPattern.DISJOINTED_EFFORTS), c.result());
        assertEquals(14.0 / 3, c.averages().get(ReadinessPattern.DISJOINTED_EFFORTS), 1e-9);
        assertEquals(9, ReadinessCheck.statements().size());
        assertEquals(ReadinessPattern.LACK_OF_CLARITY, ReadinessCheck.statements().get(8).pattern());
    }

    @Test
    void readinessTiesShowEveryPatternOnTop() {
        assertEquals(List.of(ReadinessPattern.LACK_OF_FOCUS, ReadinessPattern.LACK_OF_CLARITY),
                check(4, 4, 4, 1, 2, 3, 5, 4, 3).result());
        assertEquals(List.of(ReadinessPattern.values()), check(3, 3, 3, 3, 3, 3, 3, 3, 3).result());
    }

    @Test
    void readinessNeedsNineRatingsFromOneToFive() {
        assertThrows(DomainException.class, () -> check(3, 3, 3));
        assertThrows(DomainException.class, () -> check(3, 3, 3, 3, 3, 3, 3, 3, 0));
        assertThrows(DomainException.class, () -> new ReadinessCheck("r", LocalDate.of(2026, 5, 1),
                java.util.Arrays.asList(3, 3, 3, 3, null, 3, 3, 3, 3), null));
    }

    @Test
    void plannedSlotsCountEachCadenceStepFromTheFirstSessionUpToToday() {
        LocalDate first = LocalDate.of(2026, 1, 5);
        assertEquals(1, SessionsHeld.plannedSlots(Cadence.WEEKLY, first, first));
        assertEquals(1, SessionsHeld.plannedSlots(Cadence.WEEKLY, first, first.plusDays(6)));
        assertEquals(2, SessionsHeld.plannedSlots(Cadence.WEEKLY, first, first.plusDays(7)));
        assertEquals(3, SessionsHeld.plannedSlots(Cadence.BIWEEKLY, first, first.plusWeeks(5)));
        assertEquals(12, SessionsHeld.plannedSlots(Cadence.MONTHLY, first, LocalDate.of(2026, 12, 31)));
        assertEquals(4, SessionsHeld.plannedSlots(Cadence.QUARTERLY, first, LocalDate.of(2026, 12, 31)));
        assertEquals(0, SessionsHeld.plannedSlots(Cadence.WEEKLY, first, first.minusDays(1)));
    }

    @Test
    void sessionsHeldCountsCompletedAndCancelledAgainstPlannedBeforeToday() {
        MeetingSeries weekly = new MeetingSeries("s", "Weekly", Cadence.WEEKLY, 60, DayOfWeek.MONDAY,
                LocalTime.of(9, 0), "UTC", null, List.of());
        LocalDate first = LocalDate.of(2026, 1, 5);
        List<Meeting> meetings = List.of(
                meeting("m1", first, MeetingStatus.COMPLETED),
                meeting("m2", first.plusWeeks(1), MeetingStatus.CANCELLED),
                meeting("m3", first.plusWeeks(2), MeetingStatus.COMPLETED),
                // week 4 never scheduled; today's session (week 5) is not yet due
                meeting("m5", first.plusWeeks(4), MeetingStatus.DRAFT),
                meeting("m6", first.plusWeeks(5), MeetingStatus.DRAFT));
        Workspace w = new Workspace(null, null, null, null, null, List.of(weekly), meetings, null, null);
        List<SessionsHeld> lines = SessionsHeld.of(w, first.plusWeeks(4), ZoneId.of("UTC"));
        assertEquals(List.of(new SessionsHeld("s", "Weekly", first, 4, 2, 1)), lines);
        assertEquals(50.0, lines.getFirst().heldPercent(), 1e-9);
        assertEquals(List.of(), SessionsHeld.of(w, first, ZoneId.of("UTC")), "nothing before the first session's day");
        assertEquals(List.of(new SessionsHeld("s", "Weekly", first, 1, 1, 0)),
                SessionsHeld.of(w, first.plusDays(1), ZoneId.of("UTC")));
    }

    private static Meeting meeting(String id, LocalDate day, MeetingStatus status) {
        return new Meeting(id, "s", "Session", OffsetDateTime.of(day, LocalTime.of(9, 0), ZoneOffset.UTC), 60, status,
                null, null, List.of(), null, List.of(), List.of());
    }

    @Test
    void defaultSponsorQuestionsCoverAllEightCeoActionsAndCheckInAveragesPerAction() {
        List<SponsorQuestion> defaults = SponsorQuestion.defaults();
        assertEquals(List.of(CeoAction.values()), defaults.stream().map(SponsorQuestion::action).distinct().toList());
        SponsorCheckIn checkIn = new SponsorCheckIn("c", LocalDate.of(2026, 10, 1), null, List.of(
                new SponsorAnswer("q1a", 4, null), new SponsorAnswer("q1b", 2, "Tactics so far"),
                new SponsorAnswer("q5", 3, null)));
        assertEquals(3.0, checkIn.average(CeoAction.TAKE_OWNERSHIP, defaults).getAsDouble(), 1e-9);
        assertTrue(checkIn.average(CeoAction.PROVIDE_AIR_COVER, defaults).isEmpty());
        assertThrows(DomainException.class, () -> new SponsorCheckIn("c", LocalDate.of(2026, 10, 1), null,
                List.of(new SponsorAnswer("q5", 3, null), new SponsorAnswer("q5", 4, null))));
    }
}
