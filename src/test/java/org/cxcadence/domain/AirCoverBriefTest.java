package org.cxcadence.domain;

import static org.cxcadence.domain.ActionFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What goes into the CEO's air-cover brief, and in which order. */
class AirCoverBriefTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static ActionItem open(String id, String owner, ActionStatus status, LocalDate created, LocalDate due,
                                   String blocker, List<ActionUpdate> updates) {
        return new ActionItem(id, "Action " + id, owner, status, null, null, null, due, "Impact " + id, null, null,
                blocker, at(created, 10), null, updates);
    }

    private static ActionItem done(String id, String owner, LocalDate due, LocalDate completed) {
        return new ActionItem(id, "Done " + id, owner, ActionStatus.DONE, null, null, null, due, null, null, null, null,
                at(LocalDate.of(2026, 9, 1), 10), at(completed, 10), List.of());
    }

    private static Metric metric(String id, String... periodValueTarget) {
        List<MetricValue> values = new java.util.ArrayList<>();
        for (int i = 0; i < periodValueTarget.length; i += 3) {
            values.add(new MetricValue(periodValueTarget[i], null, new BigDecimal(periodValueTarget[i + 1]),
                    new BigDecimal(periodValueTarget[i + 2]), null));
        }
        return new Metric(id, "Metric " + id, MetricCategory.LOYALTY, MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER,
                MetricCadence.MONTHLY, null, null, false, null, "ana", values);
    }

    @Test
    void briefGathersStalledLowestOnTimeLongOffTargetAndBlocked() {
        List<Person> people = List.of(new Person("ana", "Ana", null, null, null, 1, true),
                new Person("ben", "Ben", null, null, null, 2, true),
                new Person("cy", "Cy", null, null, null, 3, true));
        List<ActionItem> actions = List.of(
                open("s1", "ana", ActionStatus.OPEN, LocalDate.of(2026, 6, 1), TODAY.minusDays(20), null,
                        List.of(new ActionUpdate(null, LocalDate.of(2026, 7, 1), null, "vendor call", null))),
                open("s2", "ben", ActionStatus.OPEN, LocalDate.of(2026, 9, 1), TODAY.minusDays(40), null, List.of()),
                open("b1", "ben", ActionStatus.BLOCKED, TODAY.minusDays(3), TODAY.plusDays(10), "Waiting for legal",
                        List.of()),
                open("fresh", "cy", ActionStatus.OPEN, TODAY.minusDays(2), TODAY.plusDays(5), null, List.of()),
                done("d1", "ana", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 5)),
                done("d2", "ben", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 25)),
                done("d3", "cy", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 25)));
        List<Metric> metrics = List.of(
                metric("long", "2026-08", "40", "50", "2026-09", "41", "50", "2026-10", "42", "50"),
                metric("short", "2026-08", "60", "50", "2026-09", "41", "50", "2026-10", "42", "50"));
        Workspace w = new Workspace(null, people, List.of(), List.of(), List.of(), List.of(), List.of(), actions,
                metrics);

        AirCoverBrief brief = AirCoverBrief.build(w, TODAY);

        assertEquals(List.of("s2", "s1"), brief.stalled().stream().map(AirCoverBrief.StalledItem::actionId).toList(),
                "most overdue first");
        AirCoverBrief.StalledItem s1 = brief.stalled().get(1);
        assertEquals("Ana", s1.ownerName());
        assertEquals(LocalDate.of(2026, 7, 1), s1.lastUpdate());
        assertEquals("vendor call", s1.lastUpdateNote());
        assertEquals(175L, s1.ageDays());
        assertEquals("ana", brief.lowestOnTime().getFirst().personId(), "0% on time comes first");
        assertEquals(3, brief.lowestOnTime().size());
        assertEquals(List.of("Metric long"), brief.offTarget().stream().map(AirCoverBrief.OffTargetLine::metricName).toList());
        assertEquals(3, brief.offTarget().getFirst().periodsRunning());
        assertEquals("Ana", brief.offTarget().getFirst().ownerName());
        assertEquals(1, brief.blocked().size());
        assertEquals("Waiting for legal", brief.blocked().getFirst().blocker());
        assertTrue(brief.stalled().stream().noneMatch(s -> s.actionId().equals("fresh")));
    }
}
