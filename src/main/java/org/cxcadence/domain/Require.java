package org.cxcadence.domain;

import java.util.List;

/** The few checks every record makes; limits from CONTRACT.md (lengths count code points). */
final class Require {
    static final int MAX_TITLE = 500;
    static final int MAX_NOTES = 1_000_000;
    static final int MAX_ID = 200;
    static final int MAX_MINUTES = 24 * 60;

    private Require() {
    }

    static void id(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException(field, "is required");
        }
        if (value.codePointCount(0, value.length()) > MAX_ID) {
            throw new DomainException(field, "is longer than " + MAX_ID + " characters");
        }
    }

    static void title(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException(field, "must not be blank");
        }
        TextLimits.checkTitle(value, field);
    }

    static void notes(String value, String field) {
        if (value != null) {
            TextLimits.checkNotes(value, field);
        }
    }

    static void present(Object value, String field) {
        if (value == null) {
            throw new DomainException(field, "is required");
        }
    }

    static void minutes(int value, String field) {
        if (value < 1 || value > MAX_MINUTES) {
            throw new DomainException(field, "must be between 1 and " + MAX_MINUTES + " minutes, was " + value);
        }
    }

    /** A 1–5 rating (maturity, sponsor answers, readiness statements). */
    static void scale(int value, String field) {
        if (value < 1 || value > 5) {
            throw new DomainException(field, "must be between 1 and 5, was " + value);
        }
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
