package org.cxcadence.domain;

import java.util.function.Function;

/**
 * A field of an action item whose edits the history records with what it was and what it became
 * ({@link ActionUpdate#field()}). Status and due date have their own update columns, because the
 * rules read them (progress, stalled, overdue).
 */
public enum ActionField {
    TITLE(ActionItem::title),
    CUSTOMER_IMPACT(ActionItem::customerImpact),
    OWNER(ActionItem::ownerId),
    TOPIC_AREA(ActionItem::topicAreaId),
    JOURNEY_STAGE(ActionItem::journeyStageId),
    KIND(a -> a.kind() == null ? null : a.kind().name()),
    BLOCKER(ActionItem::blocker),
    /** Only for a due date cleared (a new date is an update's own {@code due}, which rules read). */
    DUE(a -> a.due() == null ? null : a.due().toString());

    private final Function<ActionItem, String> value;

    ActionField(Function<ActionItem, String> value) {
        this.value = value;
    }

    /** The field's value in {@code action} as the history keeps it: text, an id, or a kind's name; null when empty. */
    public String valueIn(ActionItem action) {
        return value.apply(action);
    }
}
