package org.cxcadence.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A step on the multi-year road map of one competency (topic area), due in a quarter.
 *
 * @param targetQuarter the quarter it is due in, {@code YYYY-Qn}
 * @param actionIds     the action items that serve it (the action's page finds it by this list)
 */
public record Milestone(String id, String topicAreaId, String title, String targetQuarter, MilestoneStatus status,
                        String ownerId, String note, List<String> actionIds) {
    public Milestone {
        Require.id(id, "id");
        Require.id(topicAreaId, "topicAreaId");
        Require.title(title, "title");
        Period.parse(targetQuarter, MetricCadence.QUARTERLY);
        Require.present(status, "status");
        Require.notes(note, "note");
        actionIds = Require.list(actionIds);
    }

    public Period quarter() {
        return Period.parse(targetQuarter);
    }

    /** Late: not done or dropped, and its target quarter has ended before {@code today}. */
    public boolean isLate(LocalDate today) {
        return !status.isClosed() && today.isAfter(quarter().endDate());
    }

    public boolean serves(String actionId) {
        return actionIds.contains(actionId);
    }

    public Milestone withStatus(MilestoneStatus newStatus) {
        return new Milestone(id, topicAreaId, title, targetQuarter, newStatus, ownerId, note, actionIds);
    }
}
