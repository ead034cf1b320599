package org.cxcadence.domain;

/** What happened to an agenda item in the session; deferred and not-reached items are carried forward. */
public enum AgendaOutcome {
    DISCUSSED, DEFERRED, NOT_REACHED;

    public boolean carriesForward() {
        return this == DEFERRED || this == NOT_REACHED;
    }
}
