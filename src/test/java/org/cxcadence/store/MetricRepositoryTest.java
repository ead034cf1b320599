package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricSnapshotEntry;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.StarterMetrics;
import org.cxcadence.domain.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metric definitions, values and session snapshots on a real SQLite file. */
class MetricRepositoryTest {
    @TempDir
    Path dir;
    Database db;
    MetricRepository metrics;

    @BeforeEach
    void open() throws Exception {
        db = Database.create(dir.resolve("m.cxcadence"));
        new WorkspaceStore(db).initialiseDefaults(StarterMetrics.all());
        new SegmentRepository(db).upsert(new Segment("ent", "Enterprise", 1));
        new SegmentRepository(db).upsert(new Segment("mid", "Mid-market", 2));
        metrics = new MetricRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private List<MetricValue> values(String metricId) {
        return metrics.find(metricId).orElseThrow().values();
    }

    @Test
    void aNewWorkspaceHasTheStarterSetInOrder() {
        assertEquals(StarterMetrics.all().stream().map(Metric::id).toList(),
                metrics.list().stream().map(Metric::id).toList());
    }

    @Test
    void upsertDefinitionAddsAtTheEndAndUpdatesInPlaceKeepingValues() {
        metrics.setValue(StarterMetrics.COST_TO_SERVE, "2026-10", null, d("38.10"), d("40"), null);
        Metric cost = metrics.find(StarterMetrics.COST_TO_SERVE).orElseThrow();
        metrics.upsertDefinition(new Metric(cost.id(), "Cost to serve a customer", cost.category(), cost.unit(),
                cost.direction(), cost.cadence(), "new text", "EUR", false, null, null, List.of()));
        Metric renamed = metrics.find(cost.id()).orElseThrow();
        assertEquals("Cost to serve a customer", renamed.name());
        assertEquals("EUR", renamed.currencyCode());
        assertEquals(1, renamed.values().size(), "the values stay");
        metrics.upsertDefinition(new Metric("nrr", "Net revenue retention", cost.category(), cost.unit(),
                cost.direction(), cost.cadence(), null, "EUR", false, null, null, List.of()));
        assertEquals("nrr", metrics.list().getLast().id());
    }

    @Test
    void setValueInsertsUpdatesAndKeepsTotalsApartFromSegments() {
        String id = StarterMetrics.CUSTOMERS_ACQUIRED;
        metrics.setValue(id, "2026-10", "ent", d("7"), d("7"), null);
        metrics.setValue(id, "2026-10", null, d("1240"), null, "all segments");
        metrics.setValue(id, "2026-10", "ent", d("8"), d("7"), "one late signature");
        assertEquals(List.of(new MetricValue("2026-10", "ent", d("8"), d("7"), "one late signature"),
                new MetricValue("2026-10", null, d("1240"), null, "all segments")), values(id));
    }

    @Test
    void decimalsComeBackWithTheScaleWritten() {
        metrics.setValue(StarterMetrics.COST_TO_SERVE, "2026-10", null, d("38.10"), d("40.00"), null);
        MetricValue v = values(StarterMetrics.COST_TO_SERVE).getFirst();
        assertEquals("38.10", v.value().toPlainString());
        assertEquals("40.00", v.target().toPlainString());
    }

    @Test
    void clearingValueTargetAndNoteRemovesTheRow() {
        metrics.setValue(StarterMetrics.COST_TO_SERVE, "2026-10", null, d("38"), null, null);
        metrics.setValue(StarterMetrics.COST_TO_SERVE, "2026-10", null, null, null, " ");
        assertTrue(values(StarterMetrics.COST_TO_SERVE).isEmpty());
    }

    @Test
    void applyImportWritesAllOrNothing() {
        String id = StarterMetrics.CUSTOMERS_LOST;
        metrics.applyImport(List.of(
                new MetricRepository.Entry(id, new MetricValue("2026-09", "ent", d("2"), d("3"), null)),
                new MetricRepository.Entry(id, new MetricValue("2026-10", "mid", d("231"), d("220"), null))));
        assertEquals(2, values(id).size());
        assertThrows(StoreException.class, () -> metrics.applyImport(List.of(
                new MetricRepository.Entry(id, new MetricValue("2026-11", "ent", d("1"), null, null)),
                new MetricRepository.Entry(id, new MetricValue("2026-11", "no-such-segment", d("1"), null, null)))));
        assertEquals(2, values(id).size(), "the failed import left nothing behind");
    }

    @Test
    void aMetricWithValuesIsNotDeletedButAnUnusedOneIs() {
        metrics.setValue(StarterMetrics.COST_TO_SERVE, "2026-10", null, d("38"), null, null);
        assertFalse(metrics.deleteIfUnused(StarterMetrics.COST_TO_SERVE));
        assertTrue(metrics.find(StarterMetrics.COST_TO_SERVE).isPresent());
        assertTrue(metrics.deleteIfUnused(StarterMetrics.REFERRAL_RATE));
        assertTrue(metrics.find(StarterMetrics.REFERRAL_RATE).isEmpty());
    }

    @Test
    void reorderPutsTheCcosOrderFirst() {
        metrics.reorder(List.of(StarterMetrics.RETENTION_RATE, StarterMetrics.CUSTOMERS_LOST));
        List<String> ids = metrics.list().stream().map(Metric::id).toList();
        assertEquals(List.of(StarterMetrics.RETENTION_RATE, StarterMetrics.CUSTOMERS_LOST), ids.subList(0, 2));
        assertEquals(1, metrics.list().getFirst().position());
    }

    @Test
    void aSessionsSnapshotIsStoredAndLaterCorrectionsLeaveItAlone() {
        WorkspaceStore store = new WorkspaceStore(db);
        Workspace w = store.load();
        Meeting meeting = new Meeting("m1", null, "November session", OffsetDateTime.parse("2026-11-16T09:00:00-06:00"),
                60, MeetingStatus.COMPLETED, null, null, List.of(), null, List.of(), List.of());
        store.replaceAll(new Workspace(w.settings(), w.people(), w.topicAreas(), w.journeyStages(), w.segments(),
                w.series(), List.of(meeting), w.actionItems(), w.metrics()));
        metrics.setValue(StarterMetrics.CUSTOMERS_LOST, "2026-10", "ent", d("2"), d("3"), null);
        MetricSnapshotEntry seen = new MetricSnapshotEntry(StarterMetrics.CUSTOMERS_LOST, "2026-10", "ent", d("2"), d("3"));
        metrics.replaceSnapshot("m1", List.of(seen));
        metrics.setValue(StarterMetrics.CUSTOMERS_LOST, "2026-10", "ent", d("4"), d("3"), "corrected");
        assertEquals(List.of(seen), store.load().meetings().getFirst().metricSnapshot());
        assertFalse(metrics.deleteIfUnused(StarterMetrics.CUSTOMERS_LOST));
    }
}
