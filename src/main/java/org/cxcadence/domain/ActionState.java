package org.cxcadence.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the follow-through views say about one action on a given day, judged once.
 *
 * @param lastProgress            date of the latest progress, or {@code null} when there was none
 * @param sessionsWithoutProgress completed sessions of its series since the later of its creation and
 *                                its last progress; 0 for an action outside any series
 * @param stallReasons            empty unless the action is stalled
 */
public record ActionState(ActionItem action, boolean open, boolean overdue, long daysOverdue,
                          LocalDate lastProgress, int sessionsWithoutProgress,
                          List<StallReason> stallReasons) {
    public ActionState {
        Require.present(action, "action");
        stallReasons = Require.list(stallReasons);
    }

    public boolean stalled() {
        return !stallReasons.isEmpty();
    }
}
