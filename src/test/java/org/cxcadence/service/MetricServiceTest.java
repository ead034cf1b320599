package org.cxcadence.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.MetricCategory;
import org.cxcadence.domain.MetricSnapshotEntry;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.StarterMetrics;
import org.cxcadence.service.metrics.MetricDashboard;
import org.cxcadence.service.metrics.MetricTrend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metrics use cases on a real workspace file: import plans, value checks, snapshots, trends. */
class MetricServiceTest {
    @TempDir
    Path dir;
    OpenWorkspace workspace;
    MetricService service;

    @BeforeEach
    void open() {
        workspace = new WorkspaceService().createEmpty(dir.resolve("w.cxcadence"));
        DirectoryService directory = new DirectoryService(workspace);
        directory.save(DirectoryKind.SEGMENTS, DirectoryEntry.named("ent", "Enterprise", false));
        directory.save(DirectoryKind.SEGMENTS, DirectoryEntry.named("mid", "Mid-market", false));
        service = new MetricService(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path csv(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private List<MetricValue> values(String metricId) {
        return service.metrics().stream().filter(m -> m.id().equals(metricId)).findFirst().orElseThrow().values();
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() throws IOException {
        Path file = csv("m.csv", """
                metric,period,segment,value,target
                Customers acquired,2026-09,Enterprise,6,7
                Customers acquired,2026-10,Enterprise,7,7
                Cost to serve,2026-10,,38.1,40
                """);
        MetricImportPlan first = service.importCsv(file);
        assertEquals("3 new, 0 replaced, 0 unchanged", first.describe());
        List<Metric> after = service.metrics();
        MetricImportPlan second = service.importCsv(file);
        assertEquals("0 new, 0 replaced, 3 unchanged", second.describe());
        assertFalse(second.changesAnything());
        assertEquals(after, service.metrics());
    }

    @Test
    void aPlanSaysWhatIsNewReplacedAndUnchangedBeforeAnythingIsWritten() throws IOException {
        service.setValue(StarterMetrics.CUSTOMERS_LOST, "2026-10", "ent", d("2"), d("3"), "one churned after the outage");
        service.setValue(StarterMetrics.CUSTOMERS_LOST, "2026-09", "ent", d("1"), d("3"), null);
        MetricImportPlan plan = service.planImport(csv("m.csv", """
                metric;period;segment;value;target
                customers-lost;2026-10;ent;4;
                customers-lost;2026-09;ent;1,0;3
                customers-lost;2026-11;ent;;3
                """));
        assertEquals(List.of(MetricImportPlan.Kind.REPLACED, MetricImportPlan.Kind.UNCHANGED, MetricImportPlan.Kind.NEW),
                plan.changes().stream().map(MetricImportPlan.Change::kind).toList());
        MetricImportPlan.Change replaced = plan.changes().getFirst();
        assertEquals(d("2"), replaced.oldValue());
        assertEquals(d("3"), replaced.newTarget(), "no target in the row keeps the stored one");
        assertEquals("Enterprise", replaced.segmentName());
        assertEquals(d("2"), values(StarterMetrics.CUSTOMERS_LOST).getFirst().value(), "a plan writes nothing");

        service.applyImport(plan);
        List<MetricValue> lost = values(StarterMetrics.CUSTOMERS_LOST);
        assertEquals(new MetricValue("2026-10", "ent", d("4"), d("3"), "one churned after the outage"), lost.get(0));
        assertEquals(new MetricValue("2026-11", "ent", null, d("3"), null), lost.get(2));
    }

    @Test
    void aBadFileIsRefusedWithEveryProblemAndNothingIsImported() throws IOException {
        Path file = csv("bad.csv", """
                metric,period,segment,value
                Customers acquired,2026-10,Enterprise,7
                Customers acquired,2026-Q3,Enterprise,7
                Net customer change,2026-10,Enterprise,1
                """);
        MetricImportRejectedException e = assertThrows(MetricImportRejectedException.class, () -> service.importCsv(file));
        assertEquals(2, e.problems().size());
        assertTrue(e.problems().get(0).startsWith("bad.csv: line 3, column 2 (period)"), e.problems().toString());
        assertTrue(e.problems().get(1).startsWith("bad.csv: line 4, column 1 (metric)"), e.problems().toString());
        assertTrue(e.getMessage().endsWith("bad.csv: nothing imported (2 problems)"), e.getMessage());
        assertTrue(values(StarterMetrics.CUSTOMERS_ACQUIRED).isEmpty(), "the good line was not imported either");
    }

    @Test
    void aMissingFileIsInvalidInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.planImport(dir.resolve("nowhere.csv")));
        assertTrue(e.getMessage().endsWith("nowhere.csv: no such file"), e.getMessage());
    }

    @Test
    void setValueRefusesWhatWouldNotExport() {
        assertThrows(InvalidInputException.class,
                () -> service.setValue(StarterMetrics.NET_CUSTOMER_CHANGE, "2026-10", null, d("1"), null, null));
        assertThrows(InvalidInputException.class,
                () -> service.setValue(StarterMetrics.CUSTOMERS_LOST, "2026-Q4", "ent", d("1"), null, null));
        assertThrows(InvalidInputException.class,
                () -> service.setValue(StarterMetrics.COST_TO_SERVE, "2026-10", "ent", d("1"), null, null));
        assertThrows(InvalidInputException.class,
                () -> service.setValue(StarterMetrics.RETENTION_RATE, "2026-10", "ent", d("101"), null, null));
        assertThrows(InvalidInputException.class,
                () -> service.setValue(StarterMetrics.CUSTOMERS_LOST, "2026-10", "nope", d("1"), null, null));
        assertThrows(InvalidInputException.class,
                () -> service.setValue(StarterMetrics.COST_TO_SERVE, "2026-10", null, d("1" + "0".repeat(31)), null, null));
        service.setValue(StarterMetrics.REFERRAL_RATE, "2026-q3", null, d("9.5"), d("9"), null);
        assertEquals("2026-Q3", values(StarterMetrics.REFERRAL_RATE).getFirst().period());
    }

    @Test
    void definitionsAreEditableWithinWhatTheirValuesAllow() {
        Metric cost = service.metrics().stream().filter(m -> m.id().equals(StarterMetrics.COST_TO_SERVE)).findFirst()
                .orElseThrow();
        assertThrows(InvalidInputException.class, () -> service.saveDefinition(copy(cost, "Retention rate",
                cost.cadence(), "USD")));
        assertThrows(InvalidInputException.class, () -> service.saveDefinition(copy(cost, cost.name(), cost.cadence(), "usd")));
        assertThrows(InvalidInputException.class, () -> service.saveDefinition(copy(cost, cost.name(), cost.cadence(), "XYZ")));
        service.saveDefinition(copy(cost, cost.name(), MetricCadence.QUARTERLY, "EUR"));
        service.setValue(cost.id(), "2026-Q3", null, d("120"), null, null);
        Metric quarterly = copy(cost, cost.name(), MetricCadence.QUARTERLY, "EUR");
        assertThrows(InvalidInputException.class, () -> service.saveDefinition(copy(quarterly, "Cost to serve",
                MetricCadence.MONTHLY, "EUR")));
        service.saveDefinition(copy(quarterly, "Cost to serve (quarter)", MetricCadence.QUARTERLY, "EUR"));
        assertEquals("Cost to serve (quarter)", service.metrics().stream()
                .filter(m -> m.id().equals(cost.id())).findFirst().orElseThrow().name());
    }

    private static Metric copy(Metric m, String name, MetricCadence cadence, String currency) {
        return new Metric(m.id(), name, m.category(), m.unit(), m.direction(), cadence, m.description(), currency,
                m.perSegment(), m.position(), m.ownerId(), List.of());
    }

    @Test
    void theSnapshotHoldsTheLatestValuePerLineAsOfTheDayAndOutlivesCorrections() {
        service.setValue(StarterMetrics.CUSTOMERS_LOST, "2026-09", "ent", d("1"), d("3"), null);
        service.setValue(StarterMetrics.CUSTOMERS_LOST, "2026-10", "ent", d("2"), d("3"), null);
        service.setValue(StarterMetrics.CUSTOMERS_LOST, "2026-10", "mid", d("231"), d("220"), null);
        service.setValue(StarterMetrics.CUSTOMERS_LOST, "2026-12", "ent", null, d("3"), null);
        service.setValue(StarterMetrics.CUSTOMERS_LOST, "2026-12", "mid", d("999"), null, "a forecast, not yet seen");
        service.setValue(StarterMetrics.CUSTOMERS_ACQUIRED, "2026-10", "ent", d("7"), d("7"), null);
        List<MetricSnapshotEntry> seen = service.snapshotFor(LocalDate.of(2026, 11, 16));
        assertEquals(List.of(
                new MetricSnapshotEntry(StarterMetrics.CUSTOMERS_ACQUIRED, "2026-10", "ent", d("7"), d("7")),
                new MetricSnapshotEntry(StarterMetrics.CUSTOMERS_LOST, "2026-10", "ent", d("2"), d("3")),
                new MetricSnapshotEntry(StarterMetrics.CUSTOMERS_LOST, "2026-10", "mid", d("231"), d("220"))), seen);
        assertTrue(service.snapshotFor(LocalDate.of(2026, 8, 1)).isEmpty());
    }

    @Test
    void recordSnapshotStoresItWithTheSession() {
        new ExchangeService(new WorkspaceService(), java.time.Clock.systemUTC())
                .fillWithDemo(dir.resolve("demo.cxcadence"), LocalDate.of(2026, 11, 23));
        try (OpenWorkspace demo = new WorkspaceService().openForWriting(dir.resolve("demo.cxcadence"))) {
            MetricService metrics = new MetricService(demo);
            String meetingId = demo.snapshot().meetings().getFirst().id();
            List<MetricSnapshotEntry> stored = metrics.recordSnapshot(meetingId, LocalDate.of(2026, 11, 23));
            assertFalse(stored.isEmpty());
            MetricSnapshotEntry first = stored.getFirst();
            metrics.setValue(first.metricId(), first.period(), first.segmentId(), d("12345"), first.target(), "corrected");
            assertEquals(stored, demo.snapshot().meetings().getFirst().metricSnapshot());
        }
    }

    @Test
    void dashboardLeadsWithTheCustomerAssetInWholeNumbers() {
        service.setValue(StarterMetrics.CUSTOMERS_ACQUIRED, "2026-10", "ent", d("7"), d("7"), null);
        service.setValue(StarterMetrics.CUSTOMERS_ACQUIRED, "2026-10", "mid", d("1233"), d("1000"), null);
        service.setValue(StarterMetrics.CUSTOMERS_LOST, "2026-10", "ent", d("2"), d("3"), null);
        service.setValue(StarterMetrics.CUSTOMERS_LOST, "2026-10", "mid", d("1508"), d("1000"), null);
        service.setValue(StarterMetrics.RETENTION_RATE, "2026-10", "ent", d("95.3"), d("95"), null);
        MetricDashboard dashboard = service.dashboard();
        MetricDashboard.AssetHeadline headline = dashboard.headline().orElseThrow();
        assertEquals(d("1240"), headline.acquired());
        assertEquals(d("1510"), headline.lost());
        assertEquals(d("-270"), headline.net());
        List<MetricCategory> categories = dashboard.tiles().stream().map(MetricDashboard.Tile::category).toList();
        assertEquals(MetricCategory.CUSTOMER_ASSET, categories.getFirst());
        int firstOther = categories.indexOf(MetricCategory.LOYALTY);
        assertTrue(categories.subList(firstOther, categories.size()).stream()
                .noneMatch(c -> c == MetricCategory.CUSTOMER_ASSET), "customer asset tiles come first");
        MetricDashboard.Tile lost = dashboard.tiles().stream()
                .filter(t -> t.metricId().equals(StarterMetrics.CUSTOMERS_LOST)).findFirst().orElseThrow();
        assertEquals(d("1510"), lost.value(), "segments add up to the total");
        assertEquals(List.of("Mid-market"), lost.offTargetIn());
        MetricDashboard.Tile net = dashboard.tiles().stream()
                .filter(t -> t.metricId().equals(StarterMetrics.NET_CUSTOMER_CHANGE)).findFirst().orElseThrow();
        assertTrue(net.computed());
        assertEquals(d("-270"), net.value());
        MetricDashboard.Tile retention = dashboard.tiles().stream()
                .filter(t -> t.metricId().equals(StarterMetrics.RETENTION_RATE)).findFirst().orElseThrow();
        assertNull(retention.value(), "rates do not add up across segments");
        assertEquals(d("95.3"), retention.segments().getFirst().value());
    }

    @Test
    void trendComparesWithThePreviousPeriodAndTheSamePeriodLastYearAndCountsPeriodsOffTarget() {
        String lost = StarterMetrics.CUSTOMERS_LOST;
        service.setValue(lost, "2025-10", "ent", d("1"), d("3"), null);
        service.setValue(lost, "2026-08", "ent", d("4"), d("3"), null);
        service.setValue(lost, "2026-09", "ent", d("5"), d("3"), null);
        service.setValue(lost, "2026-10", "ent", d("6"), d("3"), null);
        MetricTrend trend = service.trend(lost).orElseThrow();
        MetricTrend.Line ent = trend.lines().getFirst();
        assertEquals("Enterprise", ent.label());
        assertEquals("2026-10", ent.latest().period());
        assertEquals(d("1"), ent.changeVsPrevious());
        assertEquals(d("5"), ent.changeVsLastYear());
        assertTrue(ent.offTarget());
        assertEquals(3, ent.periodsOffTarget());
        MetricTrend.Line total = trend.lines().getLast();
        assertNull(total.segmentId());
        assertFalse(total.judged(), "a per-segment metric is judged segment by segment");
    }
}
