package org.cxcadence.service.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import java.math.BigDecimal;
import java.util.List;

import org.cxcadence.domain.Direction;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.MetricCategory;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.ExchangeService;
import org.cxcadence.service.MetricService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.service.generate.BenchmarkSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Home reads a slice of the workspace (OpenWorkspace.homeView); its summary must be the one of the whole snapshot. */
class HomeViewSummaryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private final WorkspaceService workspaces = new WorkspaceService();
    private final ExchangeService exchange = new ExchangeService(workspaces, Clock.systemUTC());

    @Test
    void homeViewGivesTheSummaryOfTheWholeDemoWorkspace() {
        Path file = dir.resolve("demo.cxcadence");
        exchange.fillWithDemo(file, TODAY);
        assertSameSummary(file, TODAY);
        assertSameSummary(file, TODAY.plusWeeks(3));
    }

    @Test
    void homeViewGivesTheSummaryOfTheWholeGeneratedWorkspace() {
        Path file = dir.resolve("gen.cxcadence");
        exchange.generate(file, new BenchmarkSize("small", 3, 30, 5, 6, 20, 4, 6), 11, TODAY);
        assertSameSummary(file, TODAY);
    }

    @Test
    void homeViewLeavesOutClosedActionsAndOldAgendas() {
        Path file = dir.resolve("gen.cxcadence");
        exchange.generate(file, new BenchmarkSize("small", 3, 30, 5, 6, 20, 4, 6), 11, TODAY);
        try (OpenWorkspace open = workspaces.openReadOnly(file)) {
            Workspace whole = open.snapshot();
            Workspace home = open.homeView();
            assertEquals(whole.meetings().size(), home.meetings().size(), "every session header is there");
            assertTrue(home.actionItems().size() < whole.actionItems().size());
            assertTrue(home.meetings().stream().mapToInt(m -> m.agenda().size()).sum()
                    < whole.meetings().stream().mapToInt(m -> m.agenda().size()).sum());
        }
    }

    /**
     * Home reads only each metric's latest periods, and a metric whole where those cannot decide what Home
     * shows: a run of misses longer than the window, a segment that stopped reporting while off target,
     * targets missing lately, segments that first appeared in another order. The summary stays the whole
     * snapshot's; a metric the window decides is read without its old periods.
     */
    @Test
    void homeViewReadsRecentPeriodsAndWholeMetricsWhereTheyDecide() {
        Path file = dir.resolve("metrics.cxcadence");
        exchange.fillWithDemo(file, TODAY);
        try (OpenWorkspace open = workspaces.openForWriting(file)) {
            MetricService metrics = new MetricService(open);
            List<String> segments = open.snapshot().segments().stream().map(s -> s.id()).toList();
            String first = segments.get(0);
            String second = segments.get(1);
            Period now = Period.parse("2026-10");
            // Off target for 40 months in a row: the run is longer than what Home reads of it.
            define(metrics, "long-miss", false);
            for (int i = 0; i < 40; i++) {
                metrics.setValue("long-miss", minus(now, i), null, BigDecimal.TEN, BigDecimal.valueOf(20), null);
            }
            // On target for 40 months: decided by its latest periods, read without the old ones.
            define(metrics, "steady", false);
            for (int i = 39; i >= 0; i--) {
                metrics.setValue("steady", minus(now, i), null, BigDecimal.valueOf(30), BigDecimal.valueOf(20), null);
            }
            // A segment that stopped reporting four years ago while off target, written first.
            define(metrics, "old-segment", true);
            for (int i = 60; i > 48; i--) {
                metrics.setValue("old-segment", minus(now, i), second, BigDecimal.ONE, BigDecimal.TEN, null);
            }
            for (int i = 30; i >= 0; i--) {
                metrics.setValue("old-segment", minus(now, i), first, BigDecimal.TEN, BigDecimal.ONE, null);
            }
            // Targets missing for the last 30 months; the last judged month, before them, was off target.
            define(metrics, "no-targets-lately", false);
            for (int i = 50; i >= 0; i--) {
                metrics.setValue("no-targets-lately", minus(now, i), null, BigDecimal.ONE, i >= 30 ? BigDecimal.TEN : null, null);
            }
            // Both segments all along, but first written in the other order, long ago.
            define(metrics, "order-swap", true);
            for (int i = 40; i >= 0; i--) {
                List<String> order = i > 30 ? List.of(second, first) : List.of(first, second);
                for (String segment : order) {
                    metrics.setValue("order-swap", minus(now, i), segment, BigDecimal.ONE, BigDecimal.TEN, null);
                }
            }
            // The customer change pairs acquired with lost period by period: lost last entered long ago, and
            // acquired entered for three years after it, so their latest pair is older than acquired's window.
            for (org.cxcadence.domain.MetricValue v : open.snapshot().metrics().stream()
                    .filter(m -> m.id().equals("customers-lost")).findFirst().orElseThrow().values()) {
                metrics.setValue("customers-lost", v.period(), v.segmentId(), null, null, null);
            }
            metrics.setValue("customers-lost", "2020-01", null, BigDecimal.valueOf(3), null, null);
            metrics.setValue("customers-acquired", "2020-01", null, BigDecimal.valueOf(5), null, null);
            for (int i = 0; i < 36; i++) {
                metrics.setValue("customers-acquired", minus(Period.parse("2023-12"), i), null, BigDecimal.ONE, null, null);
            }
        }
        assertSameSummary(file, TODAY);
        try (OpenWorkspace open = workspaces.openReadOnly(file)) {
            HomeSummary home = HomeSummaryBuilder.build(open.homeView(), TODAY);
            HomeSummary.MetricTile longMiss = home.assetTiles().stream().filter(t -> t.metricId().equals("long-miss"))
                    .findFirst().orElseThrow();
            assertEquals(40, longMiss.periodsOffTarget(), "the whole run of misses, not the window's");
            assertEquals(40, values(open.snapshot(), "steady"));
            assertEquals(24, values(open.homeView(), "steady"), "the latest 24 periods are enough for Home");
            assertEquals(values(open.snapshot(), "long-miss"), values(open.homeView(), "long-miss"));
            assertEquals("2020-01", home.customerChange().orElseThrow().period());
            assertTrue(home.assetTiles().stream().filter(t -> t.metricId().equals("old-segment")).findFirst()
                    .orElseThrow().offTarget(), "the segment that stopped reporting is still off target");
        }
    }

    private static void define(MetricService metrics, String id, boolean perSegment) {
        // Counts of customer assets add up across segments, so a per-segment one gets a tile on Home too.
        metrics.saveDefinition(new Metric(id, "Test " + id, perSegment ? MetricCategory.CUSTOMER_ASSET : MetricCategory.LOYALTY, MetricUnit.COUNT,
                Direction.HIGHER_IS_BETTER, MetricCadence.MONTHLY, null, null, perSegment, null, null, List.of()));
    }

    private static String minus(Period period, int months) {
        Period p = period;
        for (int i = 0; i < months; i++) {
            p = p.previous();
        }
        return p.toString();
    }

    private static long values(Workspace w, String metricId) {
        return w.metrics().stream().filter(m -> m.id().equals(metricId)).findFirst().orElseThrow().values().size();
    }

    private void assertSameSummary(Path file, LocalDate today) {
        try (OpenWorkspace open = workspaces.openReadOnly(file)) {
            HomeSummary whole = HomeSummaryBuilder.build(open.snapshot(), today);
            HomeSummary home = HomeSummaryBuilder.build(open.homeView(), today);
            assertEquals(whole, home);
            assertTrue(whole.openActions() > 0);
        }
    }
}
