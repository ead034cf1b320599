package org.cxcadence.domain;

/** An ordinary topic, or one of the two standing items every session holds. */
public enum AgendaItemKind {
    TOPIC, METRICS_REVIEW, ACTION_REVIEW
}
