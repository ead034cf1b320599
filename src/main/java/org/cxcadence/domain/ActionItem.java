package org.cxcadence.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A commitment a leader made in (or outside) a session. The customer-impact line says which
 * customer experience it improves: the practice judges work by that, not by a status colour.
 */
public record ActionItem(String id, String title, String ownerId, ActionStatus status,
                         String topicAreaId, String meetingId, String agendaItemId, LocalDate due,
                         String customerImpact, ActionKind kind, String journeyStageId,
                         String blocker, OffsetDateTime createdAt, OffsetDateTime completedAt,
                         List<ActionUpdate> updates) {
    public ActionItem {
        Require.id(id, "id");
        Require.title(title, "title");
        Require.id(ownerId, "ownerId");
        Require.present(status, "status");
        Require.notes(customerImpact, "customerImpact");
        Require.notes(blocker, "blocker");
        updates = Require.list(updates);
    }

    /** The same action with other updates (read apart from it). */
    public ActionItem withUpdates(List<ActionUpdate> others) {
        return new ActionItem(id, title, ownerId, status, topicAreaId, meetingId, agendaItemId, due, customerImpact,
                kind, journeyStageId, blocker, createdAt, completedAt, others);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean hasCustomerImpact() {
        return customerImpact != null && !customerImpact.isBlank();
    }
}
