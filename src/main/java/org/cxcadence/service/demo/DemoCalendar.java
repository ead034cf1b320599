package org.cxcadence.service.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * The demo's weeks, all counted from the day taken as today. Sessions are numbered by slot:
 * slots 1–27 lie in the past (about half a year of Mondays), {@link #DRAFT_SLOT} is the next session,
 * on today's Monday or the Monday after.
 */
final class DemoCalendar {
    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final LocalTime SESSION_TIME = LocalTime.of(9, 0);
    static final int FIRST_SLOT = 1;
    static final int LAST_PAST_SLOT = 27;
    static final int DRAFT_SLOT = 28;
    /** The week of the leadership offsite, when the session was called off. */
    static final int CANCELLED_SLOT = 14;

    private final LocalDate today;
    private final LocalDate nextSession;

    DemoCalendar(LocalDate today) {
        this.today = today;
        this.nextSession = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    LocalDate today() {
        return today;
    }

    LocalDate date(int slot) {
        return nextSession.minusWeeks(DRAFT_SLOT - slot);
    }

    OffsetDateTime start(int slot) {
        return at(date(slot), SESSION_TIME);
    }

    /** Wall-clock time in Chicago, with the offset daylight saving gives it on that day. */
    OffsetDateTime at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, ZONE).toOffsetDateTime();
    }

    String meetingId(int slot) {
        return "m-" + date(slot);
    }

    String agendaItemId(int slot, String key) {
        return meetingId(slot) + "-" + key;
    }

    static boolean isHeld(int slot) {
        return slot <= LAST_PAST_SLOT && slot != CANCELLED_SLOT;
    }
}
