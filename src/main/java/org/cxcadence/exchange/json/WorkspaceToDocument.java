package org.cxcadence.exchange.json;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.json.WorkspaceDocument.ActionItemJson;
import org.cxcadence.exchange.json.WorkspaceDocument.ActionUpdateJson;
import org.cxcadence.exchange.json.WorkspaceDocument.AgendaItemJson;
import org.cxcadence.exchange.json.WorkspaceDocument.AttendanceJson;
import org.cxcadence.exchange.json.WorkspaceDocument.DecisionJson;
import org.cxcadence.exchange.json.WorkspaceDocument.JourneyStageJson;
import org.cxcadence.exchange.json.WorkspaceDocument.MeetingJson;
import org.cxcadence.exchange.json.WorkspaceDocument.MinutesJson;
import org.cxcadence.exchange.json.WorkspaceDocument.CorrectionJson;
import org.cxcadence.exchange.json.WorkspaceDocument.MetricJson;
import org.cxcadence.exchange.json.WorkspaceDocument.MetricValueJson;
import org.cxcadence.exchange.json.WorkspaceDocument.PersonJson;
import org.cxcadence.exchange.json.WorkspaceDocument.SegmentJson;
import org.cxcadence.exchange.json.WorkspaceDocument.SeriesJson;
import org.cxcadence.exchange.json.WorkspaceDocument.SettingsJson;
import org.cxcadence.exchange.json.WorkspaceDocument.SnapshotEntryJson;
import org.cxcadence.exchange.json.WorkspaceDocument.TopicAreaJson;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

import static org.cxcadence.exchange.json.FieldValues.format;

/**
 * Turns a workspace into the document that is written. Top-level arrays are always written (an
 * empty array says "none", which reads better than a missing key); nested arrays are left out when
 * empty, as are absent values, to keep exports short. Booleans are always written.
 */
public final class WorkspaceToDocument {
    private WorkspaceToDocument() {
    }

    public static WorkspaceDocument convert(Workspace w, OffsetDateTime exportedAt) {
        var s = w.settings();
        return new WorkspaceDocument(WorkspaceDocument.FORMAT, WorkspaceDocument.VERSION, format(exportedAt),
                new SettingsJson(s.companyName(), s.stalledAfterSessions()),
                all(w.people(), WorkspaceToDocument::person),
                all(w.topicAreas(), t -> new TopicAreaJson(t.id(), t.name(), t.position(), t.archived())),
                all(w.journeyStages(), j -> new JourneyStageJson(j.id(), j.name(), j.position(), j.archived() ? Boolean.TRUE : null)),
                all(w.segments(), g -> new SegmentJson(g.id(), g.name(), g.position(), g.archived() ? Boolean.TRUE : null)),
                all(w.series(), WorkspaceToDocument::series),
                all(w.meetings(), WorkspaceToDocument::meeting),
                all(w.actionItems(), WorkspaceToDocument::actionItem),
                all(w.metrics(), WorkspaceToDocument::metric),
                nested(w.agendaTemplates(), t -> new WorkspaceDocument.AgendaTemplateJson(t.id(), t.name(), t.seriesId(),
                        nested(t.sections(), x -> new WorkspaceDocument.TemplateSectionJson(x.title(), x.kind(),
                                x.topicAreaId(), x.plannedMinutes())))),
                nested(w.invitations(), i -> new WorkspaceDocument.InvitationJson(i.meetingId(), i.sequence(),
                        i.fingerprint())),
                w.minutes().isEmpty() ? null : all(w.minutes(), r -> new MinutesJson(r.meetingId(), format(r.sentAt()),
                        nested(r.corrections(), k -> new CorrectionJson(k.id(), format(k.date()), k.agendaItemId(),
                                k.text())))),
                nested(w.milestones(), m -> new WorkspaceDocument.MilestoneJson(m.id(), m.topicAreaId(), m.title(),
                        m.targetQuarter(), m.status(), m.ownerId(), m.note(), nested(m.actionIds(), id -> id))),
                nested(w.maturity(), l -> new WorkspaceDocument.MaturityJson(l.topicAreaId(), l.quarter(), l.level(),
                        l.note())),
                nested(w.sponsorQuestions(), q -> new WorkspaceDocument.SponsorQuestionJson(q.id(), q.action().number(),
                        q.text(), q.archived() ? Boolean.TRUE : null)),
                nested(w.checkIns(), k -> new WorkspaceDocument.CheckInJson(k.id(), format(k.date()), k.sponsorId(),
                        nested(k.answers(), a -> new WorkspaceDocument.AnswerJson(a.questionId(), a.score(),
                                a.comment())))),
                nested(w.readinessChecks(), r -> new WorkspaceDocument.ReadinessCheckJson(r.id(), format(r.date()),
                        r.ratings(), r.note())));
    }

    /** One person as the format writes them. */
    public static PersonJson person(org.cxcadence.domain.Person p) {
        return new PersonJson(p.id(), p.name(), p.silo(), p.title(), p.email(), p.position(), p.active());
    }

    private static SeriesJson series(MeetingSeries s) {
        return new SeriesJson(s.id(), s.name(), s.cadence(), s.durationMinutes(), s.weekday(),
                format(s.time()), s.timeZone(), s.facilitatorId(), nested(s.attendeeIds(), id -> id));
    }

    /** One session as the format writes it. */
    static MeetingJson meeting(Meeting m) {
        return new MeetingJson(m.id(), m.seriesId(), m.title(), format(m.start()), m.durationMinutes(),
                m.status(), format(m.actualStart()), format(m.actualEnd()),
                nested(m.attendance(), a -> new AttendanceJson(a.personId(), a.present(), a.delegateName())),
                m.rating(),
                nested(m.agenda(), WorkspaceToDocument::agendaItem),
                nested(m.metricSnapshot(), e -> new SnapshotEntryJson(e.metricId(), e.period(),
                        e.segmentId(), e.value(), e.target())));
    }

    private static AgendaItemJson agendaItem(AgendaItem a) {
        return new AgendaItemJson(a.id(), a.title(), a.kind(), a.topicAreaId(), a.presenterId(),
                a.plannedMinutes(), a.prepNotes(), nested(a.links(), link -> link), a.notes(),
                a.spentSeconds(), a.outcome(), a.carriedFromId(),
                nested(a.decisions(), d -> new DecisionJson(d.id(), d.text())));
    }

    /** One action item as the format writes it (also the shape of `actions --format json`). */
    public static ActionItemJson actionItem(ActionItem a) {
        return new ActionItemJson(a.id(), a.title(), a.ownerId(), a.status(), a.topicAreaId(),
                a.meetingId(), a.agendaItemId(), format(a.due()), a.customerImpact(), a.kind(),
                a.journeyStageId(), a.blocker(), format(a.createdAt()), format(a.completedAt()),
                nested(a.updates(), u -> new ActionUpdateJson(u.meetingId(), format(u.date()), u.status(),
                        u.note(), format(u.due()), u.field(), u.from(), u.to())));
    }

    private static MetricJson metric(Metric m) {
        return new MetricJson(m.id(), m.name(), m.category(), m.unit(), m.direction(), m.cadence(),
                m.description(), m.currencyCode(), m.perSegment(), m.position(), m.ownerId(),
                nested(m.values(), v -> new MetricValueJson(v.period(), v.segmentId(), v.value(),
                        v.target(), v.note())));
    }

    private static <D, J> List<J> all(List<D> records, Function<D, J> convert) {
        return records.stream().map(convert).toList();
    }

    private static <D, J> List<J> nested(List<D> records, Function<D, J> convert) {
        return records.isEmpty() ? null : all(records, convert);
    }
}
