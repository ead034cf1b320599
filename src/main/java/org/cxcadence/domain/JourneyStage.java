package org.cxcadence.domain;

/** A stage of the customer journey, named from the customer's side ("Choose", "Join", "Use"…). */
public record JourneyStage(String id, String name, Integer position) {
    public JourneyStage {
        Require.id(id, "id");
        Require.title(name, "name");
    }
}
