package org.cxcadence.domain;

/** Where a road-map milestone stands. Done and dropped milestones are never late. */
public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, AT_RISK, DONE, DROPPED;

    public boolean isClosed() {
        return this == DONE || this == DROPPED;
    }
}
