package org.cxcadence.domain;

import java.math.BigDecimal;

/**
 * A metric's value (and optional target) for one period and, where tracked so, one segment.
 *
 * @param segmentId {@code null} for the total over all segments
 */
public record MetricValue(String period, String segmentId, BigDecimal value, BigDecimal target,
                          String note) {
    public MetricValue {
        Require.present(period, "period");
        Require.notes(note, "note");
    }
}
