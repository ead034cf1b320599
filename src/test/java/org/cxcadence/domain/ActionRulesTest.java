package org.cxcadence.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.cxcadence.domain.ActionFixtures.action;
import static org.cxcadence.domain.ActionFixtures.at;
import static org.cxcadence.domain.ActionFixtures.dueOnly;
import static org.cxcadence.domain.ActionFixtures.note;
import static org.cxcadence.domain.ActionFixtures.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = {"OPEN", "IN_PROGRESS", "BLOCKED"})
    void openBlockedAndInProgressAreOpen(ActionStatus s) {
        assertTrue(ActionRules.isOpen(action(s, null)));
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = {"DONE", "DROPPED"})
    void doneAndDroppedAreNotOpen(ActionStatus s) {
        assertFalse(ActionRules.isOpen(action(s, null)));
    }

    @Test
    void dueTodayIsNotOverdue() {
        ActionItem a = action(ActionStatus.OPEN, TODAY);
        assertFalse(ActionRules.isOverdue(a, TODAY));
        assertEquals(0, ActionRules.daysOverdue(a, TODAY));
    }

    @Test
    void dueYesterdayIsOverdueByOneDay() {
        ActionItem a = action(ActionStatus.OPEN, TODAY.minusDays(1));
        assertTrue(ActionRules.isOverdue(a, TODAY));
        assertEquals(1, ActionRules.daysOverdue(a, TODAY));
    }

    @Test
    void anActionWithoutADueDateIsNeverOverdue() {
        assertFalse(ActionRules.isOverdue(action(ActionStatus.OPEN, null), TODAY));
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = {"DONE", "DROPPED"})
    void aClosedActionIsNotOverdueWhateverItsDueDate(ActionStatus s) {
        ActionItem a = action(s, TODAY.minusDays(30));
        assertFalse(ActionRules.isOverdue(a, TODAY));
        assertEquals(0, ActionRules.daysOverdue(a, TODAY));
    }

    @Test
    void blockedPastItsDueDateIsOverdue() {
        assertTrue(ActionRules.isOverdue(action(ActionStatus.BLOCKED, TODAY.minusDays(3)), TODAY));
    }

    @Test
    void aNoteIsProgress() {
        ActionItem a = withUpdates(note(TODAY, "Drafted the call script"));
        assertEquals(1, ActionRules.progressUpdates(a).size());
    }

    @Test
    void aBlankNoteIsNotProgress() {
        ActionItem a = withUpdates(note(TODAY, "   "));
        assertTrue(ActionRules.progressUpdates(a).isEmpty());
    }

    @Test
    void aDueDateChangeAloneIsNotProgress() {
        ActionItem a = withUpdates(dueOnly(TODAY, TODAY.plusDays(30)));
        assertTrue(ActionRules.progressUpdates(a).isEmpty());
        assertEquals(Optional.empty(), ActionRules.lastProgressDate(a));
    }

    @Test
    void aStatusChangeIsProgressEvenWithoutANote() {
        ActionItem a = withUpdates(status(TODAY, ActionStatus.IN_PROGRESS));
        assertEquals(Optional.of(TODAY), ActionRules.lastProgressDate(a));
    }

    @Test
    void aNewActionIsTakenToStartOpenSoSettingOpenAgainIsNotProgress() {
        ActionItem a = withUpdates(status(TODAY, ActionStatus.OPEN));
        assertTrue(ActionRules.progressUpdates(a).isEmpty());
    }

    @Test
    void repeatingTheCurrentStatusIsNotProgress() {
        ActionItem a = withUpdates(status(TODAY.minusDays(14), ActionStatus.IN_PROGRESS),
                status(TODAY.minusDays(7), ActionStatus.IN_PROGRESS));
        assertEquals(List.of(TODAY.minusDays(14)),
                ActionRules.progressUpdates(a).stream().map(ActionUpdate::date).toList());
    }

    @Test
    void updatesAreJudgedInDateOrderWhateverTheirListOrder() {
        // Listed newest first: the later IN_PROGRESS repeats the earlier one, so only the earlier counts.
        ActionItem a = withUpdates(status(TODAY.minusDays(7), ActionStatus.IN_PROGRESS),
                status(TODAY.minusDays(14), ActionStatus.IN_PROGRESS));
        assertEquals(Optional.of(TODAY.minusDays(14)), ActionRules.lastProgressDate(a));
    }

    @Test
    void lastProgressDateSkipsALaterDueDatePush() {
        ActionItem a = withUpdates(note(TODAY.minusDays(20), "Vendor shortlisted"),
                dueOnly(TODAY.minusDays(5), TODAY.plusDays(30)));
        assertEquals(Optional.of(TODAY.minusDays(20)), ActionRules.lastProgressDate(a));
    }

    @Test
    void lastProgressDateIsTheLatestOfTheProgressUpdatesInEveryOrderOfTheList() {
        // Same-day updates keep their list order; a status repeated later, a due date pushed, notes between.
        List<ActionUpdate> updates = List.of(status(TODAY.minusDays(30), ActionStatus.BLOCKED),
                status(TODAY.minusDays(21), ActionStatus.IN_PROGRESS), status(TODAY.minusDays(21), ActionStatus.BLOCKED),
                dueOnly(TODAY.minusDays(10), TODAY.plusDays(5)), status(TODAY.minusDays(3), ActionStatus.BLOCKED),
                note(TODAY.minusDays(3), " "));
        int orders = 0;
        for (List<ActionUpdate> order : permutations(updates)) {
            ActionItem a = withUpdates(order.toArray(ActionUpdate[]::new));
            assertEquals(ActionRules.progressUpdates(a).stream().map(ActionUpdate::date).max(java.util.Comparator.naturalOrder()),
                    ActionRules.lastProgressDate(a), order.toString());
            orders++;
        }
        assertEquals(720, orders);
        // In date order: BLOCKED (30), IN_PROGRESS (21), BLOCKED (21) are progress; BLOCKED again (3) is not.
        assertEquals(Optional.of(TODAY.minusDays(21)), ActionRules.lastProgressDate(withUpdates(updates.toArray(ActionUpdate[]::new))));
    }

    private static List<List<ActionUpdate>> permutations(List<ActionUpdate> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<ActionUpdate>> all = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<ActionUpdate> rest = new java.util.ArrayList<>(items);
            ActionUpdate first = rest.remove(i);
            for (List<ActionUpdate> tail : permutations(rest)) {
                List<ActionUpdate> order = new java.util.ArrayList<>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }

    @Test
    void createdOnIsTheLocalDateOfCreation() {
        ActionItem a = action("a", ActionStatus.OPEN, null, null, at(TODAY, 23), List.of());
        assertEquals(Optional.of(TODAY), ActionRules.createdOn(a));
        assertEquals(Optional.empty(),
                ActionRules.createdOn(action("b", ActionStatus.OPEN, null, null, null, List.of())));
    }

    private static ActionItem withUpdates(ActionUpdate... updates) {
        return action("a1", ActionStatus.IN_PROGRESS, null, null, at(TODAY.minusDays(60), 10), List.of(updates));
    }
}
