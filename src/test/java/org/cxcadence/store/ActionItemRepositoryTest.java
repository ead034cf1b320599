package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionRules;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.ActionUpdate;
import org.cxcadence.domain.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Action items changed one at a time on a real workspace file, each change recorded in the history. */
class ActionItemRepositoryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-23T10:00:00-06:00");

    @TempDir
    Path dir;
    Database db;
    ActionItemRepository actions;

    @BeforeEach
    void open() throws Exception {
        db = Database.create(dir.resolve("a.cxcadence"));
        PersonRepository people = new PersonRepository(db);
        people.upsert(new Person("ana", "Ana", null, null, null, null, true));
        people.upsert(new Person("ben", "Ben", null, null, null, null, true));
        actions = new ActionItemRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ActionItem action(String id, String owner, ActionStatus status) {
        return new ActionItem(id, "Title " + id, owner, status, null, null, null, LocalDate.of(2026, 12, 1),
                "Customers hear back within a day", null, null, null, AT.minusDays(10), null, List.of());
    }

    private ActionItem get(String id) {
        return actions.find(id).orElseThrow();
    }

    @Test
    void upsertAddsAtTheEndAndEditsInPlaceKeepingTheHistory() {
        actions.upsert(action("b", "ana", ActionStatus.OPEN));
        actions.upsert(action("a", "ana", ActionStatus.OPEN));
        actions.addNote("b", "first call made", null, DAY);
        ActionItem edited = new ActionItem("b", "New title", "ana", ActionStatus.OPEN, null, null, null, null, null,
                null, null, null, AT, null, List.of());
        actions.upsert(edited);
        assertEquals(List.of("b", "a"), actions.list().stream().map(ActionItem::id).toList());
        assertEquals("New title", get("b").title());
        assertNull(get("b").customerImpact(), "an impact cleared is saved (the action is then incomplete)");
        assertEquals(1, get("b").updates().size(), "field edits keep the recorded updates");
    }

    @Test
    void setStatusRecordsTheChangeWithItsDateAndDoneSetsCompletedAt() {
        actions.upsert(action("a", "ana", ActionStatus.OPEN));
        actions.setStatus("a", ActionStatus.IN_PROGRESS, "kick-off held", null, AT);
        actions.setStatus("a", ActionStatus.DONE, null, null, AT.plusDays(2));
        ActionItem a = get("a");
        assertEquals(ActionStatus.DONE, a.status());
        assertEquals(AT.plusDays(2), a.completedAt());
        assertEquals(List.of(new ActionUpdate(null, DAY, ActionStatus.IN_PROGRESS, "kick-off held", null),
                new ActionUpdate(null, DAY.plusDays(2), ActionStatus.DONE, null, null)), a.updates());
        actions.setStatus("a", ActionStatus.OPEN, "reopened: not fixed after all", null, AT.plusDays(3));
        assertNull(get("a").completedAt(), "reopening clears the completion");
    }

    @Test
    void settingTheSameStatusWithoutANoteRecordsNothing() {
        actions.upsert(action("a", "ana", ActionStatus.OPEN));
        actions.setStatus("a", ActionStatus.OPEN, " ", null, AT);
        assertTrue(get("a").updates().isEmpty());
    }

    @Test
    void aNewDueDateIsRecordedButIsNotProgress() {
        actions.upsert(action("a", "ana", ActionStatus.OPEN));
        actions.setDue("a", LocalDate.of(2027, 1, 15), null, DAY);
        ActionItem a = get("a");
        assertEquals(LocalDate.of(2027, 1, 15), a.due());
        assertEquals(List.of(new ActionUpdate(null, DAY, null, null, LocalDate.of(2027, 1, 15))), a.updates());
        assertTrue(ActionRules.progressUpdates(a).isEmpty(), "pushing the date is how stalled work hides");
        actions.setDue("a", LocalDate.of(2027, 1, 15), null, DAY);
        assertEquals(1, get("a").updates().size(), "the same date again records nothing");
    }

    @Test
    void reassignMovesOnlyOpenItemsAndEachHistoryRecordsIt() {
        actions.upsert(action("o1", "ana", ActionStatus.OPEN));
        actions.upsert(action("o2", "ana", ActionStatus.BLOCKED));
        actions.upsert(action("d", "ana", ActionStatus.DONE));
        actions.upsert(action("x", "ben", ActionStatus.OPEN));
        List<String> moved = actions.reassignOpen("ana", "ben", "Reassigned from Ana to Ben", DAY);
        assertEquals(List.of("o1", "o2"), moved);
        assertEquals("ben", get("o1").ownerId());
        assertEquals("ben", get("o2").ownerId());
        assertEquals("ana", get("d").ownerId(), "done work stays on the former owner's record");
        assertEquals("Reassigned from Ana to Ben", get("o1").updates().getLast().note());
        assertEquals(DAY, get("o2").updates().getLast().date());
    }

    @Test
    void reassignToSomeoneUnknownChangesNothing() {
        actions.upsert(action("o1", "ana", ActionStatus.OPEN));
        assertThrows(RuntimeException.class, () -> actions.reassignOpen("ana", "nobody", "x", DAY));
        assertEquals("ana", get("o1").ownerId());
        assertTrue(get("o1").updates().isEmpty());
    }

    @Test
    void deleteThenRestoreGivesBackTheSameActionInTheSamePlace() {
        actions.upsert(action("a", "ana", ActionStatus.OPEN));
        actions.upsert(action("b", "ana", ActionStatus.OPEN));
        actions.upsert(action("c", "ana", ActionStatus.OPEN));
        actions.addNote("b", "note one", null, DAY);
        actions.setDue("b", LocalDate.of(2027, 2, 1), null, DAY);
        ActionItem before = get("b");
        ActionItemRepository.DeletedAction deleted = actions.delete("b").orElseThrow();
        assertTrue(actions.find("b").isEmpty());
        assertEquals(List.of("a", "c"), actions.list().stream().map(ActionItem::id).toList());
        actions.restore(deleted);
        assertEquals(before, get("b"));
        assertEquals(List.of("a", "b", "c"), actions.list().stream().map(ActionItem::id).toList());
        assertTrue(actions.delete("nope").isEmpty());
    }

    @Test
    void changesToAMissingActionAreRefused() {
        StoreException e = assertThrows(StoreException.class, () -> actions.addNote("zz", "x", null, DAY));
        assertNotNull(e.getMessage());
    }
}
