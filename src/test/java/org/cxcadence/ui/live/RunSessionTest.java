package org.cxcadence.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.AgendaOutcome;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.Focus;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.WorkspaceUiTest;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** A whole live session on the demo company, driven by keyboard only, checked on disk. */
class RunSessionTest extends WorkspaceUiTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Override
    protected OpenWorkspace createWorkspace(Path target) {
        return demo(target, TODAY);
    }

    @Override
    protected void opened() {
        context.shell().show(Section.RUN);
    }

    private Meeting running() {
        return onDisk().meetings().stream().filter(m -> m.status() == MeetingStatus.IN_PROGRESS
                || m.status() == MeetingStatus.COMPLETED && m.start().toLocalDate().equals(TODAY)).findFirst().orElseThrow();
    }

    private void keys(FxRobot robot, KeyCode... combo) {
        robot.press(combo);
        for (int i = combo.length - 1; i >= 0; i--) {
            robot.release(combo[i]);
        }
    }

    @Test
    void aWholeSessionByKeyboardIsRecorded(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#run-start").tryQuery().isPresent());
        keys(robot, KeyCode.CONTROL, KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#run-title").tryQuery().isPresent());
        assertEquals(MeetingStatus.IN_PROGRESS, running().status());
        FxWait.until(() -> Focus.owns(robot.lookup("#run-notes").queryAs(TextArea.class)));

        // Notes typed straight in, saved by the autosave.
        robot.write("Gained more than we lost in Enterprise");
        FxWait.until(() -> "Gained more than we lost in Enterprise".equals(running().agenda().get(0).notes()));

        // A decision with one shortcut.
        keys(robot, KeyCode.CONTROL, KeyCode.D);
        robot.write("Publish the churn reasons monthly").type(KeyCode.ENTER);
        FxWait.until(() -> running().agenda().get(0).decisions().stream()
                .anyMatch(d -> d.text().equals("Publish the churn reasons monthly")));

        // An action with one shortcut and a compact line: title, owner by first letters, due shorthand.
        keys(robot, KeyCode.CONTROL, KeyCode.I);
        robot.write("Call the ten largest lost accounts");
        robot.type(KeyCode.TAB).write("elena");
        robot.type(KeyCode.TAB).write("fri");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> onDisk().actionItems().stream().anyMatch(a -> a.title().equals("Call the ten largest lost accounts")));
        ActionItem raised = onDisk().actionItems().stream()
                .filter(a -> a.title().equals("Call the ten largest lost accounts")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 27), raised.due());
        assertEquals("p-service", raised.ownerId());
        assertEquals(running().id(), raised.meetingId());

        // Next item: the first is discussed; then defer the second.
        keys(robot, KeyCode.ALT, KeyCode.RIGHT);
        FxWait.until(() -> robot.lookup("#run-title").queryAs(Label.class).getText()
                .equals(running().agenda().get(1).title()));
        executor.drain();
        assertEquals(AgendaOutcome.DISCUSSED, running().agenda().get(0).outcome(), running().agenda().get(0).toString());
        keys(robot, KeyCode.CONTROL, KeyCode.L);
        FxWait.until(() -> running().agenda().get(1).outcome() == AgendaOutcome.DEFERRED);

        // End: rating by number key, then the summary.
        keys(robot, KeyCode.CONTROL, KeyCode.E);
        FxWait.until(() -> robot.lookup("#rating-dialog").tryQuery().isPresent());
        robot.type(KeyCode.DIGIT8);
        FxWait.until(() -> robot.lookup("#rating-8").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        robot.type(KeyCode.ENTER);
        // Ending opens the minutes in History at once.
        FxWait.until(() -> context.shell().section() == Section.HISTORY);
        FxWait.until(() -> robot.lookup("#minutes-title").tryQuery()
                .map(n -> ((javafx.scene.text.TextFlow) n).getChildren().stream()
                        .map(t -> t instanceof javafx.scene.text.Text text ? text.getText() : "")
                        .reduce("", String::concat).contains(running().title())).orElse(false));
        Meeting ended = running();
        assertEquals(MeetingStatus.COMPLETED, ended.status());
        assertEquals(8, ended.rating());
        assertTrue(ended.agenda().stream().skip(3).allMatch(a -> a.outcome() == AgendaOutcome.NOT_REACHED));
        robot.interact(() -> context.shell().show(Section.RUN));
        FxWait.until(() -> robot.lookup("#run-ended-summary").tryQuery().isPresent());
        assertTrue(robot.lookup("#run-ended-summary").queryAs(Label.class).getText().contains("8/10"));
        assertFalse(robot.lookup("#run").queryAs(RunView.class).clocksTicking(), "the clocks stop with the session");
    }

    @Test
    void runsKeysDoNothingWhileAnotherScreenIsShown(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#run-start").tryQuery().isPresent());
        robot.interact(() -> context.shell().show(Section.HISTORY)); // Run stays in the scene, hidden
        FxWait.until(() -> robot.lookup("#history").tryQuery().filter(javafx.scene.Node::isVisible).isPresent());
        keys(robot, KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onDisk().meetings().stream().noneMatch(m -> m.status() == MeetingStatus.IN_PROGRESS),
                "Ctrl+Enter on History starts no session");
        robot.interact(() -> context.shell().show(Section.RUN));
        keys(robot, KeyCode.CONTROL, KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#run-title").tryQuery().isPresent());
        assertEquals(MeetingStatus.IN_PROGRESS, running().status());
    }

    @Test
    void notesAreFlushedWhenTheCcoMovesToTheNextItem(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#run-start").tryQuery().isPresent());
        robot.clickOn("#run-start");
        FxWait.until(() -> robot.lookup("#run-notes").tryQuery().isPresent());
        robot.clickOn("#run-notes").write("Last words before moving on");
        keys(robot, KeyCode.ALT, KeyCode.RIGHT);
        executor.drain();
        assertEquals("Last words before moving on", running().agenda().get(0).notes());
        TextArea notes = robot.lookup("#run-notes").queryAs(TextArea.class);
        assertEquals("", notes.getText(), "the next item starts with its own (empty) notes");
    }

    @Test
    void anUnknownOwnerOrNonsenseDueDateIsRefusedAtTheLineAndNothingIsSaved(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#run-start").tryQuery().isPresent());
        robot.clickOn("#run-start");
        FxWait.until(() -> robot.lookup("#run-action-title").tryQuery().isPresent());
        int before = onDisk().actionItems().size();
        robot.clickOn("#run-action-title").write("Something");
        robot.clickOn("#run-action-owner").write("zzz");
        robot.type(KeyCode.ENTER);
        assertTrue(robot.lookup("#run-action-feedback").queryAs(Label.class).getText().contains("zzz"));
        robot.clickOn("#run-action-owner").eraseText(3).write("elena");
        robot.clickOn("#run-action-due").write("someday").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#run-action-feedback").queryAs(Label.class).getText().contains("+2w"));
        executor.drain();
        assertEquals(before, onDisk().actionItems().size());
    }

    @Test
    void theOpenActionReviewRecordsAnUpdateForTheLeadersItem(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#run-start").tryQuery().isPresent());
        robot.clickOn("#run-start");
        FxWait.until(() -> robot.lookup("#run-title").tryQuery().isPresent());
        int review = -1;
        Meeting m = running();
        for (int i = 0; i < m.agenda().size(); i++) {
            if (m.agenda().get(i).kind() == org.cxcadence.domain.AgendaItemKind.ACTION_REVIEW) {
                review = i;
            }
        }
        int target = review;
        robot.interact(() -> robot.lookup("#run-agenda").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().select(target));
        robot.clickOn("#run-agenda");
        robot.interact(() -> { });
        FxWait.until(() -> robot.lookup("#run-review").tryQuery().isPresent());
        String leader = robot.lookup("#run-review-leader").queryAs(Label.class).getText();
        ActionItem first = onDisk().actionItems().stream().filter(ActionItem::isOpen)
                .filter(a -> onDisk().people().stream().anyMatch(p -> p.id().equals(a.ownerId()) && p.name().equals(leader)))
                .findFirst().orElseThrow();
        robot.clickOn("#run-review-input-" + first.id()).write("Pilot signed with two carriers");
        robot.clickOn("#run-review-note-" + first.id());
        FxWait.until(() -> onDisk().actionItems().stream().filter(a -> a.id().equals(first.id())).findFirst()
                .orElseThrow().updates().stream().anyMatch(u -> "Pilot signed with two carriers".equals(u.note())
                        && running().id().equals(u.meetingId())));
    }

    @Test
    void theSessionClocksTickOnlyWhileASessionRuns(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#run-start").tryQuery().isPresent());
        RunView run = robot.lookup("#run").queryAs(RunView.class);
        assertFalse(run.clocksTicking(), "no session running: nothing to tick, and no animation keeping the app drawing");
        robot.clickOn("#run-start");
        FxWait.until(run::clocksTicking);
        robot.interact(() -> context.shell().show(Section.HOME));
        assertTrue(run.clocksTicking(), "the presenter view on the projector keeps its clocks while the CCO looks elsewhere");
    }
}
