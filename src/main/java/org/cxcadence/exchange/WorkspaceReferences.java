package org.cxcadence.exchange;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionUpdate;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.Attendance;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.MetricSnapshotEntry;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.MinutesCorrection;
import org.cxcadence.domain.MinutesRecord;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.json.FormatProblem;
import org.cxcadence.exchange.json.JsonPath;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules of a workspace that span records: ids unique (agenda items and decisions across the
 * whole file, since other records point at them without naming the meeting), every reference
 * pointing at a record that exists, and metric values that fit their metric. Pure: takes a
 * workspace, returns every problem with the JSON path it would have in an export, so an import can
 * report all of them at once. Paths follow the order of the workspace's lists, which is file order.
 */
public final class WorkspaceReferences {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");

    private final Workspace workspace;
    private final List<FormatProblem> problems = new ArrayList<>();
    private final JsonPath root = JsonPath.root();

    private WorkspaceReferences(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every problem found, in the order of the checks below; empty when the workspace holds together. */
    public static List<FormatProblem> check(Workspace workspace) {
        return new WorkspaceReferences(workspace).run();
    }

    /** The ids of one kind of record, each with where it was first seen, to name both copies of a duplicate. */
    private final class Ids {
        private final String kind;
        private final Map<String, JsonPath> seen = new HashMap<>();

        Ids(String kind) {
            this.kind = kind;
        }

        void add(String id, JsonPath at) {
            JsonPath first = seen.putIfAbsent(id, at);
            if (first != null) {
                problems.add(FormatProblem.at(at, "duplicate " + kind + " id \"" + id + "\" (first at " + first.parent(1) + ")"));
            }
        }

        /**
         * An optional reference: absent is fine, present must name a record of this kind.
         *
         * @return whether the reference names a record (false when absent or dangling)
         */
        boolean ref(String id, JsonPath at) {
            if (id != null && !seen.containsKey(id)) {
                problems.add(FormatProblem.at(at, "refers to no " + kind + " with id \"" + id + "\""));
                return false;
            }
            return id != null;
        }
    }

    private List<FormatProblem> run() {
        Ids people = ids("person", workspace.people(), "people", p -> p.id());
        Ids topicAreas = ids("topic area", workspace.topicAreas(), "topicAreas", t -> t.id());
        Ids stages = ids("journey stage", workspace.journeyStages(), "journeyStages", j -> j.id());
        Ids segments = ids("segment", workspace.segments(), "segments", s -> s.id());
        Ids series = ids("series", workspace.series(), "series", s -> s.id());
        Ids meetings = ids("meeting", workspace.meetings(), "meetings", m -> m.id());
        Ids actionItems = ids("action item", workspace.actionItems(), "actionItems", a -> a.id());
        Ids metrics = ids("metric", workspace.metrics(), "metrics", m -> m.id());
        Ids agendaItems = new Ids("agenda item");
        Ids decisions = new Ids("decision");
        Map<String, String> meetingOfAgendaItem = new HashMap<>();
        forEach(workspace.meetings(), "meetings", (m, at) -> forEach(m.agenda(), at, "agenda", (a, aAt) -> {
            agendaItems.add(a.id(), aAt.field("id"));
            meetingOfAgendaItem.putIfAbsent(a.id(), m.id());
            forEach(a.decisions(), aAt, "decisions", (d, dAt) -> decisions.add(d.id(), dAt.field("id")));
        }));

        forEach(workspace.series(), "series", (s, at) -> checkSeries(s, at, people));
        forEach(workspace.meetings(), "meetings", (m, at) -> checkMeeting(m, at, series, people, topicAreas,
                agendaItems, metrics, segments));
        forEach(workspace.actionItems(), "actionItems", (a, at) -> checkAction(a, at, people, topicAreas,
                meetings, agendaItems, meetingOfAgendaItem, stages));
        forEach(workspace.metrics(), "metrics", (m, at) -> checkMetric(m, at, people, segments));
        ids("agenda template", workspace.agendaTemplates(), "agendaTemplates", t -> t.id());
        Set<String> defaults = new HashSet<>();
        forEach(workspace.agendaTemplates(), "agendaTemplates", (t, at) -> {
            if (series.ref(t.seriesId(), at.field("seriesId")) && !defaults.add(t.seriesId())) {
                problems.add(FormatProblem.at(at.field("seriesId"),
                        "series \"" + t.seriesId() + "\" already has a default agenda template"));
            }
            forEach(t.sections(), at, "sections", (x, xAt) -> topicAreas.ref(x.topicAreaId(), xAt.field("topicAreaId")));
        });
        Set<String> invited = new HashSet<>();
        forEach(workspace.invitations(), "invitations", (i, at) -> {
            meetings.ref(i.meetingId(), at.field("meetingId"));
            if (!invited.add(i.meetingId())) {
                problems.add(FormatProblem.at(at.field("meetingId"), "lists meeting \"" + i.meetingId() + "\" twice"));
            }
        });
        Ids minutesOf = new Ids("minutes record for meeting");
        Ids corrections = new Ids("correction");
        forEach(workspace.minutes(), "minutes", (MinutesRecord r, JsonPath at) -> {
            minutesOf.add(r.meetingId(), at.field("meetingId"));
            meetings.ref(r.meetingId(), at.field("meetingId"));
            forEach(r.corrections(), at, "corrections", (MinutesCorrection k, JsonPath kAt) -> {
                corrections.add(k.id(), kAt.field("id"));
                if (agendaItems.ref(k.agendaItemId(), kAt.field("agendaItemId"))
                        && !r.meetingId().equals(meetingOfAgendaItem.get(k.agendaItemId()))) {
                    problems.add(FormatProblem.at(kAt.field("agendaItemId"), "agenda item \"" + k.agendaItemId()
                            + "\" belongs to meeting \"" + meetingOfAgendaItem.get(k.agendaItemId())
                            + "\", not to meeting \"" + r.meetingId() + "\""));
                }
            });
        });
        checkProgram(people, topicAreas, actionItems);
        return List.copyOf(problems);
    }

    /** Road map, maturity, sponsor questions and check-ins, readiness checks (added by the Program issue). */
    private void checkProgram(Ids people, Ids topicAreas, Ids actionItems) {
        ids("milestone", workspace.milestones(), "milestones", m -> m.id());
        forEach(workspace.milestones(), "milestones", (m, at) -> {
            topicAreas.ref(m.topicAreaId(), at.field("topicAreaId"));
            people.ref(m.ownerId(), at.field("ownerId"));
            Set<String> listed = new HashSet<>();
            for (int i = 0; i < m.actionIds().size(); i++) {
                String id = m.actionIds().get(i);
                JsonPath idAt = at.field("actionIds").index(i);
                actionItems.ref(id, idAt);
                if (!listed.add(id)) {
                    problems.add(FormatProblem.at(idAt, "lists action item \"" + id + "\" twice"));
                }
            }
        });
        Set<String> levels = new HashSet<>();
        forEach(workspace.maturity(), "maturity", (l, at) -> {
            topicAreas.ref(l.topicAreaId(), at.field("topicAreaId"));
            if (!levels.add(l.topicAreaId() + "\u0000" + l.quarter())) {
                problems.add(FormatProblem.at(at, "repeats topic area \"" + l.topicAreaId() + "\" for quarter " + l.quarter()));
            }
        });
        ids("sponsor question", workspace.sponsorQuestions(), "sponsorQuestions", q -> q.id());
        Ids questions = new Ids("sponsor question");
        workspace.effectiveSponsorQuestions().forEach(q -> questions.seen.putIfAbsent(q.id(), root));
        ids("check-in", workspace.checkIns(), "checkIns", k -> k.id());
        forEach(workspace.checkIns(), "checkIns", (k, at) -> {
            people.ref(k.sponsorId(), at.field("sponsorId"));
            forEach(k.answers(), at, "answers", (a, aAt) -> questions.ref(a.questionId(), aAt.field("questionId")));
        });
        ids("readiness check", workspace.readinessChecks(), "readinessChecks", r -> r.id());
    }

    private void checkSeries(MeetingSeries s, JsonPath at, Ids people) {
        people.ref(s.facilitatorId(), at.field("facilitatorId"));
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < s.attendeeIds().size(); i++) {
            String id = s.attendeeIds().get(i);
            JsonPath idAt = at.field("attendeeIds").index(i);
            people.ref(id, idAt);
            if (!listed.add(id)) {
                problems.add(FormatProblem.at(idAt, "lists person \"" + id + "\" twice"));
            }
        }
    }

    private void checkMeeting(Meeting m, JsonPath at, Ids series, Ids people, Ids topicAreas,
                              Ids agendaItems, Ids metrics, Ids segments) {
        series.ref(m.seriesId(), at.field("seriesId"));
        Set<String> attended = new HashSet<>();
        forEach(m.attendance(), at, "attendance", (Attendance a, JsonPath aAt) -> {
            people.ref(a.personId(), aAt.field("personId"));
            if (!attended.add(a.personId())) {
                problems.add(FormatProblem.at(aAt.field("personId"), "lists person \"" + a.personId() + "\" twice"));
            }
        });
        forEach(m.agenda(), at, "agenda", (AgendaItem a, JsonPath aAt) -> {
            topicAreas.ref(a.topicAreaId(), aAt.field("topicAreaId"));
            people.ref(a.presenterId(), aAt.field("presenterId"));
            agendaItems.ref(a.carriedFromId(), aAt.field("carriedFromId"));
            if (a.id().equals(a.carriedFromId())) {
                problems.add(FormatProblem.at(aAt.field("carriedFromId"), "an agenda item cannot be carried from itself"));
            }
        });
        Set<String> snapshotKeys = new HashSet<>();
        forEach(m.metricSnapshot(), at, "metricSnapshot", (MetricSnapshotEntry e, JsonPath eAt) -> {
            metrics.ref(e.metricId(), eAt.field("metricId"));
            segments.ref(e.segmentId(), eAt.field("segmentId"));
            // Snapshots are history: a metric's cadence may have changed since, so any period form is kept.
            if (!MONTH.matcher(e.period()).matches() && !QUARTER.matcher(e.period()).matches()) {
                problems.add(FormatProblem.at(eAt.field("period"),
                        "must be a period like 2026-11 or 2026-Q4, was \"" + e.period() + "\""));
            }
            if (!snapshotKeys.add(e.metricId() + "\u0000" + e.period() + "\u0000" + e.segmentId())) {
                problems.add(FormatProblem.at(eAt, "repeats metric \"" + e.metricId() + "\" for period "
                        + e.period() + segmentText(e.segmentId())));
            }
        });
    }

    private void checkAction(ActionItem a, JsonPath at, Ids people, Ids topicAreas, Ids meetings,
                             Ids agendaItems, Map<String, String> meetingOfAgendaItem, Ids stages) {
        people.ref(a.ownerId(), at.field("ownerId"));
        topicAreas.ref(a.topicAreaId(), at.field("topicAreaId"));
        boolean meetingKnown = meetings.ref(a.meetingId(), at.field("meetingId"));
        boolean agendaItemKnown = agendaItems.ref(a.agendaItemId(), at.field("agendaItemId"));
        stages.ref(a.journeyStageId(), at.field("journeyStageId"));
        String agendaMeeting = meetingOfAgendaItem.get(a.agendaItemId());
        if (meetingKnown && agendaItemKnown && !agendaMeeting.equals(a.meetingId())) {
            problems.add(FormatProblem.at(at.field("agendaItemId"), "agenda item \"" + a.agendaItemId()
                    + "\" belongs to meeting \"" + agendaMeeting + "\", not to meeting \"" + a.meetingId() + "\""));
        }
        forEach(a.updates(), at, "updates", (ActionUpdate u, JsonPath uAt) -> meetings.ref(u.meetingId(), uAt.field("meetingId")));
    }

    private void checkMetric(Metric m, JsonPath at, Ids people, Ids segments) {
        people.ref(m.ownerId(), at.field("ownerId"));
        Set<String> keys = new HashSet<>();
        forEach(m.values(), at, "values", (MetricValue v, JsonPath vAt) -> {
            if (!fitsCadence(v.period(), m.cadence())) {
                problems.add(FormatProblem.at(vAt.field("period"), "must be a " + periodForm(m.cadence())
                        + " for " + m.cadence().name().toLowerCase(Locale.ROOT) + " metric \"" + m.id()
                        + "\", was \"" + v.period() + "\""));
            }
            if (v.segmentId() != null && !m.perSegment()) {
                problems.add(FormatProblem.at(vAt.field("segmentId"),
                        "must be absent: metric \"" + m.id() + "\" is not tracked per segment"));
            } else {
                segments.ref(v.segmentId(), vAt.field("segmentId"));
            }
            if (!keys.add(v.period() + "\u0000" + v.segmentId())) {
                problems.add(FormatProblem.at(vAt, "repeats period " + v.period() + segmentText(v.segmentId())));
            }
        });
    }

    private static boolean fitsCadence(String period, MetricCadence cadence) {
        return (cadence == MetricCadence.MONTHLY ? MONTH : QUARTER).matcher(period).matches();
    }

    private static String periodForm(MetricCadence cadence) {
        return cadence == MetricCadence.MONTHLY ? "month like 2026-11" : "quarter like 2026-Q4";
    }

    private static String segmentText(String segmentId) {
        return segmentId == null ? " (total)" : " and segment \"" + segmentId + "\"";
    }

    private <T> Ids ids(String kind, List<T> records, String array, Function<T, String> id) {
        Ids ids = new Ids(kind);
        forEach(records, array, (r, at) -> ids.add(id.apply(r), at.field("id")));
        return ids;
    }

    private interface Visitor<T> {
        void visit(T record, JsonPath at);
    }

    private <T> void forEach(List<T> records, String array, Visitor<T> visitor) {
        forEach(records, root, array, visitor);
    }

    private static <T> void forEach(List<T> records, JsonPath parent, String array, Visitor<T> visitor) {
        JsonPath at = parent.field(array);
        for (int i = 0; i < records.size(); i++) {
            visitor.visit(records.get(i), at.index(i));
        }
    }
}
