package org.cxcadence.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxcadence.domain.Person;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.domain.Workspace;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.WorkspaceUiTest;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.scene.input.KeyCode;

/**
 * The People section's editors as a person uses them: add, rename, validate, reorder by keyboard,
 * archive, undo; every change is read back from the real workspace file.
 */
class PeopleEditorTest extends WorkspaceUiTest {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Override
    protected void opened() {
        context.shell().show(Section.PEOPLE);
    }

    private List<String> peopleOnDisk() {
        return onDisk().people().stream().map(Person::name).toList();
    }

    private void addLeader(FxRobot robot, String name) {
        robot.clickOn("#people-add");
        TextField field = robot.lookup("#people-name").queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(name);
    }

    @Test
    void addingALeaderAndTypingTheNameSavesItWithinHalfASecond(FxRobot robot) {
        addLeader(robot, "Maya Chen");
        robot.clickOn("#people-silo").write("Service");
        FxWait.until(() -> peopleOnDisk().contains("Maya Chen"));
        FxWait.until(() -> "Service".equals(onDisk().people().getFirst().silo()));
    }

    @Test
    void switchingScreensFlushesTypingAtOnce(FxRobot robot) {
        addLeader(robot, "Omar Haddad");
        robot.clickOn("#people-title").write("VP Sales");
        robot.clickOn("#nav-home");
        // No waiting for the debounce: leaving the screen flushed the edit.
        executor.drain();
        assertEquals("VP Sales", onDisk().people().getFirst().title());
    }

    @Test
    void blankAndDuplicateNamesAreRefusedAtTheFieldAndNotSaved(FxRobot robot) {
        addLeader(robot, "Ana Lima");
        addLeader(robot, "Ben Ode");
        FxWait.until(() -> peopleOnDisk().containsAll(List.of("Ana Lima", "Ben Ode")));
        TextField name = robot.lookup("#people-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("  "));
        assertEquals("A name is needed.", robot.lookup("#people-name-error").queryAs(Label.class).getText());
        robot.interact(() -> name.setText("ana lima"));
        assertTrue(robot.lookup("#people-name-error").queryAs(Label.class).getText().contains("already"));
        assertEquals("ana lima", name.getText(), "the typed text stays in the field");
        robot.interact(() -> name.setText("x".repeat(501)));
        assertTrue(robot.lookup("#people-name-error").queryAs(Label.class).getText().contains("500"));
        robot.interact(() -> name.setText("Ben Odeh"));
        assertEquals("", robot.lookup("#people-name-error").queryAs(Label.class).getText());
        FxWait.until(() -> peopleOnDisk().equals(List.of("Ana Lima", "Ben Odeh")));
    }

    @Test
    void altDownMovesTheSelectedLeaderAndTheOrderIsSaved(FxRobot robot) {
        addLeader(robot, "First");
        addLeader(robot, "Second");
        addLeader(robot, "Third");
        FxWait.until(() -> peopleOnDisk().equals(List.of("First", "Second", "Third")));
        ListView<?> list = robot.lookup("#people-list").queryAs(ListView.class);
        robot.interact(() -> {
            list.getSelectionModel().select(0);
            list.requestFocus();
        });
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        FxWait.until(() -> peopleOnDisk().equals(List.of("Second", "First", "Third")));
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        FxWait.until(() -> peopleOnDisk().equals(List.of("Second", "Third", "First")));
    }

    @Test
    void archivingKeepsTheLeaderButHidesThemAndUndoBringsThemBack(FxRobot robot) {
        addLeader(robot, "Leaving Soon");
        FxWait.until(() -> peopleOnDisk().contains("Leaving Soon"));
        robot.clickOn("#people-archive");
        FxWait.until(() -> !onDisk().people().getFirst().active());
        assertEquals(1, onDisk().people().size(), "archived, never deleted");
        ListView<?> list = robot.lookup("#people-list").queryAs(ListView.class);
        assertTrue(list.getItems().isEmpty(), "archived leaders are hidden unless asked for");
        robot.clickOn("#people-show-archived");
        assertEquals(1, list.getItems().size());
        robot.clickOn("#people-undo");
        FxWait.until(() -> onDisk().people().getFirst().active());
    }

    @Test
    void undoRevertsARenameAsOneStep(FxRobot robot) {
        addLeader(robot, "Priya");
        FxWait.until(() -> peopleOnDisk().contains("Priya"));
        robot.clickOn("#people-list");
        robot.interact(() -> robot.lookup("#people-list").queryAs(ListView.class).getSelectionModel().select(0));
        TextField name = robot.lookup("#people-name").queryAs(TextField.class);
        robot.clickOn(name).push(KeyCode.END).write(" Nair");
        FxWait.until(() -> peopleOnDisk().contains("Priya Nair"));
        robot.clickOn("#people-undo");
        FxWait.until(() -> peopleOnDisk().contains("Priya"));
        assertEquals("Priya", name.getText());
    }

    @Test
    void topicAreasStartWithTheFiveCompetenciesAndCanBeRenamedAndArchived(FxRobot robot) {
        robot.clickOn("#tab-topic-areas");
        ListView<?> list = robot.lookup("#topic-areas-list").queryAs(ListView.class);
        FxWait.until(() -> list.getItems().size() == 5);
        robot.interact(() -> list.getSelectionModel().select(4));
        TextField name = robot.lookup("#topic-areas-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("One-company leadership"));
        FxWait.until(() -> onDisk().topicAreas().stream().map(TopicArea::name).toList().contains("One-company leadership"));
        robot.clickOn("#topic-areas-archive");
        FxWait.until(() -> onDisk().topicAreas().stream().filter(TopicArea::archived).count() == 1);
        assertEquals(4, list.getItems().size());
        assertFalse(onDisk().topicAreas().isEmpty());
    }

    @Test
    void journeyStagesAndSegmentsAreEditedTheSameWay(FxRobot robot) {
        robot.clickOn("#tab-journey-stages");
        ListView<?> stages = robot.lookup("#journey-stages-list").queryAs(ListView.class);
        FxWait.until(() -> stages.getItems().size() == 5);
        robot.clickOn("#tab-segments");
        robot.clickOn("#segments-add");
        TextField name = robot.lookup("#segments-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("Enterprise"));
        FxWait.until(() -> onDisk().segments().size() == 1 && onDisk().segments().getFirst().name().equals("Enterprise"));
        robot.clickOn("#segments-undo");
        robot.clickOn("#segments-undo");
        FxWait.until(() -> onDisk().segments().isEmpty());
    }
}
