package org.cxcadence.service.demo;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.ActionUpdate;
import org.cxcadence.service.demo.DemoActionScript.Action;
import org.cxcadence.service.demo.DemoActionScript.Due;
import org.cxcadence.service.demo.DemoActionScript.Step;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Turns the action script into action items dated from the day taken as today. */
final class DemoActions {
    /** Actions are raised in the topic part of a session, after the two standing items. */
    private static final int MINUTES_INTO_SESSION_WHEN_RAISED = 40;

    private final DemoCalendar calendar;

    DemoActions(DemoCalendar calendar) {
        this.calendar = calendar;
    }

    List<ActionItem> build() {
        return DemoActionScript.actions().stream().map(this::item).toList();
    }

    private ActionItem item(Action a) {
        LocalDate raisedOn = a.outsideSessions() ? calendar.today().minusDays(a.daysAgo()) : calendar.date(a.slot());
        OffsetDateTime createdAt = a.outsideSessions()
                ? calendar.at(raisedOn, LocalTime.of(14, 0))
                : calendar.start(a.slot()).plusMinutes(MINUTES_INTO_SESSION_WHEN_RAISED);
        String meetingId = a.outsideSessions() ? null : calendar.meetingId(a.slot());
        String agendaItemId = a.outsideSessions() ? null : calendar.agendaItemId(a.slot(), a.topicKey());

        List<ActionUpdate> updates = new ArrayList<>();
        ActionStatus status = ActionStatus.OPEN; // every action starts open, as the rules assume
        LocalDate due = resolve(a.due(), raisedOn);
        OffsetDateTime completedAt = null;
        for (Step s : a.steps()) {
            boolean inSession = s.daysAfter() == 0;
            LocalDate date = calendar.date(s.slot()).plusDays(s.daysAfter());
            LocalDate newDue = s.due() == null ? null : resolve(s.due(), raisedOn);
            updates.add(new ActionUpdate(inSession ? calendar.meetingId(s.slot()) : null, date, s.status(), s.note(),
                    newDue));
            if (s.status() != null) {
                status = s.status();
            }
            if (newDue != null) {
                due = newDue;
            }
            if (s.status() == ActionStatus.DONE) {
                completedAt = inSession ? calendar.start(s.slot()).plusMinutes(25)
                        : calendar.at(date, LocalTime.of(16, 0));
            }
        }
        return new ActionItem(a.id(), a.title(), a.ownerId(), status, a.topicAreaId(), meetingId, agendaItemId, due,
                a.impact(), a.kind(), a.journeyStageId(), status == ActionStatus.BLOCKED ? a.blocker() : null,
                createdAt, completedAt, updates);
    }

    private LocalDate resolve(Due due, LocalDate raisedOn) {
        if (due == null) {
            return null;
        }
        return due.fromToday() ? calendar.today().plusDays(due.days()) : raisedOn.plusDays(due.days());
    }

    /**
     * The action as the room knew it when the session on {@code date} began: only earlier updates,
     * and the status they had set. Used to write what the open-action review flagged at the time.
     */
    static ActionItem asKnownBefore(ActionItem a, LocalDate date) {
        List<ActionUpdate> earlier = a.updates().stream().filter(u -> u.date().isBefore(date)).toList();
        ActionStatus status = earlier.stream().map(ActionUpdate::status).filter(s -> s != null)
                .reduce((x, y) -> y).orElse(ActionStatus.OPEN);
        LocalDate due = earlier.stream().map(ActionUpdate::due).filter(d -> d != null).reduce((x, y) -> y)
                .orElse(originalDue(a));
        return new ActionItem(a.id(), a.title(), a.ownerId(), status, a.topicAreaId(), a.meetingId(),
                a.agendaItemId(), due, a.customerImpact(), a.kind(), a.journeyStageId(), a.blocker(), a.createdAt(),
                null, earlier);
    }

    /** The due date before any push: the current one when no update changed it. */
    private static LocalDate originalDue(ActionItem a) {
        boolean pushed = a.updates().stream().anyMatch(u -> u.due() != null);
        return pushed ? null : a.due();
    }
}
