package org.cxcadence.domain;

import static org.cxcadence.domain.ActionFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cxcadence.domain.AgendaDraft.ActionLine;
import org.cxcadence.domain.AgendaDraft.CarriedItem;
import org.junit.jupiter.api.Test;

/** The carry-forward rules at their edges: what the next session hears again, and why. */
class CarryForwardTest {
    private static final String SERIES = "s1";
    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);
    private static final LocalDate NOV_9 = LocalDate.of(2026, 11, 9);
    private static final LocalDate NOV_16 = LocalDate.of(2026, 11, 16);
    private static final LocalDate NOV_23 = LocalDate.of(2026, 11, 23);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static AgendaItem item(String id, AgendaItemKind kind, AgendaOutcome outcome, String carriedFrom) {
        return new AgendaItem(id, "Topic " + id, kind, "ta1", "p1", 10, "prep", List.of("https://x"), "said",
                60L, outcome, carriedFrom, List.of());
    }

    private static AgendaItem topic(String id, AgendaOutcome outcome) {
        return item(id, AgendaItemKind.TOPIC, outcome, null);
    }

    private static Meeting meeting(String id, LocalDate day, MeetingStatus status, AgendaItem... agenda) {
        return new Meeting(id, SERIES, "Weekly", at(day, 9), 60, status, null, null, List.of(), null,
                List.of(agenda), List.of());
    }

    private static Workspace workspace(List<Meeting> meetings, List<ActionItem> actions, List<Metric> metrics) {
        return new Workspace(null, List.of(new Person("p1", "Ana", null, null, null, null, true),
                new Person("p2", "Ben", null, null, null, null, true)), List.of(), List.of(), List.of(), List.of(),
                meetings, actions, metrics);
    }

    private static List<String> carriedIds(List<Meeting> meetings, Meeting target) {
        return CarryForward.items(meetings, target).stream().map(c -> c.source().id()).toList();
    }

    @Test
    void carryForwardKeepsDeferredAndNotReachedItemsOfTheLastSessionWithTheirReason() {
        Meeting last = meeting("m1", NOV_16, MeetingStatus.COMPLETED, topic("a", AgendaOutcome.DISCUSSED),
                topic("b", AgendaOutcome.DEFERRED), topic("c", AgendaOutcome.NOT_REACHED));
        Meeting next = meeting("m2", NOV_23, MeetingStatus.DRAFT);
        List<CarriedItem> items = CarryForward.items(List.of(last, next), next);
        assertEquals(List.of("b", "c"), items.stream().map(c -> c.source().id()).toList());
        assertEquals("deferred on 16 Nov", items.get(0).reason().describe());
        assertEquals("not reached on 16 Nov", items.get(1).reason().describe());
        AgendaItem copy = items.get(0).toAgendaItem("new");
        assertEquals("b", copy.carriedFromId());
        assertEquals(null, copy.outcome());
        assertEquals(null, copy.notes());
        assertEquals(List.of("https://x"), copy.links());
    }

    @Test
    void onlyTheLastCompletedSessionCountsNotOlderOnes() {
        Meeting older = meeting("m0", NOV_9, MeetingStatus.COMPLETED, topic("old", AgendaOutcome.DEFERRED));
        Meeting last = meeting("m1", NOV_16, MeetingStatus.COMPLETED, topic("a", AgendaOutcome.DISCUSSED));
        Meeting next = meeting("m2", NOV_23, MeetingStatus.DRAFT);
        assertEquals(List.of(), carriedIds(List.of(older, last, next), next));
    }

    @Test
    void aCancelledSessionsTopicsArePassedOnAndItsStandingItemsAreNot() {
        Meeting last = meeting("m0", NOV_2, MeetingStatus.COMPLETED, topic("d", AgendaOutcome.DEFERRED));
        Meeting cancelled = meeting("m1", NOV_9, MeetingStatus.CANCELLED,
                item("std", AgendaItemKind.ACTION_REVIEW, null, null), item("d2", AgendaItemKind.TOPIC, null, "d"),
                topic("planned", null));
        Meeting next = meeting("m2", NOV_16, MeetingStatus.DRAFT);
        List<CarriedItem> items = CarryForward.items(List.of(last, cancelled, next), next);
        // d was already copied onto the cancelled session: only that copy comes, not d and d2 both
        assertEquals(List.of("d2", "planned"), items.stream().map(c -> c.source().id()).toList());
        assertEquals("from the cancelled session of 9 Nov", items.get(0).reason().describe());
    }

    @Test
    void nothingIsBroughtTwiceOntoTheTargetOrAnotherUpcomingSession() {
        Meeting last = meeting("m1", NOV_9, MeetingStatus.COMPLETED, topic("b", AgendaOutcome.DEFERRED),
                topic("c", AgendaOutcome.NOT_REACHED));
        Meeting extra = meeting("x", NOV_16, MeetingStatus.DRAFT, item("b2", AgendaItemKind.TOPIC, null, "b"));
        Meeting next = meeting("m2", NOV_23, MeetingStatus.DRAFT, item("c2", AgendaItemKind.TOPIC, null, "c"));
        assertEquals(List.of(), carriedIds(List.of(last, extra, next), next));
    }

    @Test
    void aSessionOutsideASeriesGetsNoCarriedItems() {
        Meeting last = meeting("m1", NOV_16, MeetingStatus.COMPLETED, topic("b", AgendaOutcome.DEFERRED));
        Meeting oneOff = new Meeting("o", null, "One-off", at(NOV_23, 9), 60, MeetingStatus.DRAFT, null, null,
                List.of(), null, List.of(), List.of());
        assertEquals(List.of(), carriedIds(List.of(last, oneOff), oneOff));
    }

    @Test
    void reasonForAnItemOnTheAgendaComesFromItsSource() {
        Meeting last = meeting("m1", NOV_16, MeetingStatus.COMPLETED, topic("b", AgendaOutcome.NOT_REACHED));
        AgendaItem carried = item("b2", AgendaItemKind.TOPIC, null, "b");
        assertEquals("not reached on 16 Nov", CarryForward.reasonFor(carried, List.of(last)).orElseThrow().describe());
        assertTrue(CarryForward.reasonFor(topic("new", null), List.of(last)).isEmpty());
    }

    private static ActionItem action(String id, String owner, ActionStatus status, LocalDate due, LocalDate created,
                                     List<ActionUpdate> updates) {
        return new ActionItem(id, "Action " + id, owner, status, null, "m1", null, due, null, null, null, null,
                at(created, 10), null, updates);
    }

    @Test
    void overdueAndDueBeforeTheSessionAreBroughtGroupedByOwnerAndDoneIsNot() {
        Meeting held = meeting("m1", NOV_16, MeetingStatus.COMPLETED);
        Meeting next = meeting("m2", NOV_23, MeetingStatus.DRAFT);
        List<ActionItem> actions = List.of(
                action("late", "p2", ActionStatus.OPEN, LocalDate.of(2026, 11, 11), NOV_16, List.of()),
                action("soon", "p1", ActionStatus.IN_PROGRESS, LocalDate.of(2026, 11, 21), NOV_16, List.of()),
                action("later", "p1", ActionStatus.OPEN, NOV_23, NOV_16, List.of()),
                action("done", "p1", ActionStatus.DONE, LocalDate.of(2026, 11, 1), NOV_16, List.of()),
                action("dropped", "p2", ActionStatus.DROPPED, LocalDate.of(2026, 11, 1), NOV_16, List.of()));
        Workspace w = workspace(List.of(held, next), actions, List.of());
        List<ActionLine> lines = CarryForward.actions(w, next, TODAY);
        assertEquals(List.of("soon", "late"), lines.stream().map(l -> l.action().id()).toList(),
                "owners in the people list's order; due on the session's day is not brought");
        assertEquals("due 21 Nov", lines.get(0).describeReasons());
        assertEquals("overdue 9 days", lines.get(1).describeReasons());
        assertEquals(List.of("p1", "p2"), List.copyOf(CarryForward.propose(w, next, TODAY).actionLinesByOwner().keySet()));
    }

    @Test
    void stalledActionsAreBroughtWithTheSessionsWithoutProgress() {
        List<Meeting> meetings = new ArrayList<>();
        meetings.add(meeting("m1", LocalDate.of(2026, 10, 26), MeetingStatus.COMPLETED));
        meetings.add(meeting("m2", NOV_2, MeetingStatus.COMPLETED));
        meetings.add(meeting("m3", NOV_9, MeetingStatus.COMPLETED));
        meetings.add(meeting("m4", NOV_16, MeetingStatus.COMPLETED));
        Meeting next = meeting("m5", NOV_23, MeetingStatus.DRAFT);
        meetings.add(next);
        ActionItem stuck = action("stuck", "p1", ActionStatus.OPEN, null, LocalDate.of(2026, 10, 26),
                List.of(new ActionUpdate("m2", NOV_2, ActionStatus.IN_PROGRESS, null, null)));
        ActionItem moving = action("moving", "p1", ActionStatus.IN_PROGRESS, null, LocalDate.of(2026, 10, 26),
                List.of(new ActionUpdate("m4", NOV_16, null, "drafted the script", null)));
        Workspace w = workspace(meetings, List.of(stuck, moving), List.of());
        List<ActionLine> lines = CarryForward.actions(w, next, TODAY);
        assertEquals(1, lines.size());
        assertEquals("stalled: no progress in 2 sessions", lines.getFirst().describeReasons());
    }

    @Test
    void overdueLongEnoughToStallIsSaidOnce() {
        Meeting next = meeting("m2", NOV_23, MeetingStatus.DRAFT);
        ActionItem late = new ActionItem("late", "Late", "p1", ActionStatus.OPEN, null, null, null,
                LocalDate.of(2026, 10, 30), null, null, null, null, at(TODAY.minusDays(5), 9), null, List.of());
        List<ActionLine> lines = CarryForward.actions(workspace(List.of(next), List.of(late), List.of()), next, TODAY);
        assertEquals("overdue 21 days", lines.getFirst().describeReasons());
    }

    @Test
    void metricsOffTargetAreBroughtWithValueAndTargetAndOnTargetOnesAreNot() {
        Metric nps = new Metric("nps", "NPS", MetricCategory.LOYALTY, MetricUnit.SCORE, Direction.HIGHER_IS_BETTER,
                MetricCadence.MONTHLY, null, null, false, null, null, List.of(
                        new MetricValue("2026-09", null, new BigDecimal("50"), new BigDecimal("45"), null),
                        new MetricValue("2026-10", null, new BigDecimal("38"), new BigDecimal("45"), null)));
        Metric retention = new Metric("ret", "Retention", MetricCategory.LOYALTY, MetricUnit.PERCENT,
                Direction.HIGHER_IS_BETTER, MetricCadence.MONTHLY, null, null, false, null, null, List.of(
                        new MetricValue("2026-10", null, new BigDecimal("91.0"), new BigDecimal("90"), null)));
        Metric churn = new Metric("churn", "Churn", MetricCategory.LOYALTY, MetricUnit.PERCENT,
                Direction.LOWER_IS_BETTER, MetricCadence.MONTHLY, null, null, false, null, null, List.of(
                        new MetricValue("2026-10", null, new BigDecimal("7.50"), new BigDecimal("5"), null)));
        Workspace w = workspace(List.of(), List.of(), List.of(nps, retention, churn));
        assertEquals(List.of("NPS 38 vs target 45", "Churn 7.5% vs target 5%"),
                CarryForward.metrics(w).stream().map(l -> l.reason().describe()).toList());
    }

    @Test
    void perSegmentMetricsNameTheSegment() {
        Metric nps = new Metric("nps", "NPS", MetricCategory.LOYALTY, MetricUnit.SCORE, Direction.HIGHER_IS_BETTER,
                MetricCadence.MONTHLY, null, null, true, null, null, List.of(
                        new MetricValue("2026-10", "seg-e", new BigDecimal("38"), new BigDecimal("45"), null),
                        new MetricValue("2026-10", "seg-m", new BigDecimal("48"), new BigDecimal("45"), null)));
        Workspace w = new Workspace(null, List.of(), List.of(), List.of(), List.of(new Segment("seg-e", "Enterprise",
                null, false), new Segment("seg-m", "Mid-market", null, false)), List.of(), List.of(), List.of(),
                List.of(nps));
        assertEquals(List.of("NPS (Enterprise) 38 vs target 45"),
                CarryForward.metrics(w).stream().map(l -> l.reason().describe()).toList());
    }

    @Test
    void largeOffTargetFiguresReadWithGroupedThousands() {
        assertEquals("Customers lost (value) 4,837,342 vs target 4,752,000",
                CarryReason.offTarget("Customers lost (value)", new BigDecimal("4837342"), new BigDecimal("4752000"),
                        MetricUnit.CURRENCY).describe());
        assertEquals("Retention 87.5% vs target 88%",
                CarryReason.offTarget("Retention", new BigDecimal("87.50"), new BigDecimal("88"), MetricUnit.PERCENT).describe());
    }
}
