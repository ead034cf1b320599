package org.cxcadence.domain;

/** The two kinds of customer work: fix what is unreliable, or build a differentiated experience. */
public enum ActionKind {
    RELIABILITY, INNOVATION
}
