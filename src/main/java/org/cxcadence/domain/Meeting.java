package org.cxcadence.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One accountability session: scheduled, prepared, held and recorded.
 *
 * @param seriesId {@code null} for a one-off session outside any series
 * @param rating   the room's 1–10 rating of the session, once ended
 */
public record Meeting(String id, String seriesId, String title, OffsetDateTime start,
                      int durationMinutes, MeetingStatus status, OffsetDateTime actualStart,
                      OffsetDateTime actualEnd, List<Attendance> attendance, Integer rating,
                      List<AgendaItem> agenda, List<MetricSnapshotEntry> metricSnapshot) {
    public Meeting {
        Require.id(id, "id");
        Require.title(title, "title");
        Require.present(start, "start");
        Require.minutes(durationMinutes, "durationMinutes");
        Require.present(status, "status");
        if (rating != null && (rating < 1 || rating > 10)) {
            throw new DomainException("rating", "must be between 1 and 10, was " + rating);
        }
        attendance = Require.list(attendance);
        agenda = Require.list(agenda);
        metricSnapshot = Require.list(metricSnapshot);
    }

    public int plannedMinutes() {
        return agenda.stream().mapToInt(a -> a.plannedMinutes() == null ? 0 : a.plannedMinutes()).sum();
    }
}
