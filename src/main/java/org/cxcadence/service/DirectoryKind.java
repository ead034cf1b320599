package org.cxcadence.service;

/** The reference lists a workspace keeps and the People section edits. */
public enum DirectoryKind {
    PEOPLE, TOPIC_AREAS, JOURNEY_STAGES, SEGMENTS
}
