package org.cxcadence.domain;

import java.math.BigDecimal;
import java.util.List;

final class MetricFixtures {
    private MetricFixtures() {
    }

    static Metric metric(String id, String name, Direction direction, MetricCadence cadence, boolean perSegment,
                         MetricValue... values) {
        return new Metric(id, name, MetricCategory.CUSTOMER_ASSET, MetricUnit.COUNT, direction, cadence, null, null,
                perSegment, null, null, List.of(values));
    }

    static Metric total(Direction direction, MetricValue... values) {
        return metric("m", "Retention rate", direction, MetricCadence.MONTHLY, false, values);
    }

    static MetricValue v(String period, String segmentId, String value, String target) {
        return new MetricValue(period, segmentId, value == null ? null : new BigDecimal(value),
                target == null ? null : new BigDecimal(target), null);
    }

    static MetricValue v(String period, String value, String target) {
        return v(period, null, value, target);
    }
}
