package org.cxcadence.domain;

/** Which way is good for a metric. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
