package org.cxcadence.service.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.cxcadence.domain.Direction;
import org.cxcadence.domain.MetricCategory;
import org.cxcadence.domain.MetricUnit;

/**
 * The metrics at a glance: the customer asset in whole numbers first ("gained 1,240, lost 1,118"),
 * then one tile per metric in the CCO's order, customer asset before loyalty and profitability.
 */
public record MetricDashboard(Optional<AssetHeadline> headline, List<Tile> tiles) {

    /** Customers gained and lost in the latest period both are known, in accounts and (when kept) in money. */
    public record AssetHeadline(String period, BigDecimal acquired, BigDecimal lost, BigDecimal acquiredValue,
                                BigDecimal lostValue, String currencyCode) {
        public BigDecimal net() {
            return acquired.subtract(lost);
        }
    }

    /**
     * @param value     the latest total, or {@code null} when the metric has none (a rate by segment:
     *                  then {@code segments} carries the figures)
     * @param sparks    the total over the last periods, or one series per segment when there is no total;
     *                  {@code null} where a period has no value
     * @param offTargetIn the lines off target: segment names, or an empty string for the total
     */
    public record Tile(String metricId, String name, MetricCategory category, MetricUnit unit, String currencyCode,
                       Direction direction, boolean computed, String period, BigDecimal value, BigDecimal target,
                       BigDecimal previous, List<Figure> segments, List<Spark> sparks, List<String> offTargetIn,
                       int periodsOffTarget) {
        public boolean offTarget() {
            return !offTargetIn.isEmpty();
        }

        public boolean hasValues() {
            return period != null;
        }
    }

    /** One segment's latest figure. */
    public record Figure(String label, BigDecimal value, BigDecimal target, boolean offTarget) {
    }

    /** One series of a sparkline, oldest first. */
    public record Spark(String label, List<BigDecimal> values) {
    }
}
