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

    public Milestone withTitle(String newTitle) {
        return new Milestone(id, topicAreaId, newTitle, targetQuarter, status, ownerId, note, actionIds);
    }

    public Milestone withTargetQuarter(String quarter) {
        return new Milestone(id, topicAreaId, title, quarter, status, ownerId, note, actionIds);
    }

    /** {@code null} for no owner. */
    public Milestone withOwner(String newOwnerId) {
        return new Milestone(id, topicAreaId, title, targetQuarter, status, newOwnerId, note, actionIds);
    }

    /** {@code null} (or blank) for no note. */
    public Milestone withNote(String newNote) {
        return new Milestone(id, topicAreaId, title, targetQuarter, status, ownerId,
                newNote == null || newNote.isBlank() ? null : newNote, actionIds);
    }

    public Milestone withActionIds(List<String> ids) {
        return new Milestone(id, topicAreaId, title, targetQuarter, status, ownerId, note, ids);
    }
}
