package org.cxcadence.domain;

/** Status of an action item. Open means still owed: open, in progress or blocked (CONTRACT.md). */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, BLOCKED, DROPPED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS || this == BLOCKED;
    }
}
