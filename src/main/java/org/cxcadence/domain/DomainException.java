package org.cxcadence.domain;

/** A value breaks a rule of the domain; names the field so the message can point at it. */
public final class DomainException extends IllegalArgumentException {
    private final String field;

    public DomainException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
