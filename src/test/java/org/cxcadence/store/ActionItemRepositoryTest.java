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

import org.cxcadence.domain.ActionField;
import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionKind;
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
        actions.setDue("a", null, null, DAY.plusDays(1));
        assertNull(get("a").due());
        assertEquals(ActionUpdate.edit(null, DAY.plusDays(1), ActionField.DUE, "2027-01-15", null),
                get("a").updates().getLast(), "clearing the date is recorded as an edit from the old date");
        assertTrue(ActionRules.progressUpdates(get("a")).isEmpty());
    }

    @Test
    void reassignMovesOnlyOpenItemsAndEachHistoryRecordsIt() {
        actions.upsert(action("o1", "ana", ActionStatus.OPEN));
        actions.upsert(action("o2", "ana", ActionStatus.BLOCKED));
        actions.upsert(action("d", "ana", ActionStatus.DONE));
        actions.upsert(action("x", "ben", ActionStatus.OPEN));
        List<String> moved = actions.reassignOpen("ana", "ben", DAY);
        assertEquals(List.of("o1", "o2"), moved);
        assertEquals("ben", get("o1").ownerId());
        assertEquals("ben", get("o2").ownerId());
        assertEquals("ana", get("d").ownerId(), "done work stays on the former owner's record");
        assertEquals(ActionUpdate.edit(null, DAY, ActionField.OWNER, "ana", "ben"), get("o1").updates().getLast());
        assertEquals(DAY, get("o2").updates().getLast().date());
        assertTrue(ActionRules.progressUpdates(get("o1")).isEmpty(), "a new owner is not progress");
    }

    private static ActionItem edited(ActionItem a, String title, String impact, String topic, String stage,
                                     ActionKind kind, String blocker) {
        return new ActionItem(a.id(), title, a.ownerId(), a.status(), topic, a.meetingId(), a.agendaItemId(), a.due(),
                impact, kind, stage, blocker, a.createdAt(), a.completedAt(), a.updates());
    }

    @Test
    void editRecordsEachChangedFieldWithItsDateFromWhatToWhat() {
        db.write(c -> {
            Sql.execute(c, "INSERT INTO topic_areas (id, list_order, name) VALUES ('ta', 0, 'Assets')");
            Sql.execute(c, "INSERT INTO journey_stages (id, list_order, name) VALUES ('js', 0, 'Join')");
        });
        ActionItem a = action("a", "ana", ActionStatus.OPEN);
        actions.upsert(a);
        actions.edit(edited(a, "New title", "Customers hear back within an hour", "ta", "js", ActionKind.INNOVATION,
                "Waiting for IT"), null, DAY, false);
        ActionItem after = get("a");
        assertEquals("New title", after.title());
        assertEquals("ta", after.topicAreaId());
        assertEquals(List.of(
                ActionUpdate.edit(null, DAY, ActionField.TITLE, "Title a", "New title"),
                ActionUpdate.edit(null, DAY, ActionField.CUSTOMER_IMPACT, "Customers hear back within a day",
                        "Customers hear back within an hour"),
                ActionUpdate.edit(null, DAY, ActionField.TOPIC_AREA, null, "ta"),
                ActionUpdate.edit(null, DAY, ActionField.JOURNEY_STAGE, null, "js"),
                ActionUpdate.edit(null, DAY, ActionField.KIND, null, "INNOVATION"),
                ActionUpdate.edit(null, DAY, ActionField.BLOCKER, null, "Waiting for IT")), after.updates());
        assertTrue(ActionRules.progressUpdates(after).isEmpty(), "an edit is not progress");
        actions.edit(edited(after, "New title", null, "ta", "js", ActionKind.INNOVATION, "Waiting for IT"), null,
                DAY.plusDays(1), false);
        assertEquals(ActionUpdate.edit(null, DAY.plusDays(1), ActionField.CUSTOMER_IMPACT,
                "Customers hear back within an hour", null), get("a").updates().getLast(), "clearing is recorded too");
        int before = get("a").updates().size();
        actions.edit(get("a"), null, DAY.plusDays(1), false);
        assertEquals(before, get("a").updates().size(), "saving without a change records nothing");
    }

    @Test
    void editKeepsTheStoredStatusOwnerAndDueDate() {
        ActionItem a = action("a", "ana", ActionStatus.OPEN);
        actions.upsert(a);
        actions.setStatus("a", ActionStatus.IN_PROGRESS, null, null, AT);
        actions.edit(edited(a, "Typed while the status was saved", a.customerImpact(), null, null, null, null), null,
                DAY, false);
        ActionItem after = get("a");
        assertEquals(ActionStatus.IN_PROGRESS, after.status(), "a stale copy never undoes a status change");
        assertEquals(2, after.updates().size());
    }

    @Test
    void aBurstOfTypingInOneFieldIsOneEntryAndTypingBackRemovesIt() {
        ActionItem a = action("a", "ana", ActionStatus.OPEN);
        actions.upsert(a);
        actions.edit(edited(a, "Title a, f", a.customerImpact(), null, null, null, null), null, DAY, false);
        actions.edit(edited(a, "Title a, first", a.customerImpact(), null, null, null, null), null, DAY, true);
        actions.edit(edited(a, "Title a, first call", a.customerImpact(), null, null, null, null), null, DAY, true);
        assertEquals(List.of(ActionUpdate.edit(null, DAY, ActionField.TITLE, "Title a", "Title a, first call")),
                get("a").updates());

        actions.edit(edited(get("a"), "Title a, first call", "Faster", null, null, null, null), null, DAY, false);
        actions.edit(edited(get("a"), "Title a, second", "Faster", null, null, null, null), null, DAY, true);
        assertEquals(3, get("a").updates().size(), "continuing never amends another field's entry");

        actions.addNote("a", "called", null, DAY);
        actions.edit(edited(get("a"), "Title a, third", "Faster", null, null, null, null), null, DAY, true);
        assertEquals(ActionField.TITLE, get("a").updates().getLast().field(), "nor an entry that is not the last");
        assertEquals("Title a, second", get("a").updates().getLast().from());

        actions.edit(edited(get("a"), "Title a, second", "Faster", null, null, null, null), null, DAY, true);
        assertEquals("called", get("a").updates().getLast().note(), "typed back to where it was: no entry");
        actions.edit(edited(get("a"), "Title a, next day", "Faster", null, null, null, null), null, DAY.plusDays(1), true);
        assertEquals(DAY.plusDays(1), get("a").updates().getLast().date(), "a new day is a new entry");
        assertEquals(5, get("a").updates().size());
    }

    @Test
    void setOwnerRecordsFromWhomToWhomInTheSession() {
        actions.upsert(action("a", "ana", ActionStatus.OPEN));
        actions.setOwner("a", "ben", null, DAY);
        actions.setOwner("a", "ben", null, DAY);
        assertEquals(List.of(ActionUpdate.edit(null, DAY, ActionField.OWNER, "ana", "ben")), get("a").updates());
    }

    @Test
    void reassignToSomeoneUnknownChangesNothing() {
        actions.upsert(action("o1", "ana", ActionStatus.OPEN));
        assertThrows(RuntimeException.class, () -> actions.reassignOpen("ana", "nobody", DAY));
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
