package org.cxcadence.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * CEO action 5, "drive regular accountability", measured from the data: for each series, the
 * sessions its cadence planned from its first session up to yesterday, the sessions held (completed)
 * and those cancelled in that time. Today is left out: a session later today is not yet missed.
 *
 * @param planned   slots of the cadence from the first session's day up to and including yesterday
 * @param held      completed sessions that started before today
 * @param cancelled cancelled sessions scheduled before today
 */
public record SessionsHeld(String seriesId, String seriesName, LocalDate first, int planned, int held,
                           int cancelled) {

    /** Held as a share of planned, 0–100; {@code null} when nothing was planned yet. */
    public Double heldPercent() {
        return planned == 0 ? null : Math.min(100.0, 100.0 * held / planned);
    }

    /** One line per series that has at least one session before today, in series order. */
    public static List<SessionsHeld> of(Workspace w, LocalDate today, ZoneId fallbackZone) {
        List<SessionsHeld> lines = new ArrayList<>();
        for (MeetingSeries s : w.series()) {
            ZoneId zone = SeriesSchedule.zoneOf(s, fallbackZone);
            List<Meeting> past = w.meetings().stream().filter(m -> s.id().equals(m.seriesId()))
                    .filter(m -> m.start().atZoneSameInstant(zone).toLocalDate().isBefore(today))
                    .sorted(Comparator.comparing(Meeting::start)).toList();
            if (past.isEmpty()) {
                continue;
            }
            LocalDate first = past.getFirst().start().atZoneSameInstant(zone).toLocalDate();
            int held = (int) past.stream().filter(m -> m.status() == MeetingStatus.COMPLETED).count();
            int cancelled = (int) past.stream().filter(m -> m.status() == MeetingStatus.CANCELLED).count();
            lines.add(new SessionsHeld(s.id(), s.name(), first, plannedSlots(s.cadence(), first, today.minusDays(1)), held,
                    cancelled));
        }
        return lines;
    }

    /** Slots of {@code cadence} from {@code first} (the first slot) up to and including {@code last}. */
    public static int plannedSlots(Cadence cadence, LocalDate first, LocalDate last) {
        int slots = 0;
        for (LocalDate slot = first; !slot.isAfter(last); slots++) {
            slot = switch (cadence) {
                case WEEKLY -> first.plusWeeks(slots + 1);
                case BIWEEKLY -> first.plusWeeks(2L * (slots + 1));
                case MONTHLY -> first.plusMonths(slots + 1);
                case QUARTERLY -> first.plusMonths(3L * (slots + 1));
            };
        }
        return slots;
    }
}
