package org.cxcadence.domain;

import static org.cxcadence.domain.MetricFixtures.total;
import static org.cxcadence.domain.MetricFixtures.v;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** When a metric's latest periods alone give what Home and Run's glance show from its whole history. */
class MetricWindowTest {
    private static final List<String> TOTAL_ONLY = Collections.singletonList(null);

    /** Monthly values from January 2025 for {@code valued} months, then {@code targetsOnly} months of targets ahead. */
    private static Metric months(int valued, int targetsOnly) {
        List<MetricValue> values = new ArrayList<>();
        Period p = Period.monthly(2025, 1);
        for (int i = 0; i < valued + targetsOnly; i++, p = p.next()) {
            values.add(v(p.toString(), i < valued ? "95" : null, "90"));
        }
        return total(Direction.HIGHER_IS_BETTER, values.toArray(MetricValue[]::new));
    }

    @Test
    void twoYearsOfValuesOnTargetDecide() {
        assertTrue(MetricWindow.decides(months(24, 0), TOTAL_ONLY));
    }

    @Test
    void aWindowWithFewerPeriodsOfValuesThanTheGlancesTrendDoesNotDecide() {
        // Targets entered a year and more ahead leave the latest 24 periods with only 10 values:
        // the twelve-period trend Run draws reaches before them.
        assertFalse(MetricWindow.decides(months(10, 14), TOTAL_ONLY));
        assertTrue(MetricWindow.decides(months(12, 12), TOTAL_ONLY), "twelve values in the window are enough");
    }
}
