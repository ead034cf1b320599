package org.cxcadence.domain;

/** Life cycle of a session: draft → ready → in progress → completed, or cancelled. */
public enum MeetingStatus {
    DRAFT, READY, IN_PROGRESS, COMPLETED, CANCELLED;

    /** A session that still lies ahead of the room: neither held nor called off. */
    public boolean isPending() {
        return this == DRAFT || this == READY || this == IN_PROGRESS;
    }
}
