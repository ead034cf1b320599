package org.cxcadence.exchange.json;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionUpdate;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.Attendance;
import org.cxcadence.domain.Decision;
import org.cxcadence.domain.DomainException;
import org.cxcadence.domain.JourneyStage;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricSnapshotEntry;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.MinutesCorrection;
import org.cxcadence.domain.MinutesRecord;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.domain.Workspace;
import org.cxcadence.domain.WorkspaceSettings;
import org.cxcadence.exchange.json.WorkspaceDocument.ActionItemJson;
import org.cxcadence.exchange.json.WorkspaceDocument.ActionUpdateJson;
import org.cxcadence.exchange.json.WorkspaceDocument.AgendaItemJson;
import org.cxcadence.exchange.json.WorkspaceDocument.AttendanceJson;
import org.cxcadence.exchange.json.WorkspaceDocument.DecisionJson;
import org.cxcadence.exchange.json.WorkspaceDocument.MeetingJson;
import org.cxcadence.exchange.json.WorkspaceDocument.MinutesJson;
import org.cxcadence.exchange.json.WorkspaceDocument.MetricJson;
import org.cxcadence.exchange.json.WorkspaceDocument.MetricValueJson;
import org.cxcadence.exchange.json.WorkspaceDocument.SeriesJson;
import org.cxcadence.exchange.json.WorkspaceDocument.SnapshotEntryJson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import static org.cxcadence.exchange.json.FieldValues.date;
import static org.cxcadence.exchange.json.FieldValues.dateTime;
import static org.cxcadence.exchange.json.FieldValues.decimal;
import static org.cxcadence.exchange.json.FieldValues.longText;
import static org.cxcadence.exchange.json.FieldValues.required;
import static org.cxcadence.exchange.json.FieldValues.shortText;
import static org.cxcadence.exchange.json.FieldValues.time;
import static org.cxcadence.exchange.json.FieldValues.wellFormed;

/**
 * Turns a bound {@link WorkspaceDocument} into domain records, value by value, so that every
 * refusal — by the domain's own constructors or by the format's rules (dates, limits, defaults) —
 * names the JSON path of the value. Stops at the first bad record: one clear line is what the
 * contract asks for. References between records are checked afterwards, on the whole workspace.
 */
public final class DocumentToWorkspace {
    private DocumentToWorkspace() {
    }

    public static Workspace convert(WorkspaceDocument doc) {
        JsonPath root = JsonPath.root();
        WorkspaceSettings settings = doc.settings() == null ? WorkspaceSettings.defaults()
                : build(root.field("settings"), () -> new WorkspaceSettings(
                        shortText(doc.settings().companyName(), "companyName"),
                        doc.settings().stalledAfterSessions()));
        return new Workspace(settings,
                each(doc.people(), root.field("people"), (p, at) -> build(at, () -> new Person(
                        wellFormed(p.id(), "id"), wellFormed(p.name(), "name"), shortText(p.silo(), "silo"),
                        shortText(p.title(), "title"), shortText(p.email(), "email"), p.position(),
                        p.active() == null || p.active()))),
                each(doc.topicAreas(), root.field("topicAreas"), (t, at) -> build(at, () -> new TopicArea(
                        wellFormed(t.id(), "id"), wellFormed(t.name(), "name"), t.position(),
                        Boolean.TRUE.equals(t.archived())))),
                each(doc.journeyStages(), root.field("journeyStages"), (j, at) -> build(at, () -> new JourneyStage(
                        wellFormed(j.id(), "id"), wellFormed(j.name(), "name"), j.position(),
                        Boolean.TRUE.equals(j.archived())))),
                each(doc.segments(), root.field("segments"), (s, at) -> build(at, () -> new Segment(
                        wellFormed(s.id(), "id"), wellFormed(s.name(), "name"), s.position(),
                        Boolean.TRUE.equals(s.archived())))),
                each(doc.series(), root.field("series"), DocumentToWorkspace::series),
                each(doc.meetings(), root.field("meetings"), DocumentToWorkspace::meeting),
                each(doc.actionItems(), root.field("actionItems"), DocumentToWorkspace::actionItem),
                each(doc.metrics(), root.field("metrics"), DocumentToWorkspace::metric),
                each(doc.agendaTemplates(), root.field("agendaTemplates"), DocumentToWorkspace::template),
                each(doc.invitations(), root.field("invitations"), (i, at) -> build(at,
                        () -> new org.cxcadence.domain.CalendarInvitation(wellFormed(i.meetingId(), "meetingId"),
                                required(i.sequence(), "sequence"), shortText(i.fingerprint(), "fingerprint")))),
                each(doc.minutes(), root.field("minutes"), DocumentToWorkspace::minutesRecord),
                each(doc.milestones(), root.field("milestones"), DocumentToWorkspace::milestone),
                each(doc.maturity(), root.field("maturity"), (l, at) -> build(at,
                        () -> new org.cxcadence.domain.MaturityLevel(wellFormed(l.topicAreaId(), "topicAreaId"),
                                wellFormed(l.quarter(), "quarter"), required(l.level(), "level"),
                                longText(l.note(), "note")))),
                each(doc.sponsorQuestions(), root.field("sponsorQuestions"), (q, at) -> build(at,
                        () -> new org.cxcadence.domain.SponsorQuestion(wellFormed(q.id(), "id"),
                                org.cxcadence.domain.CeoAction.of(required(q.ceoAction(), "ceoAction")),
                                wellFormed(q.text(), "text"), Boolean.TRUE.equals(q.archived())))),
                each(doc.checkIns(), root.field("checkIns"), DocumentToWorkspace::checkIn),
                each(doc.readinessChecks(), root.field("readinessChecks"), (r, at) -> build(at,
                        () -> new org.cxcadence.domain.ReadinessCheck(wellFormed(r.id(), "id"), date(r.date(), "date"),
                                r.ratings(), longText(r.note(), "note")))));
    }

    private static org.cxcadence.domain.Milestone milestone(WorkspaceDocument.MilestoneJson m, JsonPath at) {
        List<String> actionIds = each(m.actionIds(), at.field("actionIds"),
                (id, idAt) -> value(idAt, () -> wellFormed(id, "actionIds")));
        return build(at, () -> new org.cxcadence.domain.Milestone(wellFormed(m.id(), "id"),
                wellFormed(m.topicAreaId(), "topicAreaId"), wellFormed(m.title(), "title"),
                wellFormed(m.targetQuarter(), "targetQuarter"), m.status(), wellFormed(m.ownerId(), "ownerId"),
                longText(m.note(), "note"), actionIds));
    }

    private static org.cxcadence.domain.SponsorCheckIn checkIn(WorkspaceDocument.CheckInJson k, JsonPath at) {
        List<org.cxcadence.domain.SponsorAnswer> answers = each(k.answers(), at.field("answers"),
                (a, aAt) -> build(aAt, () -> new org.cxcadence.domain.SponsorAnswer(wellFormed(a.questionId(), "questionId"),
                        required(a.score(), "score"), longText(a.comment(), "comment"))));
        return build(at, () -> new org.cxcadence.domain.SponsorCheckIn(wellFormed(k.id(), "id"), date(k.date(), "date"),
                wellFormed(k.sponsorId(), "sponsorId"), answers));
    }

    private static org.cxcadence.domain.AgendaTemplate template(WorkspaceDocument.AgendaTemplateJson t, JsonPath at) {
        List<org.cxcadence.domain.TemplateSection> sections = each(t.sections(), at.field("sections"),
                (x, xAt) -> build(xAt, () -> new org.cxcadence.domain.TemplateSection(wellFormed(x.title(), "title"),
                        x.kind(), wellFormed(x.topicAreaId(), "topicAreaId"), x.plannedMinutes())));
        return build(at, () -> new org.cxcadence.domain.AgendaTemplate(wellFormed(t.id(), "id"),
                wellFormed(t.name(), "name"), wellFormed(t.seriesId(), "seriesId"), sections));
    }

    private static MinutesRecord minutesRecord(MinutesJson r, JsonPath at) {
        List<MinutesCorrection> corrections = each(r.corrections(), at.field("corrections"),
                (k, kAt) -> build(kAt, () -> new MinutesCorrection(wellFormed(k.id(), "id"), date(k.date(), "date"),
                        wellFormed(k.agendaItemId(), "agendaItemId"), wellFormed(k.text(), "text"))));
        return build(at, () -> new MinutesRecord(wellFormed(r.meetingId(), "meetingId"),
                dateTime(r.sentAt(), "sentAt"), corrections));
    }

    private static MeetingSeries series(SeriesJson s, JsonPath at) {
        List<String> attendeeIds = each(s.attendeeIds(), at.field("attendeeIds"),
                (id, idAt) -> value(idAt, () -> wellFormed(id, "attendeeIds")));
        return build(at, () -> new MeetingSeries(wellFormed(s.id(), "id"), wellFormed(s.name(), "name"),
                s.cadence(), required(s.durationMinutes(), "durationMinutes"), s.weekday(),
                time(s.time(), "time"), shortText(s.timeZone(), "timeZone"),
                wellFormed(s.facilitatorId(), "facilitatorId"), attendeeIds));
    }

    private static Meeting meeting(MeetingJson m, JsonPath at) {
        List<Attendance> attendance = each(m.attendance(), at.field("attendance"),
                (a, aAt) -> build(aAt, () -> attendance(a)));
        List<AgendaItem> agenda = each(m.agenda(), at.field("agenda"), DocumentToWorkspace::agendaItem);
        List<MetricSnapshotEntry> snapshot = each(m.metricSnapshot(), at.field("metricSnapshot"),
                (e, eAt) -> build(eAt, () -> snapshotEntry(e)));
        return build(at, () -> new Meeting(wellFormed(m.id(), "id"), wellFormed(m.seriesId(), "seriesId"),
                wellFormed(m.title(), "title"), dateTime(m.start(), "start"),
                required(m.durationMinutes(), "durationMinutes"), m.status(),
                dateTime(m.actualStart(), "actualStart"), dateTime(m.actualEnd(), "actualEnd"),
                attendance, m.rating(), agenda, snapshot));
    }

    private static Attendance attendance(AttendanceJson a) {
        return new Attendance(wellFormed(a.personId(), "personId"), Boolean.TRUE.equals(a.present()),
                shortText(a.delegateName(), "delegateName"));
    }

    private static MetricSnapshotEntry snapshotEntry(SnapshotEntryJson e) {
        return new MetricSnapshotEntry(wellFormed(e.metricId(), "metricId"), wellFormed(e.period(), "period"),
                wellFormed(e.segmentId(), "segmentId"), decimal(e.value(), "value"), decimal(e.target(), "target"));
    }

    private static AgendaItem agendaItem(AgendaItemJson a, JsonPath at) {
        List<String> links = each(a.links(), at.field("links"),
                (link, linkAt) -> value(linkAt, () -> longText(link, "links")));
        List<Decision> decisions = each(a.decisions(), at.field("decisions"),
                (d, dAt) -> build(dAt, () -> decision(d)));
        return build(at, () -> new AgendaItem(wellFormed(a.id(), "id"), wellFormed(a.title(), "title"),
                a.kind(), wellFormed(a.topicAreaId(), "topicAreaId"), wellFormed(a.presenterId(), "presenterId"),
                a.plannedMinutes(), wellFormed(a.prepNotes(), "prepNotes"), links,
                wellFormed(a.notes(), "notes"), a.spentSeconds(), a.outcome(),
                wellFormed(a.carriedFromId(), "carriedFromId"), decisions));
    }

    private static Decision decision(DecisionJson d) {
        return new Decision(wellFormed(d.id(), "id"), wellFormed(d.text(), "text"));
    }

    private static ActionItem actionItem(ActionItemJson a, JsonPath at) {
        List<ActionUpdate> updates = each(a.updates(), at.field("updates"),
                (u, uAt) -> build(uAt, () -> actionUpdate(u)));
        return build(at, () -> new ActionItem(wellFormed(a.id(), "id"), wellFormed(a.title(), "title"),
                wellFormed(a.ownerId(), "ownerId"), a.status(), wellFormed(a.topicAreaId(), "topicAreaId"),
                wellFormed(a.meetingId(), "meetingId"), wellFormed(a.agendaItemId(), "agendaItemId"),
                date(a.due(), "due"), wellFormed(a.customerImpact(), "customerImpact"), a.kind(),
                wellFormed(a.journeyStageId(), "journeyStageId"), wellFormed(a.blocker(), "blocker"),
                dateTime(a.createdAt(), "createdAt"), dateTime(a.completedAt(), "completedAt"), updates));
    }

    private static ActionUpdate actionUpdate(ActionUpdateJson u) {
        return new ActionUpdate(wellFormed(u.meetingId(), "meetingId"), date(u.date(), "date"), u.status(),
                wellFormed(u.note(), "note"), date(u.due(), "due"), u.field(), wellFormed(u.from(), "from"),
                wellFormed(u.to(), "to"));
    }

    private static Metric metric(MetricJson m, JsonPath at) {
        List<MetricValue> values = each(m.values(), at.field("values"),
                (v, vAt) -> build(vAt, () -> metricValue(v)));
        return build(at, () -> new Metric(wellFormed(m.id(), "id"), wellFormed(m.name(), "name"),
                m.category(), m.unit(), m.direction(), m.cadence(), wellFormed(m.description(), "description"),
                currencyCode(m.currencyCode()), Boolean.TRUE.equals(m.perSegment()), m.position(),
                wellFormed(m.ownerId(), "ownerId"), values));
    }

    private static MetricValue metricValue(MetricValueJson v) {
        return new MetricValue(wellFormed(v.period(), "period"), wellFormed(v.segmentId(), "segmentId"),
                decimal(v.value(), "value"), decimal(v.target(), "target"), wellFormed(v.note(), "note"));
    }

    private static String currencyCode(String code) {
        if (code != null && !code.matches("[A-Z]{3}")) {
            throw new DomainException("currencyCode",
                    "must be a three-letter ISO 4217 code like EUR, was " + FieldValues.quote(code));
        }
        return code;
    }

    /** Converts each element with its own path; an absent array is an empty one. */
    private static <J, D> List<D> each(List<J> elements, JsonPath at, BiFunction<J, JsonPath, D> convert) {
        if (elements == null) {
            return List.of();
        }
        List<D> converted = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            converted.add(convert.apply(elements.get(i), at.index(i)));
        }
        return converted;
    }

    /**
     * Runs a constructor for the record at {@code at}; a refusal naming a field becomes a problem
     * at that field's path ({@code $.people[2]} + {@code name}).
     */
    private static <T> T build(JsonPath at, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (DomainException e) {
            throw FormatProblemException.at(at.field(e.field()), DomainMessages.reason(e));
        }
    }

    /** Like {@link #build}, for a single value (an element of a list of strings) at {@code at}. */
    private static <T> T value(JsonPath at, Supplier<T> check) {
        try {
            return check.get();
        } catch (DomainException e) {
            throw FormatProblemException.at(at, DomainMessages.reason(e));
        }
    }

}
