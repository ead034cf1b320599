package org.cxcadence.exchange.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The export's date-times: seconds always written, the offset as ISO-8601 says it, and read back as written. */
class FieldValuesTest {

    private static OffsetDateTime at(String local, ZoneOffset offset) {
        return OffsetDateTime.of(LocalDateTime.parse(local), offset);
    }

    @Test
    void wholeSecondsAreWrittenWithTheirSecondsAndTheOffsetAsIsoSaysIt() {
        assertEquals("2026-11-02T09:00:00-06:00", FieldValues.format(at("2026-11-02T09:00", ZoneOffset.ofHours(-6))));
        assertEquals("2026-01-05T23:59:59Z", FieldValues.format(at("2026-01-05T23:59:59", ZoneOffset.UTC)));
        assertEquals("2026-03-29T00:05:07+05:30", FieldValues.format(at("2026-03-29T00:05:07", ZoneOffset.ofHoursMinutes(5, 30))));
        assertEquals("1900-02-28T10:00:00+01:00:30",
                FieldValues.format(at("1900-02-28T10:00", ZoneOffset.ofHoursMinutesSeconds(1, 0, 30))));
        assertEquals("+12026-11-02T09:00:00Z", FieldValues.format(at("+12026-11-02T09:00", ZoneOffset.UTC)));
    }

    @Test
    void fractionsOfASecondKeepTheirDigits() {
        assertEquals("2026-11-02T09:00:00.5-06:00", FieldValues.format(at("2026-11-02T09:00:00.5", ZoneOffset.ofHours(-6))));
        assertEquals("2026-11-02T09:00:00.000000001Z", FieldValues.format(at("2026-11-02T09:00:00.000000001", ZoneOffset.UTC)));
    }

    @Test
    void whatIsWrittenIsReadBackAsTheSameInstantAndOffset() {
        for (OffsetDateTime t : new OffsetDateTime[] {at("2026-11-02T09:00", ZoneOffset.ofHours(-6)),
                at("2026-12-31T23:59:59", ZoneOffset.ofHours(14)), at("2026-06-01T12:30:15.25", ZoneOffset.ofHours(-12))}) {
            assertEquals(t, FieldValues.dateTime(FieldValues.format(t), "start"));
        }
        assertNull(FieldValues.format((OffsetDateTime) null));
    }
}
