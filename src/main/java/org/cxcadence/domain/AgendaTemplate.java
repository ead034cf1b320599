package org.cxcadence.domain;

import java.util.List;

/**
 * An editable list of agenda sections. A template with a {@code seriesId} is that series' default
 * agenda (at most one per series); one without is a named template anyone can apply.
 */
public record AgendaTemplate(String id, String name, String seriesId, List<TemplateSection> sections) {
    public AgendaTemplate {
        Require.id(id, "id");
        Require.title(name, "name");
        sections = Require.list(sections);
    }

    public static final int STANDING_MINUTES = 15;
    public static final int AREA_MINUTES = 6;
    public static final String ASSET_REVIEW = "Customer asset review";
    public static final String ACTION_REVIEW = "Open action review (leader by leader)";

    /**
     * The default agenda: the customer asset review (under the first topic area, the customer asset),
     * the open-action review leader by leader, then one section per topic area that is not archived.
     */
    public static AgendaTemplate standard(String id, String name, String seriesId, List<TopicArea> topicAreas) {
        List<TopicArea> active = topicAreas.stream().filter(t -> !t.archived()).toList();
        java.util.List<TemplateSection> sections = new java.util.ArrayList<>();
        sections.add(new TemplateSection(ASSET_REVIEW, AgendaItemKind.METRICS_REVIEW,
                active.isEmpty() ? null : active.getFirst().id(), STANDING_MINUTES));
        sections.add(new TemplateSection(ACTION_REVIEW, AgendaItemKind.ACTION_REVIEW, null, STANDING_MINUTES));
        for (TopicArea area : active) {
            sections.add(new TemplateSection(area.name(), AgendaItemKind.TOPIC, area.id(), AREA_MINUTES));
        }
        return new AgendaTemplate(id, name, seriesId, sections);
    }

    public int plannedMinutes() {
        return sections.stream().mapToInt(s -> s.plannedMinutes() == null ? 0 : s.plannedMinutes()).sum();
    }

    public AgendaTemplate withSections(List<TemplateSection> newSections) {
        return new AgendaTemplate(id, name, seriesId, newSections);
    }
}
