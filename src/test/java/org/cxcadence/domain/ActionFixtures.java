package org.cxcadence.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Small builders so each rule test shows only what matters to it. */
final class ActionFixtures {
    static final ZoneOffset CHICAGO_WINTER = ZoneOffset.ofHours(-6);

    private ActionFixtures() {
    }

    static OffsetDateTime at(LocalDate date, int hour) {
        return OffsetDateTime.of(date, LocalTime.of(hour, 0), CHICAGO_WINTER);
    }

    static ActionItem action(ActionStatus status, LocalDate due) {
        return action("a1", status, null, due, at(LocalDate.of(2026, 1, 1), 10), List.of());
    }

    static ActionItem action(String id, ActionStatus status, String meetingId, LocalDate due,
                             OffsetDateTime createdAt, List<ActionUpdate> updates) {
        return new ActionItem(id, "Call back every detractor", "p-service", status, null, meetingId, null, due,
                "Detractors hear from a person within two days", ActionKind.RELIABILITY, null, null,
                createdAt, null, updates);
    }

    static ActionUpdate note(LocalDate date, String note) {
        return new ActionUpdate(null, date, null, note, null);
    }

    static ActionUpdate status(LocalDate date, ActionStatus status) {
        return new ActionUpdate(null, date, status, null, null);
    }

    static ActionUpdate dueOnly(LocalDate date, LocalDate newDue) {
        return new ActionUpdate(null, date, null, null, newDue);
    }

    static Meeting session(String id, String seriesId, LocalDate date, MeetingStatus status) {
        return new Meeting(id, seriesId, "Weekly customer accountability", at(date, 9), 60, status,
                null, null, List.of(), null, List.of(), List.of());
    }
}
