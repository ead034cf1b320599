package org.cxcadence.domain;

/** What an agenda item being prepared may hold: a title, a sensible timebox. */
public final class AgendaRules {
    /** No single item of an accountability session runs longer than four hours. */
    public static final int MAX_ITEM_MINUTES = 240;

    private AgendaRules() {
    }

    public static void checkPlannedMinutes(int minutes) {
        if (minutes < 1 || minutes > MAX_ITEM_MINUTES) {
            throw new DomainException("plannedMinutes",
                    "must be between 1 and " + MAX_ITEM_MINUTES + " minutes, was " + minutes);
        }
    }

    /** The stripped title, or a {@link DomainException} for a blank or too long one. */
    public static String checkedTitle(String title) {
        Require.title(title, "title");
        return title.strip();
    }
}
