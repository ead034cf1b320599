package org.cxcadence.service.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionKind;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaOutcome;
import org.cxcadence.domain.Attendance;
import org.cxcadence.domain.Decision;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.service.MetricService;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.InvalidInputException;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.store.ActionItemRepository;
import org.cxcadence.store.LiveStateRepository;
import org.cxcadence.store.LiveStateRepository.LiveState;
import org.cxcadence.store.MeetingRepository;

/**
 * The live session: start, move between items, capture notes, decisions and actions, review open
 * actions leader by leader, end and reopen. Every call is one transaction, so what the CCO types is
 * on disk as soon as the autosave hands it over; the item on screen and since when are saved at
 * every switch, so a crash reopens the session where it was.
 */
public final class LiveSessionService {
    private final OpenWorkspace workspace;
    private final MeetingRepository meetings;
    private final ActionItemRepository actions;
    private final LiveStateRepository live;
    private final Clock clock;

    public LiveSessionService(OpenWorkspace workspace, Clock clock) {
        this.workspace = workspace;
        this.meetings = new MeetingRepository(workspace.database());
        this.actions = new ActionItemRepository(workspace.database());
        this.live = new LiveStateRepository(workspace.database());
        this.clock = clock;
    }

    public Workspace snapshot() {
        return workspace.snapshot();
    }

    /**
     * What Run shows while {@code meetingId} is held (OpenWorkspace.liveSessionView): the session
     * whole, every other as a header, the open actions and those raised or updated in it.
     */
    public Workspace liveView(String meetingId) {
        return workspace.liveSessionView(meetingId);
    }

    /**
     * The session to run now: one in progress, else the earliest pending one starting today or
     * later, else none.
     */
    public Optional<Meeting> sessionToRun() {
        LocalDate today = LocalDate.now(clock);
        // Chosen among the headers, then read whole: not every session's agenda.
        List<Meeting> all = meetings.listHeaders();
        return all.stream().filter(m -> m.status() == MeetingStatus.IN_PROGRESS).findFirst()
                .or(() -> all.stream()
                        .filter(m -> m.status() == MeetingStatus.DRAFT || m.status() == MeetingStatus.READY)
                        .filter(m -> !m.start().toLocalDate().isBefore(today))
                        .min(java.util.Comparator.comparing(Meeting::start)))
                .flatMap(m -> meetings.find(m.id()));
    }

    public Meeting meeting(String meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new InvalidInputException("no session with id " + meetingId));
    }

    public Optional<LivePosition> liveState(String meetingId) {
        return live.find(meetingId).map(s -> new LivePosition(s.currentItemId(), s.itemStartedAt()));
    }

    /**
     * Starts the session: in progress, actual start now (kept if it had started before), every
     * invited leader on the attendance list as present until the CCO says otherwise, the first
     * item on screen.
     */
    public Meeting start(String meetingId) {
        Meeting m = meeting(meetingId);
        if (m.status() == MeetingStatus.COMPLETED || m.status() == MeetingStatus.CANCELLED) {
            throw new InvalidInputException("'" + m.title() + "' is " + m.status().name().toLowerCase()
                    + "; reopen it to continue");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Attendance> attendance = m.attendance().isEmpty() ? invited(m) : m.attendance();
        Meeting started = new Meeting(m.id(), m.seriesId(), m.title(), m.start(), m.durationMinutes(),
                MeetingStatus.IN_PROGRESS, m.actualStart() != null ? m.actualStart() : now, null, attendance,
                m.rating(), m.agenda(), m.metricSnapshot());
        meetings.upsertMeeting(started);
        meetings.setAttendance(m.id(), attendance);
        if (live.find(m.id()).isEmpty() && !m.agenda().isEmpty()) {
            live.save(new LiveState(m.id(), m.agenda().getFirst().id(), clock.instant()));
        }
        return meeting(meetingId);
    }

    private List<Attendance> invited(Meeting m) {
        if (m.seriesId() == null) {
            return List.of();
        }
        return new org.cxcadence.store.SeriesRepository(workspace.database()).find(m.seriesId())
                .map(MeetingSeries::attendeeIds).orElse(List.of()).stream()
                .map(id -> new Attendance(id, true, null)).toList();
    }

    public void setAttendance(String meetingId, List<Attendance> attendance) {
        meetings.setAttendance(meetingId, attendance);
    }

    /** Saves one agenda item as it is now (notes, decisions, time, outcome). */
    public void saveItem(String meetingId, AgendaItem item) {
        meetings.upsertAgendaItem(meetingId, item);
    }

    /**
     * Leaves {@code from} (its time on screen added to what it had, outcome set) and puts
     * {@code toItemId} on screen now.
     */
    public AgendaItem switchItem(String meetingId, AgendaItem from, AgendaOutcome outcome, String toItemId) {
        Instant now = clock.instant();
        AgendaItem left = withTime(meetingId, from, now, outcome);
        meetings.upsertAgendaItem(meetingId, left);
        live.save(new LiveState(meetingId, toItemId, now));
        return left;
    }

    /** The item's time including the stretch on screen since it came on screen. */
    public AgendaItem withTime(String meetingId, AgendaItem item, Instant now, AgendaOutcome outcome) {
        long sinceOnScreen = live.find(meetingId).filter(s -> item.id().equals(s.currentItemId()))
                .map(s -> Math.max(0, Duration.between(s.itemStartedAt(), now).toSeconds())).orElse(0L);
        long spent = (item.spentSeconds() == null ? 0 : item.spentSeconds()) + sinceOnScreen;
        return new AgendaItem(item.id(), item.title(), item.kind(), item.topicAreaId(), item.presenterId(),
                item.plannedMinutes(), item.prepNotes(), item.links(), item.notes(), spent,
                outcome != null ? outcome : item.outcome(), item.carriedFromId(), item.decisions());
    }

    public AgendaItem addDecision(String meetingId, AgendaItem item, String text) {
        List<Decision> decisions = new ArrayList<>(item.decisions());
        decisions.add(new Decision(UUID.randomUUID().toString(), text.strip()));
        AgendaItem updated = new AgendaItem(item.id(), item.title(), item.kind(), item.topicAreaId(),
                item.presenterId(), item.plannedMinutes(), item.prepNotes(), item.links(), item.notes(),
                item.spentSeconds(), item.outcome(), item.carriedFromId(), decisions);
        meetings.upsertAgendaItem(meetingId, updated);
        return updated;
    }

    /** A new action raised on this item, owned by a leader, open. */
    public ActionItem addAction(String meetingId, AgendaItem item, String title, String ownerId, LocalDate due,
                                String customerImpact, ActionKind kind) {
        ActionItem action = new ActionItem(UUID.randomUUID().toString(), title.strip(), ownerId, ActionStatus.OPEN,
                item.topicAreaId(), meetingId, item.id(), due, blankToNull(customerImpact), kind, null, null,
                OffsetDateTime.now(clock), null, List.of());
        actions.upsert(action);
        return action;
    }

    /** Open action review: done. */
    public void markDone(String meetingId, String actionId, String note) {
        actions.setStatus(actionId, ActionStatus.DONE, blankToNull(note), meetingId, OffsetDateTime.now(clock));
    }

    /** Open action review: an update note (progress). */
    public void addNote(String meetingId, String actionId, String note) {
        actions.addNote(actionId, note.strip(), meetingId, LocalDate.now(clock));
    }

    /** Open action review: a new due date (recorded, not progress). */
    public void setDue(String meetingId, String actionId, LocalDate due) {
        actions.setDue(actionId, due, meetingId, LocalDate.now(clock));
    }

    /** Open action review: blocked, with what blocks it (the new blocker recorded as an edit made in this session). */
    public void markBlocked(String meetingId, String actionId, String blocker) {
        ActionItem a = actions.find(actionId).orElseThrow();
        actions.edit(new ActionItem(a.id(), a.title(), a.ownerId(), a.status(), a.topicAreaId(), a.meetingId(),
                a.agendaItemId(), a.due(), a.customerImpact(), a.kind(), a.journeyStageId(), blocker.strip(),
                a.createdAt(), a.completedAt(), a.updates()), meetingId, LocalDate.now(clock), false);
        actions.setStatus(actionId, ActionStatus.BLOCKED, "Blocked: " + blocker.strip(), meetingId,
                OffsetDateTime.now(clock));
    }

    /**
     * Ends the session: the item on screen gets its time; items never reached are marked so; the
     * rating, actual end and the metric values as they stand are stored with it.
     */
    public Meeting end(String meetingId, Integer rating) {
        Meeting m = meeting(meetingId);
        Instant now = clock.instant();
        Optional<LiveState> state = live.find(meetingId);
        List<AgendaItem> agenda = new ArrayList<>();
        for (AgendaItem item : m.agenda()) {
            AgendaItem timed = state.filter(s -> item.id().equals(s.currentItemId())).isPresent()
                    ? withTime(meetingId, item, now, item.outcome() == null ? AgendaOutcome.DISCUSSED : null)
                    : item;
            agenda.add(timed.outcome() == null ? withOutcome(timed, AgendaOutcome.NOT_REACHED) : timed);
        }
        Meeting ended = new Meeting(m.id(), m.seriesId(), m.title(), m.start(), m.durationMinutes(),
                MeetingStatus.COMPLETED, m.actualStart(), OffsetDateTime.now(clock), m.attendance(), rating, agenda,
                MetricService.snapshotFor(workspace.listsView(), LocalDate.now(clock)));
        meetings.saveSession(ended);
        live.clear(meetingId);
        return ended;
    }

    /** A session ended by mistake goes back to in progress; its record stays as it was. */
    public Meeting reopen(String meetingId) {
        Meeting m = meeting(meetingId);
        Meeting reopened = new Meeting(m.id(), m.seriesId(), m.title(), m.start(), m.durationMinutes(),
                MeetingStatus.IN_PROGRESS, m.actualStart(), null, m.attendance(), m.rating(), m.agenda(),
                m.metricSnapshot());
        meetings.upsertMeeting(reopened);
        if (!m.agenda().isEmpty()) {
            live.save(new LiveState(m.id(), m.agenda().getFirst().id(), clock.instant()));
        }
        return meeting(meetingId);
    }

    private static AgendaItem withOutcome(AgendaItem i, AgendaOutcome outcome) {
        return new AgendaItem(i.id(), i.title(), i.kind(), i.topicAreaId(), i.presenterId(), i.plannedMinutes(),
                i.prepNotes(), i.links(), i.notes(), i.spentSeconds(), outcome, i.carriedFromId(), i.decisions());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
