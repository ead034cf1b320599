package org.cxcadence.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * A recurring accountability session (e.g. "Weekly customer accountability").
 *
 * @param timeZone IANA zone id, e.g. {@code America/Chicago}; kept as text so a zone unknown to this
 *                 JVM's tz data never makes a workspace unreadable
 */
public record MeetingSeries(String id, String name, Cadence cadence, int durationMinutes,
                            DayOfWeek weekday, LocalTime time, String timeZone,
                            String facilitatorId, List<String> attendeeIds) {
    public MeetingSeries {
        Require.id(id, "id");
        Require.title(name, "name");
        Require.present(cadence, "cadence");
        Require.minutes(durationMinutes, "durationMinutes");
        attendeeIds = Require.list(attendeeIds);
    }
}
