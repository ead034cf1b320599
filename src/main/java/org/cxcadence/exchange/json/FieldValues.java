package org.cxcadence.exchange.json;

import org.cxcadence.domain.DomainException;
import org.cxcadence.domain.TextLimits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * How single values of the format are read and written: strict ISO-8601 dates and times, bounded
 * decimals, text within CONTRACT's limits. Each check throws a {@link DomainException} naming the
 * field, like the domain records do, so both are reported the same way.
 */
public final class FieldValues {
    /** Digits allowed before and after the decimal point; more is no metric, only a way to blow up "plain" output. */
    public static final int MAX_DIGITS = 30;

    /** Seconds always written, so {@code 2026-11-02T09:00:00-06:00} comes back exactly as given. */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendOffsetId()
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private FieldValues() {
    }

    public static LocalDate date(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new DomainException(field, "must be a date like 2026-11-16, was " + quote(text));
        }
    }

    public static LocalTime time(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
        } catch (DateTimeParseException e) {
            throw new DomainException(field, "must be a time like 09:00, was " + quote(text));
        }
    }

    public static OffsetDateTime dateTime(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new DomainException(field,
                    "must be a date-time with offset like 2026-11-02T09:00:00-06:00, was " + quote(text));
        }
    }

    public static String format(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static String format(LocalTime time) {
        return time == null ? null : time.toString();
    }

    public static String format(OffsetDateTime dateTime) {
        return dateTime == null ? null : DATE_TIME.format(dateTime);
    }

    /**
     * A decimal as written, but never with a negative scale ({@code 1E+3} becomes {@code 1000}) so
     * the value read equals the value the next read of our own export gives.
     */
    public static BigDecimal decimal(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.scale() < 0 ? value.setScale(0) : value;
        if (value.precision() - value.scale() > MAX_DIGITS || plain.scale() > MAX_DIGITS) {
            throw new DomainException(field, "must have at most " + MAX_DIGITS
                    + " digits before and " + MAX_DIGITS + " after the decimal point");
        }
        return plain;
    }

    /** Short text (names, silo, e-mail, time zone…): the title limit of CONTRACT.md. */
    public static String shortText(String value, String field) {
        if (value != null) {
            TextLimits.checkTitle(wellFormed(value, field), field);
        }
        return value;
    }

    /** Long text (notes, links): the notes limit of CONTRACT.md. */
    public static String longText(String value, String field) {
        if (value != null) {
            TextLimits.checkNotes(wellFormed(value, field), field);
        }
        return value;
    }

    /**
     * JSON escapes can spell half of a surrogate pair ({@code "\ud800"}), which is no Unicode text:
     * it cannot be written as UTF-8 or stored, so it is refused where it enters.
     */
    public static String wellFormed(String value, String field) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new DomainException(field, "is not valid Unicode text (a lone surrogate \\u"
                        + Integer.toHexString(c) + " at character " + i + ")");
            }
        }
        return value;
    }

    public static int required(Integer value, String field) {
        if (value == null) {
            throw new DomainException(field, "is required");
        }
        return value;
    }

    /** The value as a message shows it: short, on one line. */
    public static String quote(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "…" : text;
        StringBuilder quoted = new StringBuilder("\"");
        shown.chars().forEach(c -> {
            if (c < 0x20) {
                quoted.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                quoted.append((char) c);
            }
        });
        return quoted.append('"').toString();
    }
}
