package org.cxcadence.domain;

/** A customer segment by which metrics are tracked ("Enterprise", "Mid-market", "Small business"). */
public record Segment(String id, String name, Integer position) {
    public Segment {
        Require.id(id, "id");
        Require.title(name, "name");
    }
}
