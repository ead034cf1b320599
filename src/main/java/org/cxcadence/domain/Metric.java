package org.cxcadence.domain;

import java.util.List;

/**
 * A customer loyalty or profitability measure, owned by a leader, with values per period.
 *
 * @param currencyCode ISO 4217 code for {@link MetricUnit#CURRENCY} metrics
 * @param perSegment   whether values are kept per customer segment rather than as one total
 */
public record Metric(String id, String name, MetricCategory category, MetricUnit unit,
                     Direction direction, MetricCadence cadence, String description,
                     String currencyCode, boolean perSegment, Integer position, String ownerId,
                     List<MetricValue> values) {
    public Metric {
        Require.id(id, "id");
        Require.title(name, "name");
        Require.present(category, "category");
        Require.present(unit, "unit");
        Require.present(direction, "direction");
        Require.present(cadence, "cadence");
        Require.notes(description, "description");
        values = Require.list(values);
    }

    /** The same definition holding other values (a part of its history, or values built elsewhere). */
    public Metric withValues(List<MetricValue> others) {
        return new Metric(id, name, category, unit, direction, cadence, description, currencyCode, perSegment,
                position, ownerId, others);
    }
}
