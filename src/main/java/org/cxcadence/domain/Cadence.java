package org.cxcadence.domain;

/** How often the sessions of a series take place. */
public enum Cadence {
    WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY
}
