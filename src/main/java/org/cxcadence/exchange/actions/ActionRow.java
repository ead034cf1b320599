package org.cxcadence.exchange.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionState;
import org.cxcadence.domain.StallReason;
import org.cxcadence.domain.StallRule;
import org.cxcadence.domain.Workspace;

/**
 * One action as lists show it: names resolved and judged as of one day (open, overdue, stalled and
 * why), so every renderer and screen says the same thing.
 *
 * @param ownerName      the owner's name, or the id when the person is unknown
 * @param topicArea      the topic area's name, or {@code null}
 * @param journeyStage   the journey stage's name, or {@code null}
 * @param meetingTitle   the session it was raised in, or {@code null}
 */
public record ActionRow(ActionItem action, String ownerName, String topicArea, String journeyStage,
                        String meetingTitle, ActionState state) {

    public boolean incomplete() {
        return !action.hasCustomerImpact();
    }

    public boolean overdue() {
        return state.overdue();
    }

    public boolean stalled() {
        return state.stalled();
    }

    public List<StallReason> stallReasons() {
        return state.stallReasons();
    }

    public LocalDate due() {
        return action.due();
    }

    /** Plain English state for text formats: "open", "overdue 3 days", "stalled: no progress in 2 sessions". */
    public String describeState() {
        String status = action.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        if (state.stalled()) {
            return status + "; stalled: " + String.join(", ", stallReasons().stream().map(StallReason::describe).toList());
        }
        if (state.overdue()) {
            return status + "; overdue " + state.daysOverdue() + (state.daysOverdue() == 1 ? " day" : " days");
        }
        return status;
    }

    /** Every action of the workspace, in list order, judged as of {@code today}. */
    public static List<ActionRow> all(Workspace w, LocalDate today) {
        return of(w, w.actionItems(), today);
    }

    public static List<ActionRow> of(Workspace w, List<ActionItem> actions, LocalDate today) {
        Map<String, String> people = new HashMap<>();
        w.people().forEach(p -> people.put(p.id(), p.name()));
        Map<String, String> topics = new HashMap<>();
        w.topicAreas().forEach(t -> topics.put(t.id(), t.name()));
        Map<String, String> stages = new HashMap<>();
        w.journeyStages().forEach(s -> stages.put(s.id(), s.name()));
        Map<String, String> meetings = new HashMap<>();
        w.meetings().forEach(m -> meetings.put(m.id(), m.title()));
        StallRule rule = StallRule.of(w, today);
        List<ActionRow> rows = new ArrayList<>();
        for (ActionItem a : actions) {
            rows.add(new ActionRow(a, people.getOrDefault(a.ownerId(), a.ownerId()),
                    a.topicAreaId() == null ? null : topics.get(a.topicAreaId()),
                    a.journeyStageId() == null ? null : stages.get(a.journeyStageId()),
                    a.meetingId() == null ? null : meetings.get(a.meetingId()), rule.assess(a)));
        }
        return List.copyOf(rows);
    }
}
