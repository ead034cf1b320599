package org.cxcadence.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class SeriesScheduleTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final MeetingSeries WEEKLY = new MeetingSeries("s1", "Weekly", Cadence.WEEKLY, 60,
            DayOfWeek.MONDAY, LocalTime.of(9, 0), "America/Chicago", null, List.of());

    @Test
    void theNextSlotIsOneStepAfterTheLatestSessionOnTheSeriesWeekdayAndTimeInItsZone() {
        Meeting latest = ActionFixtures.session("m1", "s1", LocalDate.of(2026, 11, 16), MeetingStatus.COMPLETED);
        OffsetDateTime next = SeriesSchedule.nextSlot(WEEKLY, List.of(latest), LocalDate.of(2026, 11, 18), UTC);
        assertEquals(OffsetDateTime.parse("2026-11-23T09:00-06:00"), next);
    }

    @Test
    void theNextSlotIsNeverBeforeToday() {
        Meeting old = ActionFixtures.session("m1", "s1", LocalDate.of(2026, 1, 5), MeetingStatus.COMPLETED);
        OffsetDateTime next = SeriesSchedule.nextSlot(WEEKLY, List.of(old), LocalDate.of(2026, 11, 24), UTC);
        assertEquals(OffsetDateTime.parse("2026-11-30T09:00-06:00"), next);
    }

    @Test
    void aMonthlySeriesMeetsAboutAMonthLaterOnItsWeekdayAndAnUnknownZoneFallsBack() {
        MeetingSeries monthly = new MeetingSeries("s1", "Monthly", Cadence.MONTHLY, 90, DayOfWeek.TUESDAY,
                null, "Not/AZone", null, List.of());
        Meeting latest = new Meeting("m1", "s1", "Monthly", OffsetDateTime.parse("2026-10-06T09:00Z"), 90,
                MeetingStatus.COMPLETED, null, null, List.of(), null, List.of(), List.of());
        OffsetDateTime next = SeriesSchedule.nextSlot(monthly, List.of(latest), LocalDate.of(2026, 10, 7), UTC);
        assertEquals(OffsetDateTime.parse("2026-11-03T09:00Z"), next);
    }
}
