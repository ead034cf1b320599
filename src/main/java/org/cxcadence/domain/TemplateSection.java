package org.cxcadence.domain;

/**
 * One section of an agenda template: what a new agenda item starts as.
 *
 * @param topicAreaId    the topic area the section belongs to, or {@code null}
 * @param plannedMinutes its timebox, or {@code null} when the section has none
 */
public record TemplateSection(String title, AgendaItemKind kind, String topicAreaId, Integer plannedMinutes) {
    public TemplateSection {
        Require.title(title, "title");
        kind = kind == null ? AgendaItemKind.TOPIC : kind;
        if (plannedMinutes != null) {
            AgendaRules.checkPlannedMinutes(plannedMinutes);
        }
    }

    /** The section an agenda item would make again (title, kind, topic area, minutes). */
    public static TemplateSection of(AgendaItem item) {
        return new TemplateSection(item.title(), item.kind(), item.topicAreaId(), item.plannedMinutes());
    }

    public AgendaItem toAgendaItem(String id) {
        return new AgendaItem(id, title, kind, topicAreaId, null, plannedMinutes, null, java.util.List.of(), null,
                null, null, null, java.util.List.of());
    }
}
