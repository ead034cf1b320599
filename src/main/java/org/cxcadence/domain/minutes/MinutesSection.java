package org.cxcadence.domain.minutes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cxcadence.domain.DomainException;

/**
 * The sections of the minutes that can be left out (CONTRACT.md: {@code --without S,…}). Title,
 * date, facilitator and rating are always there, and so are corrections: a correction belongs
 * with the record it corrects.
 */
public enum MinutesSection {
    ATTENDANCE, NOTES, DECISIONS, ACTIONS, UPDATES, REVIEW, METRICS, SCORECARD, DEFERRED, NEXT;

    /** The name used on the command line and in templates: {@code attendance}, {@code notes}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Set<MinutesSection> all() {
        return Collections.unmodifiableSet(EnumSet.allOf(MinutesSection.class));
    }

    /** Parses one section name, case-insensitive; the message lists the valid names. */
    public static MinutesSection parse(String text) {
        String t = text == null ? "" : text.strip();
        for (MinutesSection s : values()) {
            if (s.id().equalsIgnoreCase(t)) {
                return s;
            }
        }
        throw new DomainException("section", "unknown section \"" + t + "\"; sections are " + names());
    }

    /** All sections except those named in a comma-separated list ({@code notes,metrics}); blank keeps all. */
    public static Set<MinutesSection> allWithout(String commaSeparated) {
        EnumSet<MinutesSection> chosen = EnumSet.allOf(MinutesSection.class);
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return chosen;
        }
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                chosen.remove(parse(part));
            }
        }
        return chosen;
    }

    public static String names() {
        List<String> names = new ArrayList<>();
        for (MinutesSection s : values()) {
            names.add(s.id());
        }
        return String.join(", ", names);
    }
}
