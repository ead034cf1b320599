package org.cxcadence.service.demo;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaOutcome;
import org.cxcadence.domain.Attendance;
import org.cxcadence.domain.Decision;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.WorkspaceSettings;
import org.cxcadence.service.demo.DemoAgendaScript.StandingRemark;
import org.cxcadence.service.demo.DemoAgendaScript.Topic;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.cxcadence.service.demo.DemoOrganisation.ASSETS;
import static org.cxcadence.service.demo.DemoOrganisation.CCO;
import static org.cxcadence.service.demo.DemoOrganisation.CEO;
import static org.cxcadence.service.demo.DemoOrganisation.FINANCE;
import static org.cxcadence.service.demo.DemoOrganisation.FORMER_IMPLEMENTATION;
import static org.cxcadence.service.demo.DemoOrganisation.SALES;

/**
 * The sessions of the weekly series: half a year of completed ones (and the week of the offsite,
 * cancelled), then next Monday's draft. Each completed session leads with the customer asset review,
 * then the open-action review, then its topics; it keeps its attendance, timings, rating and the
 * metrics as they stood.
 */
final class DemoSessions {
    static final String METRICS_KEY = "metrics";
    static final String ACTIONS_KEY = "actions";
    private static final int STANDING_MINUTES = 15;
    /** Kevin O'Brien attended until he left the company. */
    private static final int LAST_SLOT_OF_FORMER_DIRECTOR = 6;
    /** Leaders who sent someone in their place, by slot. */
    private static final Map<Integer, Map<String, String>> DELEGATES = Map.of(
            10, Map.of(SALES, "Chris Park (Director, Sales Operations)"),
            20, Map.of(FINANCE, "Nina Alvarez (FP&A Manager)"));

    private final DemoCalendar calendar;
    private final Random random;
    private final List<ActionItem> actions;
    private final List<Metric> metrics;
    private final DemoNotes notes;
    private final List<Topic> topics = DemoAgendaScript.topics();
    private final List<StandingRemark> remarks = DemoAgendaScript.standingRemarks();

    DemoSessions(DemoCalendar calendar, Random random, List<ActionItem> actions, List<Metric> metrics,
                 List<Segment> segments) {
        this.calendar = calendar;
        this.random = random;
        this.actions = actions;
        this.metrics = metrics;
        this.notes = new DemoNotes(segments);
    }

    List<Meeting> build() {
        List<Meeting> meetings = new ArrayList<>();
        for (int slot = DemoCalendar.FIRST_SLOT; slot <= DemoCalendar.DRAFT_SLOT; slot++) {
            if (slot == DemoCalendar.DRAFT_SLOT) {
                meetings.add(draft(slot));
            } else if (slot == DemoCalendar.CANCELLED_SLOT) {
                meetings.add(cancelled(slot));
            } else {
                meetings.add(completed(slot, meetings));
            }
        }
        return List.copyOf(meetings);
    }

    private Meeting completed(int slot, List<Meeting> before) {
        String meetingId = calendar.meetingId(slot);
        LocalDate day = calendar.date(slot);
        List<Meeting> heldBefore = before.stream().filter(m -> m.status() == MeetingStatus.COMPLETED).toList();

        List<AgendaItem> agenda = new ArrayList<>();
        agenda.add(standing(slot, METRICS_KEY, "Customer asset review", AgendaItemKind.METRICS_REVIEW, ASSETS, FINANCE,
                "Monthly customer asset report, sent Friday.",
                withRemark(notes.customerAssetReview(day, metrics), remark(slot, false)),
                spent(STANDING_MINUTES, AgendaOutcome.DISCUSSED), AgendaOutcome.DISCUSSED, remark(slot, false)));
        agenda.add(standing(slot, ACTIONS_KEY, "Open action review", AgendaItemKind.ACTION_REVIEW, null, CCO,
                "Owners update their open actions by Friday noon.",
                withRemark(notes.openActionReview(meetingId, day, actions, heldBefore,
                        WorkspaceSettings.DEFAULT_STALLED_AFTER_SESSIONS), remark(slot, true)),
                spent(STANDING_MINUTES, AgendaOutcome.DISCUSSED), AgendaOutcome.DISCUSSED, remark(slot, true)));
        for (Topic t : topicsOf(slot)) {
            agenda.add(topicItem(t, spent(t.minutes(), t.outcome()), t.outcome()));
        }

        OffsetDateTime start = calendar.start(slot);
        OffsetDateTime actualStart = start.plusMinutes(random.nextInt(5));
        long seconds = agenda.stream().mapToLong(AgendaItem::spentSeconds).sum() + 60L * random.nextInt(4);
        int rating = Math.clamp(6 + (slot >= 10 ? 1 : 0) + random.nextInt(3) - (slot == 5 ? 1 : 0), 1, 10);
        return new Meeting(meetingId, DemoOrganisation.SERIES, DemoOrganisation.SERIES_NAME, start, 60,
                MeetingStatus.COMPLETED, actualStart, actualStart.plusSeconds(seconds), attendance(slot), rating,
                agenda, DemoSnapshots.at(day, metrics));
    }

    private Meeting cancelled(int slot) {
        List<AgendaItem> agenda = List.of(
                standing(slot, METRICS_KEY, "Customer asset review", AgendaItemKind.METRICS_REVIEW, ASSETS, FINANCE,
                        null, null, null, null, Optional.empty()),
                standing(slot, ACTIONS_KEY, "Open action review", AgendaItemKind.ACTION_REVIEW, null, CCO,
                        null, null, null, null, Optional.empty()));
        return new Meeting(calendar.meetingId(slot), DemoOrganisation.SERIES,
                DemoOrganisation.SERIES_NAME + " (cancelled: leadership offsite)", calendar.start(slot), 60,
                MeetingStatus.CANCELLED, null, null, List.of(), null, agenda, List.of());
    }

    private Meeting draft(int slot) {
        List<AgendaItem> agenda = new ArrayList<>();
        agenda.add(standing(slot, METRICS_KEY, "Customer asset review", AgendaItemKind.METRICS_REVIEW, ASSETS, FINANCE,
                "Monthly customer asset report goes out Friday; read gained and lost before the rates.", null, null,
                null, Optional.empty()));
        agenda.add(standing(slot, ACTIONS_KEY, "Open action review", AgendaItemKind.ACTION_REVIEW, null, CCO,
                "Owners update their open actions by Friday noon. Stalled items first.", null, null, null,
                Optional.empty()));
        for (Topic t : topicsOf(slot)) {
            agenda.add(topicItem(t, null, null));
        }
        return new Meeting(calendar.meetingId(slot), DemoOrganisation.SERIES, DemoOrganisation.SERIES_NAME,
                calendar.start(slot), 60, MeetingStatus.DRAFT, null, null, List.of(), null, agenda, List.of());
    }

    private AgendaItem standing(int slot, String key, String title, AgendaItemKind kind, String area, String presenter,
                                String prep, String text, Long spentSeconds, AgendaOutcome outcome,
                                Optional<StandingRemark> remark) {
        String id = calendar.agendaItemId(slot, key);
        return new AgendaItem(id, title, kind, area, presenter, STANDING_MINUTES, prep, List.of(), text, spentSeconds,
                outcome, null, decisions(id, remark.map(StandingRemark::decisions).orElse(List.of())));
    }

    private AgendaItem topicItem(Topic t, Long spentSeconds, AgendaOutcome outcome) {
        String id = calendar.agendaItemId(t.slot(), t.key());
        String carriedFrom = t.carriedFromSlot() == 0 ? null : calendar.agendaItemId(t.carriedFromSlot(), t.key());
        return new AgendaItem(id, t.title(), AgendaItemKind.TOPIC, t.topicAreaId(), t.presenterId(), t.minutes(),
                t.prepNotes(), t.links(), t.notes(), spentSeconds, outcome, carriedFrom, decisions(id, t.decisions()));
    }

    private static List<Decision> decisions(String itemId, List<String> texts) {
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            decisions.add(new Decision(itemId + "-d" + (i + 1), texts.get(i)));
        }
        return decisions;
    }

    /** Discussed items run a little short or long; a deferred one got a minute or two; an unreached one none. */
    private long spent(int plannedMinutes, AgendaOutcome outcome) {
        return switch (outcome) {
            case DISCUSSED -> plannedMinutes * 60L - 150 + random.nextInt(420);
            case DEFERRED -> 60L + random.nextInt(90);
            case NOT_REACHED -> 0L;
        };
    }

    private List<Attendance> attendance(int slot) {
        Set<String> presenting = topicsOf(slot).stream().map(Topic::presenterId).collect(Collectors.toSet());
        Map<String, String> delegates = DELEGATES.getOrDefault(slot, Map.of());
        List<String> invited = new ArrayList<>(DemoOrganisation.attendees());
        if (slot <= LAST_SLOT_OF_FORMER_DIRECTOR) {
            invited.add(FORMER_IMPLEMENTATION);
        }
        List<Attendance> attendance = new ArrayList<>();
        for (String person : invited) {
            double chanceAway = person.equals(CEO) ? 0.15 : 0.07;
            boolean away = random.nextDouble() < chanceAway;  // drawn for everyone, so the sequence stays stable
            if (delegates.containsKey(person)) {
                attendance.add(new Attendance(person, false, delegates.get(person)));
            } else {
                boolean mustAttend = person.equals(CCO) || person.equals(FINANCE) || presenting.contains(person);
                attendance.add(new Attendance(person, mustAttend || !away, null));
            }
        }
        return attendance;
    }

    private List<Topic> topicsOf(int slot) {
        return topics.stream().filter(t -> t.slot() == slot).toList();
    }

    private Optional<StandingRemark> remark(int slot, boolean actionReview) {
        return remarks.stream().filter(r -> r.slot() == slot && r.actionReview() == actionReview).findFirst();
    }

    private static String withRemark(String generated, Optional<StandingRemark> remark) {
        return remark.map(r -> generated + "\n" + r.note()).orElse(generated);
    }
}
