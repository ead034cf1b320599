package org.cxcadence.domain;

import java.util.List;

/**
 * The whole content of a workspace at one moment: what an export writes and an import reads.
 * Pure data; the rules that judge it live beside it in this package.
 */
public record Workspace(WorkspaceSettings settings, List<Person> people, List<TopicArea> topicAreas,
                        List<JourneyStage> journeyStages, List<Segment> segments,
                        List<MeetingSeries> series, List<Meeting> meetings,
                        List<ActionItem> actionItems, List<Metric> metrics,
                        List<AgendaTemplate> agendaTemplates, List<CalendarInvitation> invitations) {
    public Workspace {
        settings = settings == null ? WorkspaceSettings.defaults() : settings;
        people = Require.list(people);
        topicAreas = Require.list(topicAreas);
        journeyStages = Require.list(journeyStages);
        segments = Require.list(segments);
        series = Require.list(series);
        meetings = Require.list(meetings);
        actionItems = Require.list(actionItems);
        metrics = Require.list(metrics);
        agendaTemplates = Require.list(agendaTemplates);
        invitations = Require.list(invitations);
    }

    /** A workspace without agenda templates or sent invitations (the shape before the Prepare issue). */
    public Workspace(WorkspaceSettings settings, List<Person> people, List<TopicArea> topicAreas,
                     List<JourneyStage> journeyStages, List<Segment> segments, List<MeetingSeries> series,
                     List<Meeting> meetings, List<ActionItem> actionItems, List<Metric> metrics) {
        this(settings, people, topicAreas, journeyStages, segments, series, meetings, actionItems, metrics,
                List.of(), List.of());
    }

    /** True when nothing a user entered is here yet: import and demo may only fill such a workspace. */
    public boolean hasNoUserContent() {
        return people.isEmpty() && meetings.isEmpty() && actionItems.isEmpty()
                && metrics.stream().allMatch(m -> m.values().isEmpty());
    }
}
