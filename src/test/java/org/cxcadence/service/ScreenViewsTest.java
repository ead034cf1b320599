package org.cxcadence.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.CarryForward;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.StallRule;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.agenda.AgendaDocuments;
import org.cxcadence.service.generate.BenchmarkSize;
import org.cxcadence.service.home.HomeSummaryBuilder;
import org.cxcadence.service.metrics.MetricViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each screen's read model (a part of the workspace read with targeted SQL) gives that screen what
 * the whole snapshot gives it: on the demo company and on a generated workspace, real SQLite files.
 */
class ScreenViewsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private final WorkspaceService workspaces = new WorkspaceService();
    private final ExchangeService exchange = new ExchangeService(workspaces, Clock.systemUTC());

    private Path demo() {
        Path file = dir.resolve("demo.cxcadence");
        exchange.fillWithDemo(file, TODAY);
        return file;
    }

    private Path generated() {
        Path file = dir.resolve("gen.cxcadence");
        // 70 weekly sessions a series: more history than the board and the scorecard look at
        exchange.generate(file, new BenchmarkSize("small", 3, 70, 4, 5, 20, 4, 6), 11, TODAY);
        return file;
    }

    @Test
    void prepareDraftOfEverySessionIsTheWholeSnapshotsOnTheDemo() {
        assertSameDrafts(demo());
    }

    @Test
    void prepareDraftIsTheWholeSnapshotsWithItemsToCarryAndASessionCalledOff() {
        Path file = demo();
        try (OpenWorkspace open = workspaces.openForWriting(file)) {
            AgendaService agenda = new AgendaService(open, Clock.systemUTC());
            List<Meeting> upcoming = open.snapshot().meetings().stream()
                    .filter(m -> m.status() == MeetingStatus.DRAFT || m.status() == MeetingStatus.READY)
                    .sorted(java.util.Comparator.comparing(Meeting::start)).toList();
            for (Meeting m : upcoming) {
                m.agenda().stream().filter(a -> a.carriedFromId() != null).forEach(a -> agenda.removeItem(m.id(), a.id()));
            }
            agenda.cancel(upcoming.getFirst().id(), TODAY);
        }
        assertTrue(assertSameDrafts(file) > 0, "some session has items to carry");
    }

    @Test
    void prepareDraftReadsRecentMetricValuesAndProposesTheSameMetricLinesAsTheWholeHistory() {
        Path file = dir.resolve("long.cxcadence");
        // 40 months of values: more than the window of recent periods a draft reads
        exchange.generate(file, new BenchmarkSize("long", 2, 12, 3, 3, 12, 12, 40), 7, TODAY);
        try (OpenWorkspace open = workspaces.openReadOnly(file)) {
            Workspace whole = open.snapshot();
            Meeting next = whole.meetings().stream().filter(m -> m.status().isPending()).findFirst().orElseThrow();
            Workspace view = open.sessionDraftView(next.id());
            assertTrue(view.metrics().stream().mapToInt(m -> m.values().size()).sum()
                    < whole.metrics().stream().mapToInt(m -> m.values().size()).sum(), "not every value is read");
            java.util.function.Function<Workspace, List<String>> lines = w -> CarryForward.propose(w, find(w, next.id()), TODAY)
                    .metricLines().stream()
                    .map(l -> l.metric().id() + " " + l.offTarget() + " " + l.reason()).toList();
            assertFalse(lines.apply(whole).isEmpty(), "some metric is off target");
            assertEquals(lines.apply(whole), lines.apply(view));
        }
    }

    @Test
    void prepareDraftOfEverySessionIsTheWholeSnapshotsOnAGeneratedWorkspace() {
        assertSameDrafts(generated());
    }

    @Test
    void runShowsTheSameReviewAndActionsAsTheWholeSnapshotOnTheDemo() {
        assertSameLiveViews(demo());
    }

    @Test
    void runShowsTheSameReviewAndActionsAsTheWholeSnapshotOnAGeneratedWorkspace() {
        assertSameLiveViews(generated());
    }

    @Test
    void metricsAndPrepareListsAreTheWholeSnapshotsWithoutSessionsOrActions() {
        // Open for writing, as the app opens it: the metric values are then read in two halves at once.
        try (OpenWorkspace open = workspaces.openForWriting(demo())) {
            assertTrue(open.snapshot().metrics().size() >= 2, "metrics on both sides of the middle");
            Workspace whole = open.snapshot();
            Workspace lists = open.listsView();
            assertTrue(lists.meetings().isEmpty());
            assertTrue(lists.actionItems().isEmpty());
            assertEquals(new Workspace(whole.settings(), whole.people(), whole.topicAreas(), whole.journeyStages(),
                    whole.segments(), whole.series(), List.of(), List.of(), whole.metrics(), whole.agendaTemplates(),
                    whole.invitations(), whole.minutes(), whole.milestones(), whole.maturity(),
                    whole.sponsorQuestions(), whole.checkIns(), whole.readinessChecks()), lists);
            assertEquals(MetricViews.dashboard(whole), MetricViews.dashboard(lists));
            whole.metrics().forEach(m -> assertEquals(MetricViews.trend(whole, m.id()), MetricViews.trend(lists, m.id())));
            assertEquals(MetricService.snapshotFor(whole, TODAY), MetricService.snapshotFor(lists, TODAY));
        }
    }

    @Test
    void actionsBoardListsAndScorecardsAreTheWholeSnapshotsOnTheDemo() {
        assertSameBoard(demo());
    }

    @Test
    void actionsBoardListsAndScorecardsAreTheWholeSnapshotsOnAGeneratedWorkspace() {
        assertSameBoard(generated());
    }

    private void assertSameBoard(Path file) {
        // Open for writing, as the app opens it: the actions and their updates are then read on two connections.
        try (OpenWorkspace open = workspaces.openForWriting(file)) {
            Workspace whole = open.snapshot();
            assertEquals(whole.actionItems(), open.actionsView(null).actionItems(), "done and all read every action");
            for (LocalDate today : List.of(TODAY, TODAY.minusMonths(5), TODAY.plusMonths(2))) {
                for (int weeks : List.of(1, org.cxcadence.domain.ScorecardWindow.DEFAULT_WEEKS, 26, 52, 104)) {
                    var window = org.cxcadence.domain.ScorecardWindow.lastWeeks(weeks, today);
                    Workspace view = open.actionsView(org.cxcadence.domain.Scorecard.earliestDayCounted(window, today));
                    assertEquals(ActionService.scorecards(whole, window, today), ActionService.scorecards(view, window, today),
                            weeks + " weeks to " + today);
                    for (ActionService.StatusFilter f : List.of(ActionService.StatusFilter.OPEN,
                            ActionService.StatusFilter.OVERDUE, ActionService.StatusFilter.STALLED)) {
                        assertEquals(ActionService.list(whole, null, f, today), ActionService.list(view, null, f, today));
                    }
                    var wholeRows = org.cxcadence.exchange.actions.ActionRow.all(whole, today);
                    var viewRows = org.cxcadence.exchange.actions.ActionRow.all(view, today);
                    assertEquals(wholeRows.stream().filter(r -> r.overdue() || r.stalled() || r.action().isOpen()).toList(),
                            viewRows.stream().filter(r -> r.overdue() || r.stalled() || r.action().isOpen()).toList(),
                            "lane counts");
                    assertEquals(whole.people(), view.people());
                    assertEquals(whole.milestones(), view.milestones());
                }
            }
        }
    }

    @Test
    void actionsBoardLeavesOutClosedActionsOlderThanTheScorecardLooks() {
        try (OpenWorkspace open = workspaces.openReadOnly(generated())) {
            Workspace whole = open.snapshot();
            Workspace part = open.actionsView(org.cxcadence.domain.Scorecard.earliestDayCounted(
                    org.cxcadence.domain.ScorecardWindow.defaultFor(TODAY), TODAY));
            assertTrue(part.actionItems().size() < whole.actionItems().size());
            assertTrue(part.meetings().stream().allMatch(m -> m.agenda().isEmpty()), "sessions are headers");
            assertEquals(whole.meetings().size(), part.meetings().size());
        }
    }

    @Test
    void minutesOfEveryHeldSessionAreTheWholeSnapshotsOnTheDemo() {
        assertSameMinutes(demo());
    }

    @Test
    void minutesOfEveryHeldSessionAreTheWholeSnapshotsOnAGeneratedWorkspace() {
        assertSameMinutes(generated());
    }

    private void assertSameMinutes(Path file) {
        try (OpenWorkspace open = workspaces.openReadOnly(file)) {
            Workspace whole = open.snapshot();
            int held = 0;
            for (var source : List.of(org.cxcadence.domain.minutes.ScorecardSource.NONE,
                    new org.cxcadence.domain.minutes.FollowThroughScorecard())) {
                MinutesService minutes = new MinutesService(open, Locale.US, null, source);
                for (var sections : List.of(org.cxcadence.domain.minutes.MinutesSection.all(),
                        Set.of(org.cxcadence.domain.minutes.MinutesSection.NOTES))) {
                    List<String> refs = new java.util.ArrayList<>(whole.meetings().stream()
                            .filter(org.cxcadence.domain.minutes.MinutesBuilder::hasMinutes).map(Meeting::id).toList());
                    refs.add("latest");
                    for (String ref : refs) {
                        Workspace view = minutes.view(ref, sections);
                        assertEquals(minutes.build(whole, ref, sections), minutes.build(view, ref, sections), ref);
                        held++;
                    }
                }
            }
            assertTrue(held > 4);
            MinutesService minutes = new MinutesService(open, Locale.US, null,
                    new org.cxcadence.domain.minutes.FollowThroughScorecard());
            assertTrue(minutes.view("latest", org.cxcadence.domain.minutes.MinutesSection.all()).actionItems().size()
                    <= whole.actionItems().size());
            org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                    () -> minutes.build("no-such-session", org.cxcadence.domain.minutes.MinutesSection.all()));
        }
    }

    @Test
    void historyListAndFiltersAreTheWholeSnapshotsOnTheDemo() {
        assertSameHistory(demo());
    }

    @Test
    void historyListAndFiltersAreTheWholeSnapshotsOnAGeneratedWorkspace() {
        assertSameHistory(generated());
    }

    private void assertSameHistory(Path file) {
        try (OpenWorkspace open = workspaces.openReadOnly(file)) {
            Workspace whole = open.snapshot();
            HistoryService history = new HistoryService(open);
            HistoryService.Listing listing = history.listing();
            assertEquals(HistoryService.Listing.of(whole).facts(), listing.facts(), "counts, topic areas and people");
            assertTrue(listing.lists().meetings().stream().allMatch(m -> m.agenda().isEmpty()), "headers only");
            assertTrue(listing.lists().actionItems().isEmpty());
            List<HistoryService.Filter> filters = new java.util.ArrayList<>();
            filters.add(HistoryService.Filter.none());
            whole.people().forEach(p -> filters.add(new HistoryService.Filter(null, null, null, null, p.id())));
            whole.topicAreas().forEach(t -> filters.add(new HistoryService.Filter(null, null, null, t.id(), null)));
            whole.series().forEach(x -> filters.add(new HistoryService.Filter(x.id(), TODAY.minusMonths(3), TODAY,
                    null, null)));
            int shown = 0;
            for (HistoryService.Filter f : filters) {
                var expected = HistoryService.sessions(whole, f, TODAY);
                assertEquals(expected, HistoryService.sessions(listing, f, TODAY), f.toString());
                for (Meeting m : whole.meetings()) {
                    assertEquals(matchesAsFirstWritten(whole, m, f), HistoryService.matches(whole, m, f));
                    assertEquals(matchesAsFirstWritten(whole, m, f),
                            HistoryService.matches(m, f, listing.facts().get(m.id())), m.id() + " " + f);
                }
                for (String q : List.of("customer", "churn")) {
                    assertEquals(history.search(q, f, whole), history.searchIn(q, f, listing), q + " " + f);
                }
                shown += expected.size();
            }
            assertTrue(shown > 0);
        }
    }

    @Test
    void programRoadmapSessionsHeldAndLinkedActionsAreTheWholeSnapshotsOnTheDemo() {
        try (OpenWorkspace open = workspaces.openReadOnly(demo())) {
            Workspace whole = open.snapshot();
            Workspace view = open.programView();
            assertTrue(view.meetings().stream().allMatch(m -> m.agenda().isEmpty()), "headers only");
            for (LocalDate today : List.of(TODAY, TODAY.plusMonths(4))) {
                assertEquals(org.cxcadence.domain.Roadmap.of(whole, today), org.cxcadence.domain.Roadmap.of(view, today));
                assertEquals(org.cxcadence.domain.SessionsHeld.of(whole, today, java.time.ZoneOffset.UTC),
                        org.cxcadence.domain.SessionsHeld.of(view, today, java.time.ZoneOffset.UTC));
            }
            assertEquals(whole.actionItems().stream().filter(ActionItem::isOpen).toList(),
                    view.actionItems().stream().filter(ActionItem::isOpen).toList(), "the link picker");
            Set<String> served = whole.milestones().stream().flatMap(m -> m.actionIds().stream()).collect(Collectors.toSet());
            assertFalse(served.isEmpty(), "the demo links actions to milestones");
            assertEquals(whole.actionItems().stream().filter(a -> served.contains(a.id())).toList(),
                    view.actionItems().stream().filter(a -> served.contains(a.id())).toList(), "titles on the road map");
            assertEquals(whole.milestones(), view.milestones());
            assertEquals(whole.checkIns(), view.checkIns());
            assertEquals(whole.readinessChecks(), view.readinessChecks());
            assertEquals(whole.people(), view.people());
        }
    }

    @Test
    void actionsProgramAndHistoryReadMetricDefinitionsWithoutTheirValues() {
        try (OpenWorkspace open = workspaces.openReadOnly(generated())) {
            Workspace whole = open.snapshot();
            assertTrue(whole.metrics().stream().mapToInt(m -> m.values().size()).sum() > 0, "the workspace has values");
            List<org.cxcadence.domain.Metric> definitions = whole.metrics().stream()
                    .map(m -> new org.cxcadence.domain.Metric(m.id(), m.name(), m.category(), m.unit(), m.direction(),
                            m.cadence(), m.description(), m.currencyCode(), m.perSegment(), m.position(), m.ownerId(),
                            List.of()))
                    .toList();
            assertEquals(definitions, open.actionsView(null).metrics(), "Actions, done and all");
            assertEquals(definitions, open.actionsView(TODAY.minusMonths(3)).metrics(), "Actions");
            assertEquals(definitions, open.actionsView(TODAY.minusMonths(3), 10).metrics(), "Actions, newest closed");
            assertEquals(definitions, open.programView().metrics(), "Program");
            assertEquals(definitions, new HistoryService(open).listing().lists().metrics(), "History's list");
            Workspace prepareLists = new AgendaService(open, Clock.systemUTC()).listsView();
            assertEquals(definitions, prepareLists.metrics(), "Prepare's lists");
            assertEquals(whole.series(), prepareLists.series());
            assertEquals(whole.agendaTemplates(), prepareLists.agendaTemplates());
            assertEquals(whole.people(), prepareLists.people());
            assertEquals(whole.topicAreas(), prepareLists.topicAreas());
            assertEquals(whole.metrics(), open.listsView().metrics(), "Metrics reads every value");
        }
    }

    @Test
    void prepareDraftLeavesOutOldAgendasAndClosedActions() {
        try (OpenWorkspace open = workspaces.openReadOnly(generated())) {
            Workspace whole = open.snapshot();
            Meeting next = whole.meetings().stream().filter(m -> m.status() == MeetingStatus.DRAFT).findFirst()
                    .orElseThrow();
            Workspace view = open.sessionDraftView(next.id());
            assertEquals(whole.meetings().size(), view.meetings().size(), "every session header is there");
            assertTrue(view.meetings().stream().filter(m -> !m.agenda().isEmpty()).count()
                    < whole.meetings().stream().filter(m -> !m.agenda().isEmpty()).count());
            assertTrue(view.actionItems().stream().allMatch(ActionItem::isOpen));
            assertTrue(view.actionItems().size() < whole.actionItems().size());
        }
    }

    /** Returns how many sessions had items to carry. */
    private int assertSameDrafts(Path file) {
        try (OpenWorkspace open = workspaces.openReadOnly(file)) {
            Workspace whole = open.snapshot();
            int carried = 0;
            int withItems = 0;
            for (Meeting m : whole.meetings()) {
                Workspace view = open.sessionDraftView(m.id());
                Meeting viewed = find(view, m.id());
                assertEquals(m, viewed, "the session itself comes whole");
                for (LocalDate today : List.of(TODAY, m.start().toLocalDate())) {
                    assertEquals(CarryForward.propose(whole, m, today), CarryForward.propose(view, viewed, today),
                            "draft of " + m.id() + " on " + today);
                }
                withItems += CarryForward.items(whole.meetings(), m).isEmpty() ? 0 : 1;
                for (AgendaItem a : m.agenda()) {
                    assertEquals(CarryForward.reasonFor(a, whole.meetings()), CarryForward.reasonFor(a, view.meetings()),
                            "reason of " + a.id());
                    carried += a.carriedFromId() == null ? 0 : 1;
                }
                assertEquals(AgendaDocuments.build(whole, m, TODAY, java.time.ZoneOffset.UTC, Locale.US),
                        AgendaDocuments.build(view, viewed, TODAY, java.time.ZoneOffset.UTC, Locale.US));
                assertEquals(whole.people(), view.people());
                assertEquals(whole.agendaTemplates(), view.agendaTemplates());
            }
            assertTrue(carried > 0, "the workspace has carried items to explain");
            Meeting unsaved = new Meeting("not-stored", whole.series().getFirst().id(), "Extra", TODAY.plusWeeks(2)
                    .atTime(9, 0).atOffset(java.time.ZoneOffset.UTC), 60, MeetingStatus.DRAFT, null, null, List.of(),
                    null, List.of(), List.of());
            assertEquals(CarryForward.items(with(whole.meetings(), unsaved), unsaved),
                    CarryForward.items(with(open.sessionDraftView(unsaved).meetings(), unsaved), unsaved));
            return withItems;
        }
    }

    private void assertSameLiveViews(Path file) {
        try (OpenWorkspace open = workspaces.openReadOnly(file)) {
            Workspace whole = open.snapshot();
            List<String> ids = new java.util.ArrayList<>(whole.meetings().stream().map(Meeting::id).toList());
            ids.add(null);
            for (String id : ids) {
                Workspace view = open.liveSessionView(id);
                if (id != null) {
                    assertEquals(find(whole, id), find(view, id));
                    Set<String> items = find(whole, id).agenda().stream().map(AgendaItem::id).collect(Collectors.toSet());
                    assertEquals(whole.actionItems().stream().filter(a -> items.contains(a.agendaItemId())).toList(),
                            view.actionItems().stream().filter(a -> items.contains(a.agendaItemId())).toList(),
                            "actions raised on the items of " + id);
                }
                List<ActionItem> open1 = whole.actionItems().stream().filter(ActionItem::isOpen).toList();
                assertEquals(open1, view.actionItems().stream().filter(ActionItem::isOpen).toList());
                StallRule a = StallRule.of(whole, TODAY);
                StallRule b = StallRule.of(view, TODAY);
                open1.forEach(x -> assertEquals(a.assess(x), b.assess(x), "stall of " + x.id()));
                assertEquals(HomeSummaryBuilder.assetTiles(whole), HomeSummaryBuilder.assetTiles(view));
                assertEquals(whole.people(), view.people());
                assertEquals(whole.topicAreas(), view.topicAreas());
                assertEquals(MetricService.snapshotFor(whole, TODAY), MetricService.snapshotFor(view, TODAY));
                assertEquals(glanceTrends(whole), glanceTrends(view), "the glance's twelve-period trends");
            }
        }
    }

    /** Run's metrics at a glance draw each metric's last twelve periods (RunViewModel.judge). */
    private static Map<String, List<java.math.BigDecimal>> glanceTrends(Workspace w) {
        return w.metrics().stream().collect(Collectors.toMap(org.cxcadence.domain.Metric::id,
                m -> HomeSummaryBuilder.trend(m, org.cxcadence.domain.MetricWindow.TREND_PERIODS)));
    }

    @Test
    void runReadsRecentMetricValuesAndShowsTheSameGlanceAsTheWholeHistory() {
        Path file = dir.resolve("long.cxcadence");
        // 40 months of values: more than the window of recent periods Run reads
        exchange.generate(file, new BenchmarkSize("long", 2, 12, 3, 3, 12, 12, 40), 7, TODAY);
        assertSameLiveViews(file);
        try (OpenWorkspace open = workspaces.openReadOnly(file)) {
            Workspace whole = open.snapshot();
            Workspace view = open.liveSessionView(null);
            assertTrue(view.metrics().stream().mapToInt(m -> m.values().size()).sum()
                    < whole.metrics().stream().mapToInt(m -> m.values().size()).sum(), "not every value is read");
        }
    }

    /** HistoryService.matches before the read model, kept here as the reference. */
    private static boolean matchesAsFirstWritten(Workspace w, Meeting m, HistoryService.Filter f) {
        if (f == null || f.isEmpty()) {
            return true;
        }
        LocalDate day = m.start().toLocalDate();
        if (f.seriesId() != null && !f.seriesId().equals(m.seriesId())) {
            return false;
        }
        if (f.from() != null && day.isBefore(f.from()) || f.to() != null && day.isAfter(f.to())) {
            return false;
        }
        if (f.topicAreaId() != null && m.agenda().stream().noneMatch(a -> f.topicAreaId().equals(a.topicAreaId()))) {
            return false;
        }
        if (f.personId() != null) {
            String p = f.personId();
            boolean attended = m.attendance().stream().anyMatch(a -> a.personId().equals(p) && a.present());
            boolean presented = m.agenda().stream().map(AgendaItem::presenterId).anyMatch(p::equals);
            boolean owns = w.actionItems().stream().anyMatch(a -> m.id().equals(a.meetingId()) && p.equals(a.ownerId()));
            boolean updated = w.actionItems().stream().filter(a -> p.equals(a.ownerId()))
                    .anyMatch(a -> a.updates().stream().anyMatch(u -> m.id().equals(u.meetingId())));
            return attended || presented || owns || updated;
        }
        return true;
    }

    private static Meeting find(Workspace w, String id) {
        return w.meetings().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Meeting> with(List<Meeting> meetings, Meeting extra) {
        List<Meeting> all = new java.util.ArrayList<>(meetings);
        all.add(extra);
        return all;
    }
}
