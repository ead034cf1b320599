package org.cxcadence.domain;

/**
 * A customer segment by which metrics are tracked ("Enterprise", "Mid-market", "Small business").
 *
 * @param archived no longer offered for new work; kept because sessions, actions and values name it
 */
public record Segment(String id, String name, Integer position, boolean archived) {
    public Segment {
        Require.id(id, "id");
        Require.title(name, "name");
    }

    /**
 * A stage or segment in use; archived ones stay because history names them. */
    public Segment(String id, String name, Integer position) {
        this(id, name, position, false);
    }
}
