package org.cxcadence.service.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.ExchangeService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkCompanyTest {
    /** Two series of five weekly sessions: the shape of large, a few hundred rows. */
    private static final BenchmarkSize TINY = new BenchmarkSize("tiny", 2, 5, 4, 3, 12, 3, 6);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private final WorkspaceService workspaces = new WorkspaceService();
    private final ExchangeService exchange = new ExchangeService(workspaces,
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void sameSeedGivesTheSameExportBytes() throws Exception {
        exchange.generate(dir.resolve("a.cxcadence"), TINY, 7, TODAY);
        exchange.generate(dir.resolve("b.cxcadence"), TINY, 7, TODAY);
        assertArrayEquals(export(dir.resolve("a.cxcadence")), export(dir.resolve("b.cxcadence")));
    }

    @Test
    void generatedWorkspaceHasTheCountsOfItsSize() {
        BenchmarkCompany.Summary summary = exchange.generate(dir.resolve("w.cxcadence"), TINY, 7, TODAY);
        try (OpenWorkspace open = workspaces.openReadOnly(dir.resolve("w.cxcadence"))) {
            Workspace w = open.snapshot();
            assertEquals(12, w.people().size());
            assertEquals(2, w.series().size());
            assertEquals(10, w.meetings().size());
            assertEquals(40, w.meetings().stream().mapToInt(m -> m.agenda().size()).sum());
            // Every session but each series' draft raised actions.
            assertEquals(2 * 4 * 3, w.actionItems().size());
            assertEquals(3, w.metrics().size());
            assertEquals(3 * 6 * 3, w.metrics().stream().mapToInt(m -> m.values().size()).sum());
            assertEquals(summary.actions(), w.actionItems().size());
            assertEquals(2, w.meetings().stream().filter(m -> m.status() == MeetingStatus.DRAFT).count());
            assertTrue(w.meetings().stream().filter(m -> m.status() == MeetingStatus.DRAFT)
                    .allMatch(m -> !m.start().toLocalDate().isBefore(TODAY)), "each series' next session is upcoming");
            assertTrue(w.meetings().stream().flatMap(m -> m.agenda().stream()).map(AgendaItem::notes)
                    .filter(n -> n != null).allMatch(n -> !n.isBlank()));
        }
    }

    @Test
    void percentageMetricsStayBetweenZeroAndHundred() {
        // Eight metrics cycle through every unit twice, so two of them are percentages.
        BenchmarkSize eightMetrics = new BenchmarkSize("tiny-8", 2, 5, 4, 3, 12, 8, 24);
        exchange.generate(dir.resolve("p.cxcadence"), eightMetrics, 7, TODAY);
        try (OpenWorkspace open = workspaces.openReadOnly(dir.resolve("p.cxcadence"))) {
            List<MetricValue> percentages = open.snapshot().metrics().stream()
                    .filter(m -> m.unit() == MetricUnit.PERCENT).flatMap(m -> m.values().stream()).toList();
            assertEquals(2 * 24 * 3, percentages.size());
            assertTrue(percentages.stream().allMatch(v -> v.value().signum() >= 0
                    && v.value().compareTo(BigDecimal.valueOf(100)) <= 0
                    && v.target().compareTo(BigDecimal.valueOf(100)) <= 0), "every percentage value and target in 0–100");
        }
    }

    @Test
    void sizesMatchTheIssue() {
        assertEquals(5_000, BenchmarkSize.LARGE.sessions());
        assertEquals(100_000, BenchmarkSize.LARGE.sessions() * BenchmarkSize.LARGE.itemsPerSession());
        assertEquals(500, BenchmarkSize.MEDIUM.sessions());
        assertEquals(50, BenchmarkSize.MEDIUM.people());
    }

    private byte[] export(Path file) throws Exception {
        try (OpenWorkspace open = workspaces.openReadOnly(file)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exchange.exportJson(open, out);
            return out.toByteArray();
        }
    }
}
