package org.cxcadence.exchange.json;

import org.cxcadence.domain.ActionField;
import org.cxcadence.domain.ActionKind;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaOutcome;
import org.cxcadence.domain.Cadence;
import org.cxcadence.domain.Direction;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.MetricCategory;
import org.cxcadence.domain.MetricUnit;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;

/**
 * The shape of a workspace JSON file, version 1, exactly as it is on disk (docs/FORMAT.md).
 *
 * <p>Kept apart from the domain records on purpose: the file format is a public contract that
 * changes only by documented additions, while the domain records change with the app. Adding a
 * component to a domain record therefore never changes the format by accident. Every component is
 * nullable so that Jackson only judges syntax, keys and types; required keys, defaults and limits
 * are judged by {@link DocumentToWorkspace}, which knows the path of each value. Dates stay text
 * here so that they are parsed by our strict formats and written back exactly. Component order is
 * the order in which keys are written.
 */
public record WorkspaceDocument(String format, Integer version, String exportedAt,
                                SettingsJson settings, List<PersonJson> people,
                                List<TopicAreaJson> topicAreas, List<JourneyStageJson> journeyStages,
                                List<SegmentJson> segments, List<SeriesJson> series,
                                List<MeetingJson> meetings, List<ActionItemJson> actionItems,
                                List<MetricJson> metrics, List<AgendaTemplateJson> agendaTemplates,
                                List<InvitationJson> invitations, List<MinutesJson> minutes,
                                List<MilestoneJson> milestones, List<MaturityJson> maturity,
                                List<SponsorQuestionJson> sponsorQuestions, List<CheckInJson> checkIns,
                                List<ReadinessCheckJson> readinessChecks) {

    public static final String FORMAT = "cx-cadence-workspace";
    public static final int VERSION = 1;

    public record SettingsJson(String companyName, Integer stalledAfterSessions) {
    }

    public record PersonJson(String id, String name, String silo, String title, String email,
                             Integer position, Boolean active) {
    }

    public record TopicAreaJson(String id, String name, Integer position, Boolean archived) {
    }

    public record JourneyStageJson(String id, String name, Integer position, Boolean archived) {
    }

    public record SegmentJson(String id, String name, Integer position, Boolean archived) {
    }

    public record SeriesJson(String id, String name, Cadence cadence, Integer durationMinutes,
                             DayOfWeek weekday, String time, String timeZone, String facilitatorId,
                             List<String> attendeeIds) {
    }

    public record MeetingJson(String id, String seriesId, String title, String start,
                              Integer durationMinutes, MeetingStatus status, String actualStart,
                              String actualEnd, List<AttendanceJson> attendance, Integer rating,
                              List<AgendaItemJson> agenda, List<SnapshotEntryJson> metricSnapshot) {
    }

    public record AttendanceJson(String personId, Boolean present, String delegateName) {
    }

    public record AgendaItemJson(String id, String title, AgendaItemKind kind, String topicAreaId,
                                 String presenterId, Integer plannedMinutes, String prepNotes,
                                 List<String> links, String notes, Long spentSeconds,
                                 AgendaOutcome outcome, String carriedFromId,
                                 List<DecisionJson> decisions) {
    }

    public record DecisionJson(String id, String text) {
    }

    public record SnapshotEntryJson(String metricId, String period, String segmentId,
                                    BigDecimal value, BigDecimal target) {
    }

    public record ActionItemJson(String id, String title, String ownerId, ActionStatus status,
                                 String topicAreaId, String meetingId, String agendaItemId,
                                 String due, String customerImpact, ActionKind kind,
                                 String journeyStageId, String blocker, String createdAt,
                                 String completedAt, List<ActionUpdateJson> updates) {
    }

    public record ActionUpdateJson(String meetingId, String date, ActionStatus status, String note,
                                   String due, ActionField field, String from, String to) {
    }

    public record MetricJson(String id, String name, MetricCategory category, MetricUnit unit,
                             Direction direction, MetricCadence cadence, String description,
                             String currencyCode, Boolean perSegment, Integer position,
                             String ownerId, List<MetricValueJson> values) {
    }

    /** Added with Prepare (optional; written only when there are any). */
    public record AgendaTemplateJson(String id, String name, String seriesId, List<TemplateSectionJson> sections) {
    }

    public record TemplateSectionJson(String title, AgendaItemKind kind, String topicAreaId, Integer plannedMinutes) {
    }

    /** Added with Prepare (optional; written only when there are any): the calendar invitation last exported per session. */
    public record InvitationJson(String meetingId, Integer sequence, String fingerprint) {
    }

    public record MetricValueJson(String period, String segmentId, BigDecimal value,
                                  BigDecimal target, String note) {
    }

    /** What happened to a session's minutes after it ended (optional array, added by the Minutes issue). */
    public record MinutesJson(String meetingId, String sentAt, List<CorrectionJson> corrections) {
    }

    public record CorrectionJson(String id, String date, String agendaItemId, String text) {
    }

    /** Added by the Program issue (optional arrays, written only when not empty): the road map. */
    public record MilestoneJson(String id, String topicAreaId, String title, String targetQuarter,
                                org.cxcadence.domain.MilestoneStatus status, String ownerId, String note,
                                List<String> actionIds) {
    }

    public record MaturityJson(String topicAreaId, String quarter, Integer level, String note) {
    }

    public record SponsorQuestionJson(String id, Integer ceoAction, String text, Boolean archived) {
    }

    public record CheckInJson(String id, String date, String sponsorId, List<AnswerJson> answers) {
    }

    public record AnswerJson(String questionId, Integer score, String comment) {
    }

    public record ReadinessCheckJson(String id, String date, List<Integer> ratings, String note) {
    }
}
