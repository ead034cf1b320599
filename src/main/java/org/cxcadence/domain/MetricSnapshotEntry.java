package org.cxcadence.domain;

import java.math.BigDecimal;

/** A metric value as the room saw it when a session ended; later corrections do not change it. */
public record MetricSnapshotEntry(String metricId, String period, String segmentId,
                                  BigDecimal value, BigDecimal target) {
    public MetricSnapshotEntry {
        Require.id(metricId, "metricId");
        Require.present(period, "period");
    }
}
