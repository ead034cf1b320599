package org.cxcadence.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * When a series meets next: one cadence step after its latest session, on the series' weekday and
 * time in its time zone, never before today.
 */
public final class SeriesSchedule {
    public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private SeriesSchedule() {
    }

    /** The start of the next slot of {@code series}; {@code fallbackZone} when the series names none (or an unknown one). */
    public static OffsetDateTime nextSlot(MeetingSeries series, Collection<Meeting> meetings, LocalDate today,
                                          ZoneId fallbackZone) {
        ZoneId zone = zoneOf(series, fallbackZone);
        Optional<Meeting> latest = meetings.stream().filter(m -> series.id().equals(m.seriesId()))
                .max(Comparator.comparing(Meeting::start));
        DayOfWeek weekday = series.weekday() != null ? series.weekday()
                : latest.map(m -> m.start().getDayOfWeek()).orElse(today.getDayOfWeek());
        LocalTime time = series.time() != null ? series.time() : DEFAULT_TIME;
        LocalDate earliest = today;
        if (latest.isPresent()) {
            LocalDate afterLatest = step(latest.get().start().atZoneSameInstant(zone).toLocalDate(), series.cadence());
            if (afterLatest.isAfter(earliest)) {
                earliest = afterLatest;
            }
        }
        LocalDate day = earliest.with(TemporalAdjusters.nextOrSame(weekday));
        return ZonedDateTime.of(day, time, zone).toOffsetDateTime();
    }

    static LocalDate step(LocalDate from, Cadence cadence) {
        return switch (cadence) {
            case WEEKLY -> from.plusWeeks(1);
            case BIWEEKLY -> from.plusWeeks(2);
            case MONTHLY -> from.plusMonths(1).minusDays(6);
            case QUARTERLY -> from.plusMonths(3).minusDays(6);
        };
    }

    public static ZoneId zoneOf(MeetingSeries series, ZoneId fallback) {
        if (series.timeZone() == null) {
            return fallback;
        }
        try {
            return ZoneId.of(series.timeZone());
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
