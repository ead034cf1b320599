package org.cxcadence.exchange.json;

import org.cxcadence.domain.DomainException;

/** The reason part of a domain refusal; the JSON path already names the field. */
public final class DomainMessages {
    private DomainMessages() {
    }

    /** DomainException's message is "field: reason". */
    public static String reason(DomainException e) {
        String prefix = e.field() + ": ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
