package org.cxcadence.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Dates and times as the workspace stores them ({@code 2026-11-23}, {@code 2026-11-23T09:00-05:00}),
 * read without the JDK's general formatter. Home's read parses ~15,000 of them, and in a JVM just
 * started the formatter takes ~100 ms for that where this takes ~15 (bench: docs/PERFORMANCE.md).
 * The common forms are read by hand; any other text goes to {@link OffsetDateTime#parse} or
 * {@link LocalDate#parse}, so every result and every failure is exactly the JDK's
 * ({@code StoredTimesTest}).
 */
final class StoredTimes {
    private StoredTimes() {
    }

    /** {@code yyyy-MM-ddTHH:mm[:ss](Z|±HH:MM)} read here; anything else by {@link OffsetDateTime#parse}. */
    static OffsetDateTime offsetDateTime(String text) {
        int n = text.length();
        if (n < 17 || !isDateAt(text) || text.charAt(10) != 'T' || text.charAt(13) != ':') {
            return OffsetDateTime.parse(text);
        }
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = 0;
        int at = 16;
        if (at < n && text.charAt(at) == ':') {
            if (n < 20) {
                return OffsetDateTime.parse(text);
            }
            second = digits(text, 17, 19);
            at = 19;
        }
        if (hour < 0 || minute < 0 || second < 0 || at >= n) {
            return OffsetDateTime.parse(text);
        }
        ZoneOffset offset;
        char sign = text.charAt(at);
        if (sign == 'Z' && at + 1 == n) {
            offset = ZoneOffset.UTC;
        } else if ((sign == '+' || sign == '-') && at + 6 == n && text.charAt(at + 3) == ':') {
            int hours = digits(text, at + 1, at + 3);
            int minutes = digits(text, at + 4, at + 6);
            if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
                return OffsetDateTime.parse(text);
            }
            try {
                offset = sign == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes) : ZoneOffset.ofHoursMinutes(hours, minutes);
            } catch (DateTimeException outOfRange) {
                return OffsetDateTime.parse(text);
            }
        } else {
            return OffsetDateTime.parse(text);
        }
        try {
            return OffsetDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), hour, minute, second, 0,
                    offset);
        } catch (DateTimeException invalid) {
            return OffsetDateTime.parse(text); // 30 February, hour 24…: the JDK's own message
        }
    }

    /** {@code yyyy-MM-dd} read here; anything else by {@link LocalDate#parse}. */
    static LocalDate localDate(String text) {
        if (text.length() != 10 || !isDateAt(text)) {
            return LocalDate.parse(text);
        }
        try {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        } catch (DateTimeException invalid) {
            return LocalDate.parse(text);
        }
    }

    /** {@code dddd-dd-dd} at the start of {@code text}. */
    private static boolean isDateAt(String text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-'
                && digits(text, 0, 4) >= 0 && digits(text, 5, 7) >= 0 && digits(text, 8, 10) >= 0;
    }

    /** The number written by the ASCII digits from {@code from} to {@code to}, or -1 if any is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
