package org.cxcadence.ui.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxcadence.domain.Milestone;
import org.cxcadence.domain.MilestoneStatus;
import org.cxcadence.domain.Workspace;
import org.cxcadence.testing.FxWait;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** Editing a road-map milestone in place on the demo company: every field autosaved, unlinking, deleting. */
class MilestoneEditorTest extends ProgramUiTest {
    private static final List<String> ONBOARDING_ACTIONS = List.of("act-onboarding-checklist", "act-week-one-call",
            "act-warm-handoff");

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private void chooseOnboarding(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#chip-ms-onboarding").tryQuery().isPresent());
        robot.clickOn("#chip-ms-onboarding");
        FxWait.until(() -> robot.lookup("#milestone-edit-title").tryQuery()
                .map(n -> n.isVisible() && ((TextField) n).getText().startsWith("Onboarding")).orElse(false));
    }

    private Milestone onboardingOnDisk() {
        return onDisk().milestones().stream().filter(m -> m.id().equals("ms-onboarding")).findFirst().orElse(null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFieldOfAMilestoneIsSavedAsItChangesWithoutASaveButton(FxRobot robot) {
        chooseOnboarding(robot);
        TextField title = robot.lookup("#milestone-edit-title").queryAs(TextField.class);
        robot.clickOn(title).push(KeyCode.SHORTCUT, KeyCode.A).write("Onboarding owned end to end by one team");
        ComboBox<String> quarter = robot.lookup("#milestone-edit-quarter").queryAs(ComboBox.class);
        ComboBox<MilestoneStatus> status = robot.lookup("#milestone-detail-status").queryAs(ComboBox.class);
        ComboBox<String> owner = robot.lookup("#milestone-edit-owner").queryAs(ComboBox.class);
        robot.interact(() -> {
            quarter.setValue("2027-Q2");
            status.setValue(MilestoneStatus.IN_PROGRESS);
            owner.setValue("p-ceo");
        });
        robot.clickOn("#milestone-edit-note").push(KeyCode.SHORTCUT, KeyCode.A).write("Pilot in the north region first");

        FxWait.until(() -> {
            Milestone m = onboardingOnDisk();
            return m != null && "Pilot in the north region first".equals(m.note());
        });
        Milestone saved = onboardingOnDisk();
        assertEquals("Onboarding owned end to end by one team", saved.title());
        assertEquals("2027-Q2", saved.targetQuarter());
        assertEquals(MilestoneStatus.IN_PROGRESS, saved.status());
        assertEquals("p-ceo", saved.ownerId());
        assertEquals(ONBOARDING_ACTIONS, saved.actionIds(), "editing keeps the actions that serve it");
        // The timeline shows the edit: the chip moved to its new quarter with its new title.
        FxWait.until(() -> robot.lookup("#chip-ms-onboarding").queryAs(Labeled.class).getText()
                .startsWith("Onboarding owned end to end"));
        assertTrue(robot.lookup("#milestone-edit-title").queryAs(TextField.class).getText()
                .equals("Onboarding owned end to end by one team"), "the field the user typed in is left as typed");
    }

    @Test
    void aBlankTitleIsRefusedAndTheSavedTitleKept(FxRobot robot) {
        chooseOnboarding(robot);
        robot.interact(() -> robot.lookup("#milestone-edit-title").queryAs(TextField.class).setText("   "));
        FxWait.until(() -> !robot.lookup("#program-error").queryAs(Labeled.class).getText().isEmpty());
        context.autosaver().flush();
        assertEquals("Onboarding redesigned across Sales, Operations and Service", onboardingOnDisk().title());
    }

    @Test
    void unlinkingAnActionKeepsTheAction(FxRobot robot) {
        chooseOnboarding(robot);
        robot.clickOn("#unlink-act-week-one-call");
        FxWait.until(() -> onboardingOnDisk().actionIds().equals(List.of("act-onboarding-checklist", "act-warm-handoff")));
        assertTrue(onDisk().actionItems().stream().anyMatch(a -> a.id().equals("act-week-one-call")));
        assertFalse(robot.lookup("#unlink-act-week-one-call").tryQuery().isPresent());
    }

    @Test
    void deletingAsksFirstThenRemovesTheMilestoneButNeverItsActions(FxRobot robot) {
        chooseOnboarding(robot);
        int actionsBefore = onDisk().actionItems().size();

        robot.clickOn("#milestone-delete");
        Button cancel = robot.lookup("#confirm-delete-milestone .button").queryAllAs(Button.class).stream()
                .filter(b -> "Cancel".equals(b.getText())).findFirst().orElseThrow();
        robot.clickOn(cancel);
        FxWait.until(() -> robot.lookup("#confirm-delete-milestone").tryQuery().isEmpty());
        context.autosaver().flush();
        assertTrue(onboardingOnDisk() != null, "cancelled: the milestone stays");

        robot.clickOn("#milestone-delete");
        Button yes = robot.lookup("#confirm-delete-milestone .button").queryAllAs(Button.class).stream()
                .filter(b -> "Delete milestone".equals(b.getText())).findFirst().orElseThrow();
        robot.clickOn(yes);
        FxWait.until(() -> onboardingOnDisk() == null);
        Workspace w = onDisk();
        assertEquals(actionsBefore, w.actionItems().size(), "no action is lost");
        assertTrue(w.actionItems().stream().map(a -> a.id()).toList().containsAll(ONBOARDING_ACTIONS));
        FxWait.until(() -> robot.lookup("#chip-ms-onboarding").tryQuery().isEmpty());
        assertNull(robot.lookup("#milestone-editor").tryQuery().filter(n -> n.isVisible()).orElse(null));
    }
}
