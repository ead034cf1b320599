package org.cxcadence.exchange.csv;

import java.math.BigDecimal;

/**
 * One valid row of a metrics CSV file, resolved against the workspace.
 *
 * @param period    the exchange form ({@code 2026-10}, {@code 2026-Q3}), whatever case the file used
 * @param segmentId {@code null} for the total
 * @param value     {@code null} when the row only sets a target (the stored value stays)
 * @param target    {@code null} when the file gives none for this row (the stored target stays)
 */
public record MetricsCsvRow(int line, String metricId, String period, String segmentId, BigDecimal value,
                            BigDecimal target) {
}
