package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * StoredTimes reads the forms the app writes without the JDK's general parser (a cold JVM spends
 * ~100 ms on 15,000 of them while opening Home), and must give exactly what the JDK's ISO parsers
 * give, or throw what they throw, for every text: canonical, unusual and wrong.
 */
class StoredTimesTest {
    @Test
    void everyCanonicalDateTimeIsWhatTheJdkReads() {
        Random random = new Random(20261207);
        for (int i = 0; i < 20_000; i++) {
            OffsetDateTime t = OffsetDateTime.of(1990 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(3) == 0 ? random.nextInt(60) : 0, 0,
                    java.time.ZoneOffset.ofTotalSeconds((random.nextInt(57) - 28) * 30 * 60));
            String text = t.toString(); // how the app writes it: seconds only when not zero, Z for UTC
            assertEquals(OffsetDateTime.parse(text), StoredTimes.offsetDateTime(text), text);
            String date = t.toLocalDate().toString();
            assertEquals(LocalDate.parse(date), StoredTimes.localDate(date), date);
        }
    }

    @Test
    void unusualButValidTextIsReadAsTheJdkReadsIt() {
        for (String text : List.of("2026-11-23T09:00Z", "2026-11-23T09:00:00Z", "2026-11-23T09:00:30.5+01:00",
                "2026-11-23T09:00:00.123456789-05:00", "2026-11-23T09:00-00:00", "2026-11-23T09:00+14:00",
                "2026-11-23T09:00-18:00", "2026-11-23T09:00+05:30:15", "+12026-11-23T09:00Z", "2024-02-29T23:59:59+01:00")) {
            assertEquals(OffsetDateTime.parse(text), StoredTimes.offsetDateTime(text), text);
        }
        for (String text : List.of("2024-02-29", "+12026-01-01", "0000-01-01", "-0001-12-31")) {
            assertEquals(LocalDate.parse(text), StoredTimes.localDate(text), text);
        }
    }

    @Test
    void wrongTextFailsAsTheJdkFails() {
        for (String text : List.of("2026-13-01T09:00Z", "2026-02-30T09:00Z", "2025-02-29T09:00Z", "2026-11-23T24:00Z",
                "2026-11-23T09:60Z", "2026-11-23T09:00:60Z", "2026-11-23T09:00+19:00", "2026-11-23T09:00+01:60",
                "2026-11-23T09:00", "2026-11-23 09:00Z", "2026-11-2aT09:00Z", "2026-11-23T09:00+0100", "", "2026-11-23T9:00Z",
                "2026-11-23T09:00Z ", "2026-11-23T09:00ZZ")) {
            assertThrows(DateTimeParseException.class, () -> OffsetDateTime.parse(text), text);
            assertThrows(DateTimeParseException.class, () -> StoredTimes.offsetDateTime(text), text);
        }
        for (String text : List.of("2026-13-01", "2026-02-30", "2025-02-29", "2026-1-01", "2026-01-1", "26-01-01",
                "2026-01-01T", "2026/01/01", "", "2026-00-10", "2026-01-00", "2026-01-32", "2026-01-0a")) {
            assertThrows(DateTimeParseException.class, () -> LocalDate.parse(text), text);
            assertThrows(DateTimeParseException.class, () -> StoredTimes.localDate(text), text);
        }
    }
}
