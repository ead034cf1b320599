package org.cxcadence.domain;

import java.util.List;

/**
 * The whole content of a workspace at one moment: what an export writes and an import reads.
 * Pure data; the rules that judge it live beside it in this package.
 *
 * @param minutes what happened to sessions' minutes after they ended (sent, corrected); one per session at most
 * @param milestones       the road map: milestones per competency (topic area) by target quarter
 * @param maturity         maturity levels per competency and quarter
 * @param sponsorQuestions the sponsor's commitment questions; empty means {@link SponsorQuestion#defaults()}
 * @param checkIns         sponsor check-ins, oldest first
 * @param readinessChecks  readiness checks, oldest first
 */
public record Workspace(WorkspaceSettings settings, List<Person> people, List<TopicArea> topicAreas,
                        List<JourneyStage> journeyStages, List<Segment> segments,
                        List<MeetingSeries> series, List<Meeting> meetings,
                        List<ActionItem> actionItems, List<Metric> metrics,
                        List<AgendaTemplate> agendaTemplates, List<CalendarInvitation> invitations,
                        List<MinutesRecord> minutes, List<Milestone> milestones, List<MaturityLevel> maturity,
                        List<SponsorQuestion> sponsorQuestions, List<SponsorCheckIn> checkIns,
                        List<ReadinessCheck> readinessChecks) {
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
        minutes = Require.list(minutes);
        milestones = Require.list(milestones);
        maturity = Require.list(maturity);
        sponsorQuestions = Require.list(sponsorQuestions);
        checkIns = Require.list(checkIns);
        readinessChecks = Require.list(readinessChecks);
    }

    /** A workspace of the twelve lists before the program (no road map, maturity, check-ins or readiness checks). */
    public Workspace(WorkspaceSettings settings, List<Person> people, List<TopicArea> topicAreas,
                     List<JourneyStage> journeyStages, List<Segment> segments, List<MeetingSeries> series,
                     List<Meeting> meetings, List<ActionItem> actionItems, List<Metric> metrics,
                     List<AgendaTemplate> agendaTemplates, List<CalendarInvitation> invitations,
                     List<MinutesRecord> minutes) {
        this(settings, people, topicAreas, journeyStages, segments, series, meetings, actionItems, metrics,
                agendaTemplates, invitations, minutes, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A workspace of the original nine lists only (no templates, invitations or minutes records). */
    public Workspace(WorkspaceSettings settings, List<Person> people, List<TopicArea> topicAreas,
                     List<JourneyStage> journeyStages, List<Segment> segments, List<MeetingSeries> series,
                     List<Meeting> meetings, List<ActionItem> actionItems, List<Metric> metrics) {
        this(settings, people, topicAreas, journeyStages, segments, series, meetings, actionItems, metrics,
                List.of(), List.of(), List.of());
    }

    /** The same workspace with the program's data (road map, maturity, sponsor questions and check-ins, readiness). */
    public Workspace withProgram(List<Milestone> newMilestones, List<MaturityLevel> newMaturity,
                                 List<SponsorQuestion> newQuestions, List<SponsorCheckIn> newCheckIns,
                                 List<ReadinessCheck> newReadinessChecks) {
        return new Workspace(settings, people, topicAreas, journeyStages, segments, series, meetings, actionItems,
                metrics, agendaTemplates, invitations, minutes, newMilestones, newMaturity, newQuestions, newCheckIns,
                newReadinessChecks);
    }

    /** The milestones an action serves (the action's page shows them). */
    public List<Milestone> milestonesServedBy(String actionId) {
        return milestones.stream().filter(m -> m.serves(actionId)).toList();
    }

    /** The sponsor questions in force: the workspace's own, or the defaults. */
    public List<SponsorQuestion> effectiveSponsorQuestions() {
        return SponsorQuestion.effective(sponsorQuestions);
    }

    /** The same workspace with other metrics. */
    public Workspace withMetrics(List<Metric> newMetrics) {
        return new Workspace(settings, people, topicAreas, journeyStages, segments, series, meetings, actionItems,
                newMetrics, agendaTemplates, invitations, minutes, milestones, maturity, sponsorQuestions, checkIns,
                readinessChecks);
    }

    /** The same workspace with other action items (an in-memory view after an edit). */
    public Workspace withActionItems(List<ActionItem> items) {
        return new Workspace(settings, people, topicAreas, journeyStages, segments, series, meetings, items, metrics,
                agendaTemplates, invitations, minutes, milestones, maturity, sponsorQuestions, checkIns, readinessChecks);
    }

    /** The same workspace with other sessions. */
    public Workspace withMeetings(List<Meeting> sessions) {
        return new Workspace(settings, people, topicAreas, journeyStages, segments, series, sessions, actionItems,
                metrics, agendaTemplates, invitations, minutes, milestones, maturity, sponsorQuestions, checkIns,
                readinessChecks);
    }

    /** The minutes record of a session (sent mark, corrections); an empty one when there is none. */
    public MinutesRecord minutesOf(String meetingId) {
        return minutes.stream().filter(r -> r.meetingId().equals(meetingId)).findFirst()
                .orElseGet(() -> MinutesRecord.empty(meetingId));
    }

    /** True when nothing a user entered is here yet: import and demo may only fill such a workspace. */
    public boolean hasNoUserContent() {
        return people.isEmpty() && meetings.isEmpty() && actionItems.isEmpty()
                && metrics.stream().allMatch(m -> m.values().isEmpty());
    }
}
