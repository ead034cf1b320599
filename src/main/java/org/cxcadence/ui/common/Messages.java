package org.cxcadence.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-visible text from the resource bundle {@code org/cxcadence/ui/messages*.properties}. */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        // Properties bundles are read as UTF-8 (Java 9+). No fallback to the machine's default locale:
        // a person who asked for English on a German machine gets English, not German.
        this.bundle = ResourceBundle.getBundle("org.cxcadence.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The language asked for (the bundle's own locale is the root one for English). */
    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // Show the key rather than crash: a missing translation must never stop a meeting.
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }
}
