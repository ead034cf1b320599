package org.cxcadence.service.demo;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionRules;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.ActionUpdate;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaOutcome;
import org.cxcadence.domain.Attendance;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.MetricSnapshotEntry;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.NetCustomerChange;
import org.cxcadence.domain.OffTargetRule;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.StallReason;
import org.cxcadence.domain.StallRule;
import org.cxcadence.domain.StarterMetrics;
import org.cxcadence.domain.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCompanyTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);

    private final Workspace demo = DemoCompany.build(MONDAY);

    // --- determinism ---

    @Test
    void theSameDayGivesTheSameCompany() {
        assertEquals(DemoCompany.build(THURSDAY), DemoCompany.build(THURSDAY));
    }

    @Test
    void aWeekLaterEverySessionAndDueDateMovesByAWeek() {
        Workspace later = DemoCompany.build(MONDAY.plusWeeks(1));
        assertEquals(demo.meetings().size(), later.meetings().size());
        for (int i = 0; i < demo.meetings().size(); i++) {
            Meeting a = demo.meetings().get(i);
            Meeting b = later.meetings().get(i);
            assertEquals(a.start().toLocalDate().plusWeeks(1), b.start().toLocalDate(), a.id());
            assertEquals(a.status(), b.status());
        }
        Map<String, ActionItem> laterById = byId(later.actionItems(), ActionItem::id);
        for (ActionItem a : demo.actionItems()) {
            ActionItem b = laterById.get(a.id());
            assertNotNull(b, a.id());
            assertEquals(a.status(), b.status(), a.id());
            assertEquals(a.due() == null ? null : a.due().plusWeeks(1), b.due(), a.id());
        }
        assertNotEquals(demo, later);
    }

    @Test
    void neverReadsTheClock() {
        LocalDate longAgo = LocalDate.of(2011, 3, 14);
        Workspace w = DemoCompany.build(longAgo);
        assertTrue(w.meetings().stream().allMatch(m -> m.start().toLocalDate().isBefore(longAgo.plusWeeks(2))));
    }

    // --- the company ---

    @Test
    void looksLikeACompanyACcoWouldRecognise() {
        assertNotNull(demo.settings().companyName());
        assertTrue(demo.people().size() >= 9);
        Set<String> silos = demo.people().stream().map(p -> p.silo()).collect(Collectors.toSet());
        assertTrue(silos.containsAll(List.of("Sales", "Marketing", "Operations", "Service", "Product", "Finance",
                "IT", "HR")), silos.toString());
        assertTrue(demo.people().stream().allMatch(p -> p.title() != null && p.email() != null && p.email().contains("@")));
        assertEquals(5, demo.topicAreas().size());
        assertEquals(List.of("Choose", "Join", "Use", "Get help", "Renew"),
                demo.journeyStages().stream().map(s -> s.name()).toList());
        assertEquals(List.of("Enterprise", "Mid-market", "Small business"),
                demo.segments().stream().map(s -> s.name()).toList());
        assertFalse(demo.hasNoUserContent());
    }

    @Test
    void holdsOneWeeklySeriesOnMondayMorningInChicago() {
        assertEquals(1, demo.series().size());
        MeetingSeries s = demo.series().getFirst();
        assertEquals("Weekly customer accountability", s.name());
        assertEquals(DayOfWeek.MONDAY, s.weekday());
        assertEquals(LocalTime.of(9, 0), s.time());
        assertEquals("America/Chicago", s.timeZone());
        assertEquals(60, s.durationMinutes());
        assertEquals("Chief Customer Officer", person(s.facilitatorId()).title());
        assertTrue(s.attendeeIds().size() >= 9);
    }

    // --- sessions ---

    @Test
    void halfAYearOfCompletedSessionsAllBeforeToday() {
        List<Meeting> completed = completed(demo);
        assertTrue(completed.size() >= 24 && completed.size() <= 27, "completed: " + completed.size());
        assertTrue(completed.stream().allMatch(m -> m.start().toLocalDate().isBefore(MONDAY)));
        assertTrue(completed.getFirst().start().toLocalDate().isBefore(MONDAY.minusMonths(5)));
    }

    @Test
    void exactlyOnePendingSessionTheDraftOnOrAfterToday() {
        List<Meeting> pending = demo.meetings().stream().filter(m -> m.status().isPending()).toList();
        assertEquals(1, pending.size());
        Meeting next = pending.getFirst();
        assertEquals(MeetingStatus.DRAFT, next.status());
        assertFalse(next.start().toLocalDate().isBefore(MONDAY));
        assertTrue(next.agenda().size() >= 3);
        assertTrue(next.agenda().stream().allMatch(a -> a.outcome() == null && a.spentSeconds() == null));
        assertTrue(next.agenda().stream().anyMatch(a -> a.carriedFromId() != null), "brings forward last time's leftovers");
    }

    @Test
    void onTodayAThursdayTheDraftIsNextMonday() {
        Meeting next = DemoCompany.build(THURSDAY).meetings().stream().filter(m -> m.status().isPending())
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 30), next.start().toLocalDate());
    }

    @Test
    void everyCompletedSessionWasRecordedInFull() {
        for (Meeting m : completed(demo)) {
            assertEquals(AgendaItemKind.METRICS_REVIEW, m.agenda().get(0).kind(), m.id());
            assertEquals(AgendaItemKind.ACTION_REVIEW, m.agenda().get(1).kind(), m.id());
            assertTrue(m.agenda().size() >= 3, m.id());
            assertNotNull(m.rating(), m.id());
            assertNotNull(m.actualStart(), m.id());
            assertTrue(m.actualEnd().isAfter(m.actualStart()), m.id());
            assertFalse(m.attendance().isEmpty(), m.id());
            assertFalse(m.metricSnapshot().isEmpty(), m.id());
            for (AgendaItem a : m.agenda()) {
                assertNotNull(a.outcome(), a.id());
                assertNotNull(a.spentSeconds(), a.id());
                if (a.outcome() == AgendaOutcome.DISCUSSED) {
                    assertNotNull(a.notes(), a.id());
                    assertFalse(a.notes().isBlank(), a.id());
                }
            }
        }
    }

    @Test
    void theRoomTakesDecisionsAndRatesItsSessions() {
        long decisions = completed(demo).stream().flatMap(m -> m.agenda().stream()).mapToLong(a -> a.decisions().size()).sum();
        assertTrue(decisions >= 20, "decisions: " + decisions);
        Set<Integer> ratings = completed(demo).stream().map(Meeting::rating).collect(Collectors.toSet());
        assertTrue(ratings.size() >= 3, "ratings vary: " + ratings);
    }

    @Test
    void someLeadersMissSessionsAndOneSendsADelegate() {
        List<Attendance> all = completed(demo).stream().flatMap(m -> m.attendance().stream()).toList();
        assertTrue(all.stream().anyMatch(a -> !a.present() && a.delegateName() == null));
        assertTrue(all.stream().anyMatch(a -> !a.present() && a.delegateName() != null));
    }

    @Test
    void deferredAndUnreachedItemsAreCarriedForward() {
        Map<String, AgendaItem> items = demo.meetings().stream().flatMap(m -> m.agenda().stream())
                .collect(Collectors.toMap(AgendaItem::id, Function.identity()));
        Set<AgendaOutcome> carriedOutcomes = EnumSet.noneOf(AgendaOutcome.class);
        for (AgendaItem a : items.values()) {
            if (a.carriedFromId() != null) {
                AgendaItem from = items.get(a.carriedFromId());
                assertTrue(from.outcome().carriesForward(), a.id());
                assertEquals(from.title(), a.title());
                carriedOutcomes.add(from.outcome());
            }
        }
        assertEquals(EnumSet.of(AgendaOutcome.DEFERRED, AgendaOutcome.NOT_REACHED), carriedOutcomes);
    }

    // --- actions ---

    @Test
    void holdsActionsInEveryStatus() {
        Set<ActionStatus> statuses = demo.actionItems().stream().map(ActionItem::status).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(ActionStatus.class), statuses);
    }

    @Test
    void someOpenWorkIsOverdueAndSomeHasStalledForEachReason() {
        StallRule rule = StallRule.of(demo, MONDAY);
        assertTrue(demo.actionItems().stream().anyMatch(a -> ActionRules.isOverdue(a, MONDAY)));
        Set<StallReason.Kind> kinds = demo.actionItems().stream().flatMap(a -> rule.reasons(a).stream())
                .map(StallReason::kind).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(StallReason.Kind.class), kinds);
        long open = demo.actionItems().stream().filter(ActionRules::isOpen).count();
        long stalled = demo.actionItems().stream().filter(rule::isStalled).count();
        assertTrue(stalled < open / 2, "most open work moves: " + stalled + " of " + open + " stalled");
    }

    @Test
    void aDueDatePushHidesAStallButDoesNotCountAsProgress() {
        StallRule rule = StallRule.of(demo, MONDAY);
        assertTrue(demo.actionItems().stream().anyMatch(a -> rule.isStalled(a)
                && a.updates().stream().anyMatch(u -> u.due() != null && u.note() == null && u.status() == null)));
    }

    @Test
    void everyActionSaysWhichCustomerExperienceItImproves() {
        assertTrue(demo.actionItems().stream().allMatch(ActionItem::hasCustomerImpact));
        assertTrue(demo.actionItems().stream().anyMatch(a -> a.kind() != null && a.journeyStageId() != null));
    }

    @Test
    void blockedActionsNameTheirBlocker() {
        demo.actionItems().stream().filter(a -> a.status() == ActionStatus.BLOCKED)
                .forEach(a -> assertNotNull(a.blocker(), a.id()));
    }

    @Test
    void anActionsStatusAndDueDateFollowItsUpdates() {
        for (ActionItem a : demo.actionItems()) {
            List<ActionUpdate> updates = a.updates().stream().sorted(Comparator.comparing(ActionUpdate::date)).toList();
            ActionStatus last = updates.stream().map(ActionUpdate::status).filter(s -> s != null)
                    .reduce((x, y) -> y).orElse(ActionStatus.OPEN);
            assertEquals(last, a.status(), a.id());
            updates.stream().map(ActionUpdate::due).filter(d -> d != null).reduce((x, y) -> y)
                    .ifPresent(d -> assertEquals(d, a.due(), a.id()));
            assertEquals(a.status() == ActionStatus.DONE, a.completedAt() != null, a.id());
            assertTrue(a.createdAt().toLocalDate().isBefore(MONDAY), a.id());
            assertTrue(updates.stream().allMatch(u -> !u.date().isAfter(MONDAY)
                    && !u.date().isBefore(a.createdAt().toLocalDate())), a.id());
        }
    }

    // --- references ---

    @Test
    void everyReferenceResolves() {
        Set<String> people = ids(demo.people().stream().map(p -> p.id()));
        Set<String> areas = ids(demo.topicAreas().stream().map(t -> t.id()));
        Set<String> stages = ids(demo.journeyStages().stream().map(s -> s.id()));
        Set<String> segments = ids(demo.segments().stream().map(s -> s.id()));
        Set<String> series = ids(demo.series().stream().map(MeetingSeries::id));
        Set<String> metrics = ids(demo.metrics().stream().map(Metric::id));
        Map<String, Meeting> meetings = byId(demo.meetings(), Meeting::id);
        Map<String, String> meetingOfItem = new HashMap<>();
        demo.meetings().forEach(m -> m.agenda().forEach(a -> meetingOfItem.put(a.id(), m.id())));

        for (MeetingSeries s : demo.series()) {
            assertTrue(people.contains(s.facilitatorId()));
            assertTrue(people.containsAll(s.attendeeIds()));
        }
        for (Meeting m : demo.meetings()) {
            assertTrue(series.contains(m.seriesId()), m.id());
            m.attendance().forEach(a -> assertTrue(people.contains(a.personId()), m.id()));
            for (AgendaItem a : m.agenda()) {
                assertTrue(a.topicAreaId() == null || areas.contains(a.topicAreaId()), a.id());
                assertTrue(a.presenterId() == null || people.contains(a.presenterId()), a.id());
                if (a.carriedFromId() != null) {
                    Meeting from = meetings.get(meetingOfItem.get(a.carriedFromId()));
                    assertTrue(from.start().isBefore(m.start()), a.id());
                }
            }
            for (MetricSnapshotEntry e : m.metricSnapshot()) {
                assertTrue(metrics.contains(e.metricId()), m.id());
                assertTrue(e.segmentId() == null || segments.contains(e.segmentId()), m.id());
            }
        }
        for (ActionItem a : demo.actionItems()) {
            assertTrue(people.contains(a.ownerId()), a.id());
            assertTrue(a.topicAreaId() == null || areas.contains(a.topicAreaId()), a.id());
            assertTrue(a.journeyStageId() == null || stages.contains(a.journeyStageId()), a.id());
            assertTrue(a.meetingId() == null || meetings.containsKey(a.meetingId()), a.id());
            if (a.agendaItemId() != null) {
                assertEquals(a.meetingId(), meetingOfItem.get(a.agendaItemId()), a.id());
            }
            a.updates().forEach(u -> assertTrue(u.meetingId() == null || meetings.containsKey(u.meetingId()), a.id()));
        }
        for (Metric m : demo.metrics()) {
            assertTrue(m.ownerId() == null || people.contains(m.ownerId()), m.id());
            m.values().forEach(v -> assertTrue(v.segmentId() == null || segments.contains(v.segmentId()), m.id()));
        }
    }

    @Test
    void idsAreUniqueWithinTheirKind() {
        assertUnique(demo.people().stream().map(p -> p.id()));
        assertUnique(demo.meetings().stream().map(Meeting::id));
        assertUnique(demo.meetings().stream().flatMap(m -> m.agenda().stream()).map(AgendaItem::id));
        assertUnique(demo.meetings().stream().flatMap(m -> m.agenda().stream()).flatMap(a -> a.decisions().stream())
                .map(d -> d.id()));
        assertUnique(demo.actionItems().stream().map(ActionItem::id));
    }

    // --- metrics ---

    @Test
    void offersTheStarterMetricsWithOwners() {
        assertEquals(StarterMetrics.all().stream().map(Metric::id).toList(),
                demo.metrics().stream().map(Metric::id).toList());
        demo.metrics().stream().filter(m -> !StarterMetrics.isComputed(m))
                .forEach(m -> assertNotNull(m.ownerId(), m.id()));
        assertTrue(demo.metrics().stream().filter(StarterMetrics::isComputed).allMatch(m -> m.values().isEmpty()));
    }

    @Test
    void aYearOfValuesWithTargetsForEveryEnteredMetric() {
        for (Metric m : demo.metrics()) {
            if (StarterMetrics.isComputed(m)) {
                continue;
            }
            Set<String> periods = m.values().stream().map(MetricValue::period).collect(Collectors.toSet());
            assertEquals(m.cadence() == MetricCadence.MONTHLY ? 12 : 4, periods.size(), m.id());
            Period latest = periods.stream().map(Period::parse).max(Comparator.naturalOrder()).orElseThrow();
            assertTrue(latest.endDate().isBefore(MONDAY), m.id());
            assertEquals(Period.containing(MONDAY, m.cadence()).previous(), latest, m.id());
            int lines = m.perSegment() ? 3 : 1;
            assertEquals(periods.size() * lines, m.values().size(), m.id());
            assertTrue(m.values().stream().allMatch(v -> v.value() != null && v.target() != null), m.id());
            assertTrue(m.values().stream().allMatch(v -> m.perSegment() == (v.segmentId() != null)), m.id());
        }
    }

    @Test
    void someMetricsRunOffTargetForSeveralPeriodsAndSomeAreOnTarget() {
        assertTrue(demo.metrics().stream().anyMatch(OffTargetRule::isOffTarget));
        assertTrue(demo.metrics().stream().flatMap(m -> OffTargetRule.offTargets(m).stream())
                .anyMatch(o -> o.periodsRunning() >= 3));
        assertTrue(demo.metrics().stream().anyMatch(m -> !StarterMetrics.isComputed(m) && !OffTargetRule.isOffTarget(m)));
    }

    @Test
    void theCompanyLosesMoreCustomersThanItGainsInSomeMonths() {
        List<NetCustomerChange.Entry> totals = NetCustomerChange.totalsByPeriod(NetCustomerChange.volume(demo.metrics()));
        assertEquals(12, totals.size());
        assertTrue(totals.stream().anyMatch(e -> e.net().signum() < 0));
        assertTrue(totals.stream().allMatch(e -> e.acquired().intValue() > 1000 && e.lost().intValue() > 1000),
                "gains and losses in the thousands");
    }

    @Test
    void snapshotsShowWhatWasKnownAtTheSession() {
        Map<String, Metric> metrics = byId(demo.metrics(), Metric::id);
        for (Meeting m : completed(demo)) {
            for (MetricSnapshotEntry e : m.metricSnapshot()) {
                Period p = Period.parse(e.period());
                assertTrue(p.endDate().isBefore(m.start().toLocalDate()), m.id() + " " + e);
                MetricValue v = metrics.get(e.metricId()).values().stream()
                        .filter(x -> x.period().equals(e.period()) && java.util.Objects.equals(x.segmentId(), e.segmentId()))
                        .findFirst().orElseThrow();
                assertEquals(v.value(), e.value());
                assertEquals(v.target(), e.target());
            }
        }
    }

    // --- any day ---

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23", "2026-11-24", "2026-11-29", "2027-01-01", "2026-03-09", "2026-03-08",
            "2028-02-29", "2026-11-02", "2030-06-15", "2026-12-31"})
    void holdsItsPromisesWhateverDayIsToday(String day) {
        LocalDate today = LocalDate.parse(day);
        Workspace w = DemoCompany.build(today);
        StallRule rule = StallRule.of(w, today);
        assertEquals(1, w.meetings().stream().filter(m -> m.status().isPending()).count());
        assertEquals(EnumSet.allOf(ActionStatus.class),
                w.actionItems().stream().map(ActionItem::status).collect(Collectors.toCollection(() -> EnumSet.noneOf(ActionStatus.class))));
        assertTrue(w.actionItems().stream().anyMatch(a -> ActionRules.isOverdue(a, today)));
        assertEquals(EnumSet.allOf(StallReason.Kind.class), w.actionItems().stream()
                .flatMap(a -> rule.reasons(a).stream()).map(StallReason::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StallReason.Kind.class))));
        assertTrue(w.metrics().stream().anyMatch(OffTargetRule::isOffTarget));
        assertTrue(completed(w).stream().allMatch(m -> m.start().toLocalDate().isBefore(today)));
        assertTrue(w.meetings().stream().allMatch(m -> m.start().toLocalTime().equals(LocalTime.of(9, 0))));
    }

    private Person person(String id) {
        return demo.people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Meeting> completed(Workspace w) {
        return w.meetings().stream().filter(m -> m.status() == MeetingStatus.COMPLETED)
                .sorted(Comparator.comparing(Meeting::start)).toList();
    }

    private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static Set<String> ids(Stream<String> ids) {
        return ids.collect(Collectors.toSet());
    }

    private static void assertUnique(Stream<String> ids) {
        List<String> list = ids.toList();
        assertEquals(list.size(), new HashSet<>(list).size());
    }
}
