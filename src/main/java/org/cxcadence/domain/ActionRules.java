package org.cxcadence.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The plain rules of an action item (CONTRACT.md, Definitions): open, overdue and progress.
 * Stalling needs the sessions around the action as well, so it lives in {@link StallRule}.
 */
public final class ActionRules {

    /**
     * Actions carry no status history before their first update, so an action is taken to start
     * {@link ActionStatus#OPEN}, the status every new action gets. An update that merely says
     * "open" again is then no progress, and a first "in progress" is.
     */
    static final ActionStatus STATUS_AT_CREATION = ActionStatus.OPEN;

    private ActionRules() {
    }

    /** Still owed: open, in progress or blocked. */
    public static boolean isOpen(ActionItem action) {
        return action.status().isOpen();
    }

    /** Open and due before today; due today is not yet overdue. */
    public static boolean isOverdue(ActionItem action, LocalDate today) {
        return isOpen(action) && action.due() != null && action.due().isBefore(today);
    }

    /** Whole days past the due date, or 0 when the action is not overdue. */
    public static long daysOverdue(ActionItem action, LocalDate today) {
        return isOverdue(action, today) ? ChronoUnit.DAYS.between(action.due(), today) : 0;
    }

    /**
     * The updates that count as progress, oldest first: a status change or a note. A new due date
     * alone is not progress, because pushing the date is how stalled work hides.
     */
    public static List<ActionUpdate> progressUpdates(ActionItem action) {
        List<ActionUpdate> progress = new ArrayList<>();
        ActionStatus current = STATUS_AT_CREATION;
        for (ActionUpdate update : inDateOrder(action.updates())) {
            if (update.isProgress(current)) {
                progress.add(update);
            }
            if (update.status() != null) {
                current = update.status();
            }
        }
        return List.copyOf(progress);
    }

    /**
     * The date of the latest progress update, if there was any: {@link #progressUpdates}' latest date,
     * found in one pass without lists (the stall rule asks it of every open action).
     */
    public static Optional<LocalDate> lastProgressDate(ActionItem action) {
        LocalDate last = null;
        ActionStatus current = STATUS_AT_CREATION;
        for (ActionUpdate update : inDateOrder(action.updates())) {
            if (update.isProgress(current) && (last == null || update.date().isAfter(last))) {
                last = update.date();
            }
            if (update.status() != null) {
                current = update.status();
            }
        }
        return Optional.ofNullable(last);
    }

    /** The updates by date, same-day ones in their order; as given when they already are (as stored). */
    private static List<ActionUpdate> inDateOrder(List<ActionUpdate> updates) {
        for (int i = 1; i < updates.size(); i++) {
            if (updates.get(i).date().isBefore(updates.get(i - 1).date())) {
                List<ActionUpdate> sorted = new ArrayList<>(updates);
                sorted.sort(Comparator.comparing(ActionUpdate::date)); // stable: same-day updates keep their order
                return sorted;
            }
        }
        return updates;
    }

    /** The calendar date the action was created on, in the offset it was recorded with. */
    public static Optional<LocalDate> createdOn(ActionItem action) {
        return Optional.ofNullable(action.createdAt()).map(OffsetDateTime::toLocalDate);
    }
}
