package org.cxcadence.domain;

/** A decision taken on an agenda item. */
public record Decision(String id, String text) {
    public Decision {
        Require.id(id, "id");
        Require.notes(text, "text");
        if (text == null || text.isBlank()) {
            throw new DomainException("text", "must not be blank");
        }
    }
}
