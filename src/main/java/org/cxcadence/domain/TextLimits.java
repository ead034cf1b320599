package org.cxcadence.domain;

/** Length limits of user text (CONTRACT.md): titles up to 500 code points, notes up to 1,000,000. */
public final class TextLimits {
    public static final int MAX_TITLE = Require.MAX_TITLE;
    public static final int MAX_NOTES = Require.MAX_NOTES;

    private TextLimits() {
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    public static void checkTitle(String value, String field) {
        if (length(value) > MAX_TITLE) {
            throw new DomainException(field, "is longer than " + MAX_TITLE + " characters (" + length(value) + ")");
        }
    }

    public static void checkNotes(String value, String field) {
        if (length(value) > MAX_NOTES) {
            throw new DomainException(field, "is longer than " + MAX_NOTES + " characters (" + length(value) + ")");
        }
    }
}
