package org.cxcadence.service.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionKind;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaOutcome;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.service.ExchangeService;
import org.cxcadence.service.InvalidInputException;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole live session on the demo company's drafted next session, on a real workspace file. */
class LiveSessionServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path home;

    private final WorkspaceService workspaces = new WorkspaceService();
    private MutableClock clock;
    private OpenWorkspace workspace;
    private LiveSessionService live;
    private Meeting next;

    @BeforeEach
    void openDemo() {
        Path file = home.resolve("demo.cxcadence");
        clock = new MutableClock(TODAY.atTime(9, 0).atZone(ZoneId.of("America/Chicago")).toInstant(),
                ZoneId.of("America/Chicago"));
        new ExchangeService(workspaces, clock).fillWithDemo(file, TODAY);
        workspace = workspaces.openForWriting(file);
        live = new LiveSessionService(workspace, clock);
        next = live.sessionToRun().orElseThrow();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theSessionToRunIsTheDraftedNextSession() {
        assertEquals(MeetingStatus.DRAFT, next.status());
        assertFalse(next.start().toLocalDate().isBefore(TODAY));
    }

    @Test
    void startingMarksItInProgressKeepsTheStartAndListsTheInvitedLeaders() {
        Meeting started = live.start(next.id());
        assertEquals(MeetingStatus.IN_PROGRESS, started.status());
        assertEquals(clock.instant(), started.actualStart().toInstant());
        assertFalse(started.attendance().isEmpty(), "the series' attendees are on the checklist");
        assertEquals(next.agenda().getFirst().id(), live.liveState(next.id()).orElseThrow().itemId());
        clock.advance(Duration.ofMinutes(5));
        assertEquals(started.actualStart(), live.start(next.id()).actualStart(), "starting again keeps the first start");
    }

    @Test
    void timeOnScreenIsAddedToTheItemWhenTheCcoMovesOn() {
        live.start(next.id());
        AgendaItem first = live.meeting(next.id()).agenda().get(0);
        AgendaItem second = live.meeting(next.id()).agenda().get(1);
        clock.advance(Duration.ofMinutes(7).plusSeconds(30));
        live.switchItem(next.id(), first, AgendaOutcome.DISCUSSED, second.id());
        AgendaItem saved = live.meeting(next.id()).agenda().get(0);
        assertEquals(450L, saved.spentSeconds());
        assertEquals(AgendaOutcome.DISCUSSED, saved.outcome());
        assertEquals(second.id(), live.liveState(next.id()).orElseThrow().itemId());
        assertEquals(clock.instant(), live.liveState(next.id()).orElseThrow().since());
    }

    @Test
    void notesDecisionsAndNewActionsAreSavedOnTheItem() {
        live.start(next.id());
        AgendaItem item = live.meeting(next.id()).agenda().get(2);
        AgendaItem noted = new AgendaItem(item.id(), item.title(), item.kind(), item.topicAreaId(), item.presenterId(),
                item.plannedMinutes(), item.prepNotes(), item.links(), "Churn in SMB is onboarding, not price.",
                item.spentSeconds(), item.outcome(), item.carriedFromId(), item.decisions());
        live.saveItem(next.id(), noted);
        live.addDecision(next.id(), noted, "Pilot a 30-day onboarding call for SMB");
        ActionItem action = live.addAction(next.id(), noted, "Draft the onboarding call script", "p-service",
                TODAY.plusDays(11), "New SMB customers talk to a person in their first week", ActionKind.INNOVATION);

        AgendaItem saved = live.meeting(next.id()).agenda().get(2);
        assertEquals("Churn in SMB is onboarding, not price.", saved.notes());
        assertEquals("Pilot a 30-day onboarding call for SMB", saved.decisions().getLast().text());
        ActionItem stored = workspace.snapshot().actionItems().stream().filter(a -> a.id().equals(action.id()))
                .findFirst().orElseThrow();
        assertEquals(next.id(), stored.meetingId());
        assertEquals(item.id(), stored.agendaItemId());
        assertEquals(ActionStatus.OPEN, stored.status());
    }

    @Test
    void theOpenActionReviewRecordsEachAnswerAsThatActionsUpdateInThisSession() {
        live.start(next.id());
        ActionItem open = workspace.snapshot().actionItems().stream().filter(ActionItem::isOpen).findFirst()
                .orElseThrow();
        live.addNote(next.id(), open.id(), "Vendor shortlist agreed");
        live.setDue(next.id(), open.id(), TODAY.plusWeeks(2));
        live.markBlocked(next.id(), open.id(), "Waiting for legal review");
        ActionItem after = workspace.snapshot().actionItems().stream().filter(a -> a.id().equals(open.id()))
                .findFirst().orElseThrow();
        assertEquals(ActionStatus.BLOCKED, after.status());
        assertEquals("Waiting for legal review", after.blocker());
        assertEquals(TODAY.plusWeeks(2), after.due());
        assertTrue(after.updates().stream().filter(u -> next.id().equals(u.meetingId())).count() >= 3);
        assertTrue(after.updates().stream().anyMatch(u -> next.id().equals(u.meetingId())
                && u.field() == org.cxcadence.domain.ActionField.BLOCKER && "Waiting for legal review".equals(u.to())),
                "the new blocker is an edit recorded in this session: " + after.updates());
        live.markDone(next.id(), open.id(), "Legal cleared it");
        assertEquals(ActionStatus.DONE, workspace.snapshot().actionItems().stream()
                .filter(a -> a.id().equals(open.id())).findFirst().orElseThrow().status());
    }

    @Test
    void endingMarksUnreachedItemsStoresRatingEndAndTheMetricSnapshot() {
        live.start(next.id());
        AgendaItem first = live.meeting(next.id()).agenda().get(0);
        clock.advance(Duration.ofMinutes(10));
        live.switchItem(next.id(), first, AgendaOutcome.DISCUSSED, live.meeting(next.id()).agenda().get(1).id());
        clock.advance(Duration.ofMinutes(4));
        Meeting ended = live.end(next.id(), 8);
        assertEquals(MeetingStatus.COMPLETED, ended.status());
        assertEquals(8, ended.rating());
        assertNotNull(ended.actualEnd());
        assertEquals(AgendaOutcome.DISCUSSED, ended.agenda().get(1).outcome(), "the item on screen was discussed");
        assertEquals(240L, ended.agenda().get(1).spentSeconds());
        assertTrue(ended.agenda().subList(2, ended.agenda().size()).stream()
                .allMatch(a -> a.outcome() == AgendaOutcome.NOT_REACHED));
        Meeting stored = live.meeting(next.id());
        assertFalse(stored.metricSnapshot().isEmpty(), "the room's numbers are kept with the session");
        assertTrue(live.liveState(next.id()).isEmpty());
    }

    @Test
    void aSessionEndedByMistakeCanBeReopened() {
        live.start(next.id());
        live.end(next.id(), 7);
        assertThrows(InvalidInputException.class, () -> live.start(next.id()));
        Meeting reopened = live.reopen(next.id());
        assertEquals(MeetingStatus.IN_PROGRESS, reopened.status());
        assertNull(reopened.actualEnd());
        assertEquals(reopened, live.sessionToRun().orElseThrow());
    }
}
