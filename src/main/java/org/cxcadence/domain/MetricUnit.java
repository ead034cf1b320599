package org.cxcadence.domain;

/** How a metric's values are read; percent values are 0–100. */
public enum MetricUnit {
    COUNT, PERCENT, CURRENCY, SCORE
}
