package org.cxcadence.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.cxcadence.domain.Direction.HIGHER_IS_BETTER;
import static org.cxcadence.domain.Direction.LOWER_IS_BETTER;
import static org.cxcadence.domain.MetricFixtures.metric;
import static org.cxcadence.domain.MetricFixtures.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetCustomerChangeTest {
    private static final Metric ACQUIRED = metric(StarterMetrics.CUSTOMERS_ACQUIRED, "Customers acquired",
            HIGHER_IS_BETTER, MetricCadence.MONTHLY, true,
            v("2026-10", "seg-smb", "1010", null), v("2026-10", "seg-ent", "7", null),
            v("2026-09", "seg-smb", "990", null), v("2026-08", "seg-smb", "900", null));
    private static final Metric LOST = metric(StarterMetrics.CUSTOMERS_LOST, "Customers lost",
            LOWER_IS_BETTER, MetricCadence.MONTHLY, true,
            v("2026-10", "seg-smb", "1250", null), v("2026-10", "seg-ent", "3", null),
            v("2026-09", "seg-smb", "1300", null));

    @Test
    void netChangeIsAcquiredMinusLostPerPeriodAndSegment() {
        List<NetCustomerChange.Entry> entries = NetCustomerChange.volume(List.of(LOST, ACQUIRED));
        assertEquals(List.of("2026-09 seg-smb -310", "2026-10 seg-ent 4", "2026-10 seg-smb -240"),
                entries.stream().map(e -> e.period() + " " + e.segmentId() + " " + e.net().toPlainString()).toList());
    }

    @Test
    void aPeriodMissingFromEitherSideHasNoNetChange() {
        assertTrue(NetCustomerChange.volume(List.of(ACQUIRED, LOST)).stream()
                .noneMatch(e -> e.period().equals("2026-08")));
    }

    @Test
    void totalsAddTheSegmentsOfEachPeriod() {
        List<NetCustomerChange.Entry> totals = NetCustomerChange.totalsByPeriod(
                NetCustomerChange.volume(List.of(ACQUIRED, LOST)));
        NetCustomerChange.Entry october = totals.getLast();
        assertEquals("2026-10", october.period());
        assertEquals(null, october.segmentId());
        assertEquals(new BigDecimal("1017"), october.acquired());
        assertEquals(new BigDecimal("1253"), october.lost());
        assertEquals(new BigDecimal("-236"), october.net());
    }

    @Test
    void totalsPreferAnEnteredTotalRowOverTheSumOfSegments() {
        Metric acquired = metric("a", "Customers acquired", HIGHER_IS_BETTER, MetricCadence.MONTHLY, true,
                v("2026-10", null, "100", null), v("2026-10", "seg-smb", "60", null));
        Metric lost = metric("l", "Customers lost", LOWER_IS_BETTER, MetricCadence.MONTHLY, true,
                v("2026-10", null, "80", null), v("2026-10", "seg-smb", "50", null));
        List<NetCustomerChange.Entry> totals = NetCustomerChange.totalsByPeriod(
                NetCustomerChange.volume(List.of(acquired, lost)));
        assertEquals(new BigDecimal("20"), totals.getFirst().net());
    }

    @Test
    void metricsAreFoundByWellKnownIdFirst() {
        Metric impostor = metric("x", "Customers acquired", HIGHER_IS_BETTER, MetricCadence.MONTHLY, true);
        assertEquals(ACQUIRED, NetCustomerChange.acquiredVolume(List.of(impostor, ACQUIRED)).orElseThrow());
    }

    @Test
    void metricsAreFoundByNameWhenIdsAreForeign() {
        Metric acquired = metric("uuid-1", "  customers ACQUIRED ", HIGHER_IS_BETTER, MetricCadence.MONTHLY, false,
                v("2026-10", "5", null));
        Metric lost = metric("uuid-2", "Customers lost", LOWER_IS_BETTER, MetricCadence.MONTHLY, false,
                v("2026-10", "8", null));
        assertEquals(new BigDecimal("-3"), NetCustomerChange.volume(List.of(acquired, lost)).getFirst().net());
    }

    @Test
    void valueNetChangeUsesTheMoneyMetrics() {
        Metric acquired = metric(StarterMetrics.CUSTOMERS_ACQUIRED_VALUE, "Customers acquired (value)",
                HIGHER_IS_BETTER, MetricCadence.MONTHLY, false, v("2026-10", "250000.50", null));
        Metric lost = metric(StarterMetrics.CUSTOMERS_LOST_VALUE, "Customers lost (value)",
                LOWER_IS_BETTER, MetricCadence.MONTHLY, false, v("2026-10", "300000", null));
        assertEquals(new BigDecimal("-49999.50"),
                NetCustomerChange.value(List.of(acquired, lost, ACQUIRED, LOST)).getFirst().net());
    }

    @Test
    void withoutBothMetricsThereIsNoNetChange() {
        assertTrue(NetCustomerChange.volume(List.of(ACQUIRED)).isEmpty());
    }
}
