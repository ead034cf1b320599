package org.cxcadence.domain;

/**
 * A stage of the customer journey, named from the customer's side ("Choose", "Join", "Use"…). */
public record JourneyStage(String id, String name, Integer position, boolean archived) {
    public JourneyStage {
        Require.id(id, "id");
        Require.title(name, "name");
    }

    /**
 * A stage or segment in use; archived ones stay because history names them. */
    public JourneyStage(String id, String name, Integer position) {
        this(id, name, position, false);
    }
}
