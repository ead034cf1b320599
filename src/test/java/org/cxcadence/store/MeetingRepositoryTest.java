package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaOutcome;
import org.cxcadence.domain.AgendaTemplate;
import org.cxcadence.domain.Attendance;
import org.cxcadence.domain.CalendarInvitation;
import org.cxcadence.domain.Cadence;
import org.cxcadence.domain.Decision;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.TemplateSection;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.domain.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental session edits (what Prepare and the live session save) on a real SQLite file. */
class MeetingRepositoryTest {
    @TempDir
    Path dir;
    Database db;
    MeetingRepository meetings;
    SeriesRepository series;

    @BeforeEach
    void open() throws Exception {
        db = Database.create(dir.resolve("a.cxcadence"));
        meetings = new MeetingRepository(db);
        series = new SeriesRepository(db);
        new PersonRepository(db).upsert(new Person("p1", "Ana", null, null, null, null, true));
        new TopicAreaRepository(db).upsert(new TopicArea("ta1", "Customers as assets", 1, false));
        series.upsert(new MeetingSeries("s1", "Weekly", Cadence.WEEKLY, 60, DayOfWeek.MONDAY, LocalTime.of(9, 0),
                "America/Chicago", "p1", List.of("p1")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static AgendaItem item(String id, String title) {
        return new AgendaItem(id, title, AgendaItemKind.TOPIC, "ta1", "p1", 10, "prep", List.of("https://a", "https://b"),
                null, null, null, null, List.of());
    }

    private Meeting draft(AgendaItem... agenda) {
        return new Meeting("m1", "s1", "Weekly", OffsetDateTime.parse("2026-11-23T09:00-06:00"), 60,
                MeetingStatus.DRAFT, null, null, List.of(new Attendance("p1", true, null)), null, List.of(agenda),
                List.of());
    }

    private List<String> agendaIds() {
        return meetings.find("m1").orElseThrow().agenda().stream().map(AgendaItem::id).toList();
    }

    @Test
    void aNewSessionIsStoredWithItsAgendaAndAttendanceAndItsHeaderUpdatesInPlace() {
        meetings.upsertMeeting(draft(item("a", "A"), item("b", "B")));
        assertEquals(List.of("a", "b"), agendaIds());
        meetings.upsertMeeting(new Meeting("m1", "s1", "Renamed", OffsetDateTime.parse("2026-11-24T10:00-06:00"), 90,
                MeetingStatus.DRAFT, null, null, List.of(), null, List.of(), List.of()));
        Meeting m = meetings.find("m1").orElseThrow();
        assertEquals("Renamed", m.title());
        assertEquals(90, m.durationMinutes());
        assertEquals(List.of("a", "b"), agendaIds(), "a header update leaves the agenda alone");
        assertEquals(1, m.attendance().size());
    }

    @Test
    void agendaItemsAreAddedUpdatedPlacedReorderedAndRemovedOneAtATime() {
        meetings.upsertMeeting(draft());
        meetings.upsertAgendaItem("m1", item("a", "A"));
        meetings.upsertAgendaItem("m1", item("b", "B"));
        meetings.putAgendaItem("m1", item("c", "C"), 0);
        assertEquals(List.of("c", "a", "b"), agendaIds());
        meetings.upsertAgendaItem("m1", new AgendaItem("a", "A retitled", AgendaItemKind.TOPIC, null, null, 25, null,
                List.of("https://z"), null, null, null, null, List.of(new Decision("d1", "Go"))));
        AgendaItem a = meetings.find("m1").orElseThrow().agenda().get(1);
        assertEquals("A retitled", a.title());
        assertEquals(25, a.plannedMinutes());
        assertEquals(List.of("https://z"), a.links());
        assertEquals(List.of(new Decision("d1", "Go")), a.decisions());
        meetings.reorderAgenda("m1", List.of("b", "a", "c"));
        assertEquals(List.of("b", "a", "c"), agendaIds());
        meetings.removeAgendaItem("m1", "a");
        assertEquals(List.of("b", "c"), agendaIds());
        meetings.putAgendaItem("m1", item("a", "A"), 1);
        assertEquals(List.of("b", "a", "c"), agendaIds());
        assertThrows(StoreException.class, () -> meetings.reorderAgenda("m1", List.of("nope")));
    }

    @Test
    void aSaveWritesEachFieldThatChangedAndPutsBackNullsAndLargeValues() {
        new PersonRepository(db).upsert(new Person("p2", "Bo", null, null, null, null, true));
        new TopicAreaRepository(db).upsert(new TopicArea("ta2", "Profitability", 2, false));
        meetings.upsertMeeting(draft(item("a", "A"), item("b", "B")));
        AgendaItem changed = new AgendaItem("b", "B retitled", AgendaItemKind.METRICS_REVIEW, "ta2", "p2", 15,
                "new prep", List.of("https://b", "https://c"), "said", 3_000_000_000L, AgendaOutcome.DEFERRED, "a",
                List.of(new Decision("d1", "Go")));
        meetings.upsertAgendaItem("m1", changed);
        assertEquals(changed, meetings.find("m1").orElseThrow().agenda().get(1), "every field is written");

        AgendaItem cleared = new AgendaItem("b", "B retitled", AgendaItemKind.METRICS_REVIEW, null, null, null,
                null, List.of(), null, null, null, null, List.of());
        meetings.upsertAgendaItem("m1", cleared);
        assertEquals(cleared, meetings.find("m1").orElseThrow().agenda().get(1), "every field can go back to none");
        assertEquals(item("a", "A"), meetings.find("m1").orElseThrow().agenda().get(0), "the other item is untouched");
    }

    @Test
    void aSaveOfAnItemAsStoredChangesNoRow() {
        AgendaItem a = new AgendaItem("a", "A", AgendaItemKind.TOPIC, "ta1", "p1", 10, "prep", List.of("https://a"),
                "notes", 42L, AgendaOutcome.DISCUSSED, null, List.of(new Decision("d1", "Go")));
        meetings.upsertMeeting(draft(a));
        long before = db.inTransaction(c -> Sql.queryLong(c, "SELECT total_changes()"));
        meetings.upsertAgendaItem("m1", a);
        long afterSame = db.inTransaction(c -> Sql.queryLong(c, "SELECT total_changes()"));
        assertEquals(before, afterSame, "an autosave of an unchanged item writes nothing");

        meetings.upsertAgendaItem("m1", new AgendaItem("a", "A", AgendaItemKind.TOPIC, "ta1", "p1", 10, "prep",
                List.of("https://a"), "notes, more", 42L, AgendaOutcome.DISCUSSED, null, List.of(new Decision("d1", "Go"))));
        assertTrue(db.inTransaction(c -> Sql.queryLong(c, "SELECT total_changes()")) > afterSame);
        assertEquals("notes, more", meetings.find("m1").orElseThrow().agenda().get(0).notes());
    }

    @Test
    void statusRescheduleAndInvitationsAreSaved() {
        meetings.upsertMeeting(draft(item("a", "A")));
        meetings.setStatus("m1", MeetingStatus.READY);
        meetings.reschedule("m1", OffsetDateTime.parse("2026-11-25T14:00-06:00"), 45);
        Meeting m = meetings.find("m1").orElseThrow();
        assertEquals(MeetingStatus.READY, m.status());
        assertEquals(OffsetDateTime.parse("2026-11-25T14:00-06:00"), m.start());
        assertEquals(45, m.durationMinutes());
        assertTrue(meetings.invitation("m1").isEmpty());
        meetings.saveInvitation(new CalendarInvitation("m1", 0, "abc"));
        meetings.saveInvitation(new CalendarInvitation("m1", 1, "def"));
        assertEquals(new CalendarInvitation("m1", 1, "def"), meetings.invitation("m1").orElseThrow());
        assertThrows(StoreException.class, () -> meetings.setStatus("nobody", MeetingStatus.READY));
    }

    @Test
    void templatesKeepTheirSectionsAndOneDefaultPerSeries() {
        AgendaTemplate first = new AgendaTemplate("t1", "Standard", "s1", List.of(
                new TemplateSection("Customer asset review", AgendaItemKind.METRICS_REVIEW, "ta1", 15),
                new TemplateSection("Open items", AgendaItemKind.ACTION_REVIEW, null, null)));
        series.upsertTemplate(first);
        series.upsertTemplate(new AgendaTemplate("t2", "Quarterly deep dive", "s1",
                List.of(new TemplateSection("Deep dive", null, null, 45))));
        assertEquals("t2", series.templateOf("s1").orElseThrow().id());
        assertEquals(List.of(first.withSections(first.sections()).sections()),
                List.of(series.templates().getFirst().sections()));
        assertEquals(null, series.templates().getFirst().seriesId(), "the old default stays as a named template");
        series.deleteTemplate("t1");
        assertEquals(1, series.templates().size());
    }

    @Test
    void templatesAndInvitationsAreInTheWholeWorkspaceAndReplacedWithIt() {
        meetings.upsertMeeting(draft(item("a", "A")));
        series.upsertTemplate(new AgendaTemplate("t1", "Standard", "s1",
                List.of(new TemplateSection("Deep dive", null, "ta1", 45))));
        meetings.saveInvitation(new CalendarInvitation("m1", 3, "f"));
        WorkspaceStore store = new WorkspaceStore(db);
        Workspace w = store.load();
        assertEquals(1, w.agendaTemplates().size());
        assertEquals(List.of(new CalendarInvitation("m1", 3, "f")), w.invitations());
        store.replaceAll(w);
        assertEquals(w, store.load());
    }
}
