package org.cxcadence.service.metrics;

import java.math.BigDecimal;
import java.util.List;

import org.cxcadence.domain.Direction;
import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.MetricCategory;
import org.cxcadence.domain.MetricUnit;

/**
 * A metric over time, as its page shows it: value against target per line (each segment where it is
 * tracked so, and the total), the latest value, its change against the previous period and the same
 * period last year, and how many periods running it has been off target.
 */
public record MetricTrend(String metricId, String name, String description, MetricCategory category,
                          MetricUnit unit, String currencyCode, Direction direction, MetricCadence cadence,
                          boolean computed, String ownerName, List<Line> lines) {

    public record Point(String period, BigDecimal value, BigDecimal target) {
    }

    /**
     * @param segmentId        {@code null} for the total
     * @param label            the segment's name, or {@code null} for the total
     * @param latest           the latest period with a value, or {@code null} when the line has none
     * @param judged           whether the off-target rule judges this line (segments of a per-segment
     *                         metric, else the total)
     * @param periodsOffTarget consecutive periods off target up to the latest judged one; 0 when on target
     */
    public record Line(String segmentId, String label, List<Point> points, Point latest, BigDecimal previous,
                       BigDecimal sameLastYear, boolean judged, boolean offTarget, int periodsOffTarget) {

        public BigDecimal changeVsPrevious() {
            return latest == null || latest.value() == null || previous == null ? null
                    : latest.value().subtract(previous);
        }

        public BigDecimal changeVsLastYear() {
            return latest == null || latest.value() == null || sameLastYear == null ? null
                    : latest.value().subtract(sameLastYear);
        }
    }
}
