package org.cxcadence.ui.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cxcadence.domain.Metric;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.StarterMetrics;
import org.cxcadence.testing.ManualScheduler;
import org.cxcadence.ui.SynchronousUiExecutor;
import org.cxcadence.ui.common.Autosaver;
import org.cxcadence.ui.common.Messages;
import org.junit.jupiter.api.Test;

/** The grid's reading of typed and pasted numbers, and what it saves; no window needed. */
class ValuesGridModelTest {
    private final List<String> writes = new ArrayList<>();
    private final Autosaver autosaver = new Autosaver(new SynchronousUiExecutor(), new ManualScheduler());
    private static final List<Segment> SEGMENTS = List.of(new Segment("ent", "Enterprise", 1),
            new Segment("mid", "Mid-market", 2));

    private ValuesGridModel grid(String metricId, Locale locale) {
        ValuesGridModel g = new ValuesGridModel(autosaver, (m, p, s, v, t, n) -> writes.add(m + " " + p + " " + s + " "
                + (v == null ? "-" : v.toPlainString()) + " " + (t == null ? "-" : t.toPlainString())),
                new Messages(Locale.ENGLISH), locale);
        Metric metric = StarterMetrics.all().stream().filter(m -> m.id().equals(metricId)).findFirst().orElseThrow();
        g.load(metric, metric, SEGMENTS, LocalDate.of(2026, 11, 23));
        return g;
    }

    @Test
    void numbersAreReadInTheUsersLocaleWithWellPlacedGroupingOnly() {
        ValuesGridModel en = grid(StarterMetrics.CUSTOMERS_ACQUIRED, Locale.US);
        assertEquals(new BigDecimal("1240"), en.parseNumber("1,240"));
        assertEquals(new BigDecimal("1240000.5"), en.parseNumber("1,240,000.5"));
        assertEquals(new BigDecimal("-3"), en.parseNumber("\u22123"));
        for (String bad : List.of("1,2", "12,40", "seven", "1.2.3", "45%", "1e3")) {
            assertThrowsIllegal(en, bad);
        }
        ValuesGridModel de = grid(StarterMetrics.COST_TO_SERVE, Locale.GERMANY);
        assertEquals(new BigDecimal("1240.5"), de.parseNumber("1.240,5"));
        assertEquals(new BigDecimal("38.1"), de.parseNumber("38,1"));
        assertThrowsIllegal(de, "38.1");
    }

    @Test
    void percentMetricsTakeAPercentSignAndStayWithin0To100() {
        ValuesGridModel g = grid(StarterMetrics.RETENTION_RATE, Locale.US);
        assertEquals(new BigDecimal("95.3"), g.parseNumber("95.3%"));
        assertThrowsIllegal(g, "101");
        assertThrowsIllegal(g, "-1");
    }

    @Test
    void theGridSpansAYearBackToTheNextPeriodWithAValueAndTargetColumnPerSegment() {
        ValuesGridModel g = grid(StarterMetrics.CUSTOMERS_LOST, Locale.US);
        assertEquals("2025-12", g.periods().getFirst().toString());
        assertEquals("2026-12", g.periods().getLast().toString());
        assertEquals(4, g.columnCount(), "Enterprise and Mid-market, value and target; no total for a per-segment metric");
    }

    @Test
    void aPastedBlockIsCommittedCellByCellAndWhatFallsOutsideIsLeftOut() {
        ValuesGridModel g = grid(StarterMetrics.CUSTOMERS_LOST, Locale.US);
        int last = g.rowCount() - 1;
        int accepted = g.paste(last, 2, "5\t6\t7\n8\t9\n");
        assertEquals(2, accepted, "one row and two columns fit");
        autosaver.flush();
        assertEquals(List.of("customers-lost 2026-12 mid 5 6"), writes);
    }

    @Test
    void aRefusedCellKeepsItsTextAndSavesNothing() {
        ValuesGridModel g = grid(StarterMetrics.CUSTOMERS_LOST, Locale.US);
        assertFalse(g.commit(0, 0, "lots"));
        assertEquals("lots", g.cell(0, 0).textProperty().get());
        assertTrue(g.cell(0, 0).errorProperty().get().contains("not a number"));
        g.revert(0, 0);
        assertEquals("", g.cell(0, 0).textProperty().get());
        assertEquals("", g.cell(0, 0).errorProperty().get());
        autosaver.flush();
        assertTrue(writes.isEmpty());
    }

    @Test
    void computedMetricsAreReadOnly() {
        ValuesGridModel g = grid(StarterMetrics.NET_CUSTOMER_CHANGE, Locale.US);
        assertTrue(g.readOnly());
        assertFalse(g.commit(0, 0, "5"));
        assertEquals(0, g.paste(0, 0, "1\t2"));
    }

    private static void assertThrowsIllegal(ValuesGridModel g, String text) {
        try {
            g.parseNumber(text);
        } catch (IllegalArgumentException e) {
            return;
        }
        throw new AssertionError(text + " should be refused");
    }
}
