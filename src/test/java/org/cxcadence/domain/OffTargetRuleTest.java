package org.cxcadence.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.cxcadence.domain.Direction.HIGHER_IS_BETTER;
import static org.cxcadence.domain.Direction.LOWER_IS_BETTER;
import static org.cxcadence.domain.MetricFixtures.metric;
import static org.cxcadence.domain.MetricFixtures.total;
import static org.cxcadence.domain.MetricFixtures.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OffTargetRuleTest {

    @Test
    void higherIsBetterIsOffTargetOnlyBelowTheTarget() {
        assertTrue(OffTargetRule.isOffTarget(HIGHER_IS_BETTER, new BigDecimal("74.9"), new BigDecimal("75")));
        assertFalse(OffTargetRule.isOffTarget(HIGHER_IS_BETTER, new BigDecimal("75"), new BigDecimal("75")));
        assertFalse(OffTargetRule.isOffTarget(HIGHER_IS_BETTER, new BigDecimal("75.1"), new BigDecimal("75")));
    }

    @Test
    void lowerIsBetterIsOffTargetOnlyAboveTheTarget() {
        assertTrue(OffTargetRule.isOffTarget(LOWER_IS_BETTER, new BigDecimal("1001"), new BigDecimal("1000")));
        assertFalse(OffTargetRule.isOffTarget(LOWER_IS_BETTER, new BigDecimal("1000"), new BigDecimal("1000")));
        assertFalse(OffTargetRule.isOffTarget(LOWER_IS_BETTER, new BigDecimal("999"), new BigDecimal("1000")));
    }

    @Test
    void equalToTargetIsOnTargetWhateverTheScale() {
        assertFalse(OffTargetRule.isOffTarget(HIGHER_IS_BETTER, new BigDecimal("75.00"), new BigDecimal("75")));
    }

    @Test
    void theLatestPeriodDecidesNotAnEarlierOne() {
        Metric m = total(HIGHER_IS_BETTER, v("2026-09", "70", "75"), v("2026-10", "76", "75"));
        assertTrue(OffTargetRule.offTargets(m).isEmpty());
        Metric worse = total(HIGHER_IS_BETTER, v("2026-09", "76", "75"), v("2026-10", "70", "75"));
        assertEquals(1, OffTargetRule.offTargets(worse).size());
    }

    @Test
    void periodsAreOrderedByDateNotByListOrder() {
        Metric m = total(HIGHER_IS_BETTER, v("2026-10", "70", "75"), v("2025-12", "80", "75"));
        OffTarget off = OffTargetRule.offTargets(m).getFirst();
        assertEquals("2026-10", off.period());
    }

    @Test
    void aLatestPeriodWithoutATargetIsSkipped() {
        Metric m = total(HIGHER_IS_BETTER, v("2026-09", "70", "75"), v("2026-10", "90", null));
        OffTarget off = OffTargetRule.offTargets(m).getFirst();
        assertEquals("2026-09", off.period());
        assertEquals(new BigDecimal("70"), off.value());
        assertEquals(new BigDecimal("75"), off.target());
    }

    @Test
    void aLatestPeriodWithOnlyATargetIsSkipped() {
        Metric m = total(HIGHER_IS_BETTER, v("2026-09", "80", "75"), v("2026-10", null, "75"));
        assertTrue(OffTargetRule.offTargets(m).isEmpty());
        assertEquals("2026-09", OffTargetRule.latestJudged(m, null).orElseThrow().period());
    }

    @Test
    void aMetricWithoutTargetsIsNeverOffTarget() {
        assertTrue(OffTargetRule.offTargets(total(HIGHER_IS_BETTER, v("2026-10", "1", null))).isEmpty());
        assertTrue(OffTargetRule.offTargets(total(HIGHER_IS_BETTER)).isEmpty());
    }

    @Test
    void perSegmentMetricsAreJudgedSegmentBySegment() {
        Metric m = metric("lost", "Customers lost", LOWER_IS_BETTER, MetricCadence.MONTHLY, true,
                v("2026-10", "seg-ent", "3", "4"),
                v("2026-10", "seg-smb", "1200", "1000"),
                v("2026-09", "seg-mid", "260", "220"),
                v("2026-10", "seg-mid", "210", "220"));
        List<OffTarget> off = OffTargetRule.offTargets(m);
        assertEquals(List.of("seg-smb"), off.stream().map(OffTarget::segmentId).toList());
        assertTrue(OffTargetRule.isOffTarget(m));
    }

    @Test
    void perSegmentMetricsIgnoreTotalRows() {
        Metric m = metric("lost", "Customers lost", LOWER_IS_BETTER, MetricCadence.MONTHLY, true,
                v("2026-10", null, "9999", "1"), v("2026-10", "seg-ent", "3", "4"));
        assertTrue(OffTargetRule.offTargets(m).isEmpty());
    }

    @Test
    void totalMetricsAreJudgedOnTheTotalAlone() {
        Metric m = total(HIGHER_IS_BETTER, v("2026-10", "seg-ent", "1", "75"), v("2026-10", null, "80", "75"));
        assertTrue(OffTargetRule.offTargets(m).isEmpty());
        Metric off = total(HIGHER_IS_BETTER, v("2026-10", "seg-ent", "90", "75"), v("2026-10", null, "70", "75"));
        assertEquals(1, OffTargetRule.offTargets(off).size());
        assertEquals(null, OffTargetRule.offTargets(off).getFirst().segmentId());
    }

    @Test
    void periodsRunningCountsConsecutiveLatestPeriodsOffTarget() {
        Metric m = total(HIGHER_IS_BETTER, v("2026-06", "70", "75"), v("2026-07", "80", "75"),
                v("2026-08", "70", "75"), v("2026-09", "71", "75"), v("2026-10", "72", "75"));
        assertEquals(3, OffTargetRule.periodsRunningOffTarget(m, null));
        assertEquals(3, OffTargetRule.offTargets(m).getFirst().periodsRunning());
    }

    @Test
    void periodsRunningIsZeroWhenTheLatestIsOnTarget() {
        Metric m = total(HIGHER_IS_BETTER, v("2026-09", "70", "75"), v("2026-10", "75", "75"));
        assertEquals(0, OffTargetRule.periodsRunningOffTarget(m, null));
    }

    @Test
    void aMissingPeriodEndsTheRun() {
        Metric m = total(HIGHER_IS_BETTER, v("2026-07", "70", "75"), v("2026-09", "70", "75"),
                v("2026-10", "70", "75"));
        assertEquals(2, OffTargetRule.periodsRunningOffTarget(m, null));
    }

    @Test
    void aRunCrossesTheYearForQuarterlyMetrics() {
        Metric m = metric("nps", "Loyalty score (NPS)", HIGHER_IS_BETTER, MetricCadence.QUARTERLY, false,
                v("2025-Q3", "30", "25"), v("2025-Q4", "20", "25"), v("2026-Q1", "22", "25"));
        assertEquals(2, OffTargetRule.periodsRunningOffTarget(m, null));
    }

    @Test
    void valuesWhosePeriodDoesNotSuitTheCadenceAreIgnored() {
        Metric m = total(HIGHER_IS_BETTER, v("2026-Q4", "1", "75"), v("nonsense", "1", "75"),
                v("2026-10", "80", "75"));
        assertTrue(OffTargetRule.offTargets(m).isEmpty());
    }
}
