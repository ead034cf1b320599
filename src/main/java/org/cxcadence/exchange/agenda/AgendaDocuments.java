package org.cxcadence.exchange.agenda;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cxcadence.domain.AgendaDraft;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.CarryForward;
import org.cxcadence.domain.CarryReason;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.SeriesSchedule;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.agenda.AgendaDocument.Group;
import org.cxcadence.exchange.agenda.AgendaDocument.Line;
import org.cxcadence.exchange.agenda.AgendaDocument.Participant;
import org.cxcadence.exchange.agenda.AgendaDocument.SubLine;

/** Builds the {@link AgendaDocument} of a session from a workspace, as of a day taken as today. */
public final class AgendaDocuments {
    private AgendaDocuments() {
    }

    public static AgendaDocument build(Workspace w, Meeting m, LocalDate today, ZoneId fallbackZone, Locale locale) {
        Map<String, Person> people = new HashMap<>();
        w.people().forEach(p -> people.put(p.id(), p));
        Map<String, String> areas = new HashMap<>();
        w.topicAreas().forEach(t -> areas.put(t.id(), t.name()));
        Optional<MeetingSeries> series = w.series().stream().filter(s -> s.id().equals(m.seriesId())).findFirst();
        ZoneId zone = series.map(s -> SeriesSchedule.zoneOf(s, m.start().getOffset())).orElse(m.start().getOffset());
        ZonedDateTime start = m.start().atZoneSameInstant(zone);

        // What stands under the two reviews is judged now, for sessions still ahead; a held session shows its agenda only.
        boolean ahead = m.status().isPending();
        AgendaDraft draft = ahead ? CarryForward.propose(w, m, today) : new AgendaDraft(List.of(), List.of(), List.of());
        List<Line> lines = new ArrayList<>();
        int elapsed = 0;
        for (int i = 0; i < m.agenda().size(); i++) {
            AgendaItem a = m.agenda().get(i);
            int minutes = a.plannedMinutes() == null ? 0 : a.plannedMinutes();
            boolean pastEnd = elapsed + minutes > m.durationMinutes();
            String reason = CarryForward.reasonFor(a, w.meetings()).map(CarryReason::describe).orElse(null);
            List<Group> groups = switch (a.kind()) {
                case ACTION_REVIEW -> actionGroups(draft, people);
                case METRICS_REVIEW -> metricGroups(draft);
                case TOPIC -> List.of();
            };
            lines.add(new Line(i + 1, a.title(), a.kind(), areas.get(a.topicAreaId()), name(people, a.presenterId()),
                    a.plannedMinutes(), start.plusMinutes(elapsed).toLocalTime(), pastEnd, a.prepNotes(), a.links(),
                    reason, groups));
            elapsed += minutes;
        }
        Participant facilitator = series.map(MeetingSeries::facilitatorId).map(people::get)
                .map(p -> new Participant(p.name(), p.email())).orElse(null);
        List<String> invited = new ArrayList<>(series.map(MeetingSeries::attendeeIds).orElse(List.of()));
        m.attendance().forEach(a -> {
            if (!invited.contains(a.personId())) {
                invited.add(a.personId());
            }
        });
        List<Participant> attendees = invited.stream().map(people::get).filter(p -> p != null)
                .map(p -> new Participant(p.name(), p.email())).toList();
        return new AgendaDocument(m.id(), w.settings().companyName(), m.title(), series.map(MeetingSeries::name).orElse(null),
                start, m.durationMinutes(), m.status(), facilitator, attendees, lines, m.plannedMinutes(), locale);
    }

    private static List<Group> actionGroups(AgendaDraft draft, Map<String, Person> people) {
        List<Group> groups = new ArrayList<>();
        draft.actionLinesByOwner().forEach((owner, lines) -> groups.add(new Group(
                Optional.ofNullable(name(people, owner)).orElse(owner),
                lines.stream().map(l -> new SubLine(l.action().title(), l.describeReasons())).toList())));
        return groups;
    }

    private static List<Group> metricGroups(AgendaDraft draft) {
        if (draft.metricLines().isEmpty()) {
            return List.of();
        }
        return List.of(new Group(null, draft.metricLines().stream()
                .map(l -> new SubLine(l.reason().describe(), l.offTarget().periodsRunning() > 1
                        ? "off target " + l.offTarget().periodsRunning() + " periods running" : "off target"))
                .toList()));
    }

    private static String name(Map<String, Person> people, String id) {
        Person p = id == null ? null : people.get(id);
        return p == null ? null : p.name();
    }

    /** Kind of a line as readers say it; {@code null} for a plain topic. */
    static String kindLabel(AgendaItemKind kind) {
        return switch (kind) {
            case TOPIC -> null;
            case METRICS_REVIEW -> "Standing item: customer asset review";
            case ACTION_REVIEW -> "Standing item: open actions, leader by leader";
        };
    }
}
