package org.cxcadence.domain;

/** A topic area of the agenda; by default one of the five competencies of customer-driven growth. */
public record TopicArea(String id, String name, Integer position, boolean archived) {
    public TopicArea {
        Require.id(id, "id");
        Require.title(name, "name");
    }
}
