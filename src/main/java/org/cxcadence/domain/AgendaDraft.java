package org.cxcadence.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link CarryForward} proposes for a session: items to bring onto its agenda, open actions for
 * the action review (leader by leader) and metrics off target for the customer asset review, each
 * with the reason it is there.
 */
public record AgendaDraft(List<CarriedItem> items, List<ActionLine> actionLines, List<MetricLine> metricLines) {
    public AgendaDraft {
        items = Require.list(items);
        actionLines = Require.list(actionLines);
        metricLines = Require.list(metricLines);
    }

    /** An earlier session's item to bring forward; the new item keeps {@code carriedFromId}. */
    public record CarriedItem(AgendaItem source, Meeting from, CarryReason reason) {
        /** The new agenda line: same title, area, presenter, minutes, prep notes and links; nothing of the live record. */
        public AgendaItem toAgendaItem(String newId) {
            return new AgendaItem(newId, source.title(), source.kind(), source.topicAreaId(), source.presenterId(),
                    source.plannedMinutes(), source.prepNotes(), source.links(), null, null, null, source.id(),
                    List.of());
        }
    }

    /** An open action due before the session or stalled; reasons in the order due, then stalled. */
    public record ActionLine(ActionItem action, List<CarryReason> reasons) {
        public ActionLine {
            reasons = Require.list(reasons);
        }

        public String describeReasons() {
            return String.join("; ", reasons.stream().map(CarryReason::describe).toList());
        }
    }

    /** One metric line (a segment, or the total) off target. */
    public record MetricLine(Metric metric, OffTarget offTarget, CarryReason reason) {
    }

    /** Action lines grouped under their owners, owners in the order of the first line of each. */
    public Map<String, List<ActionLine>> actionLinesByOwner() {
        Map<String, List<ActionLine>> byOwner = new LinkedHashMap<>();
        for (ActionLine line : actionLines) {
            byOwner.computeIfAbsent(line.action().ownerId(), k -> new ArrayList<>()).add(line);
        }
        return byOwner;
    }
}
