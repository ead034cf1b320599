package org.cxcadence.ui.common;

/**
 * What the user chose in Settings: follow the operating system's light or dark scheme, or
 * always one of the two looks. Kept apart from {@link Theme}, which is the look applied now.
 */
public enum ThemeChoice {
    SYSTEM, LIGHT, DARK;

    /** The look this choice gives while the system reports {@code system}. */
    public Theme resolve(Theme system) {
        return switch (this) {
            case SYSTEM -> system;
            case LIGHT -> Theme.LIGHT;
            case DARK -> Theme.DARK;
        };
    }

    /** The explicit choice of one look (the shell's toggle, or a look set directly). */
    public static ThemeChoice of(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }

    /** A missing or unknown value follows the system: a new install looks like the desktop around it. */
    public static ThemeChoice parse(String value) {
        if (value == null) {
            return SYSTEM;
        }
        for (ThemeChoice choice : values()) {
            if (choice.name().equalsIgnoreCase(value.strip())) {
                return choice;
            }
        }
        return SYSTEM;
    }
}
