package org.cxcadence.domain;

import java.math.BigDecimal;

/**
 * A metric line (one segment, or the total) whose latest judged period missed its target.
 *
 * @param segmentId      {@code null} for the total
 * @param period         the latest period that has both a value and a target
 * @param periodsRunning consecutive periods off target up to and including {@code period}; at least 1
 */
public record OffTarget(String metricId, String segmentId, String period, BigDecimal value,
                        BigDecimal target, int periodsRunning) {
}
