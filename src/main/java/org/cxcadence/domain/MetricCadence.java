package org.cxcadence.domain;

/** How often a metric gets a value; fixes the period syntax ({@code 2026-11} or {@code 2026-Q4}). */
public enum MetricCadence {
    MONTHLY, QUARTERLY
}
