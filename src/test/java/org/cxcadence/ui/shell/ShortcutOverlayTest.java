package org.cxcadence.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.Focus;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.WorkspaceUiTest;
import org.cxcadence.ui.common.ShortcutOverlay;
import org.cxcadence.ui.common.Theme;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** F1, Ctrl+/ or ? anywhere: the keys of the whole window and of the current screen; Esc gives the keyboard back. */
class ShortcutOverlayTest extends WorkspaceUiTest {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Override
    protected OpenWorkspace createWorkspace(java.nio.file.Path target) {
        return demo(target, java.time.LocalDate.of(2026, 11, 23));
    }

    private ShortcutOverlay overlay(FxRobot robot) {
        return robot.lookup("#" + ShortcutOverlay.ID).queryAs(ShortcutOverlay.class);
    }

    private static List<String> texts(Node root) {
        List<String> out = new java.util.ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Label label) {
            out.add(label.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void f1OnPrepareListsTheGlobalKeysAndTheAgendasOwnThenEscGivesTheFocusBack(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        FxWait.until(() -> context.shell().section() == Section.PREPARE);
        ListView<?> agenda = robot.lookup("#prepare-agenda").queryAs(ListView.class);
        FxWait.until(() -> !agenda.getItems().isEmpty());
        robot.interact(agenda::requestFocus);
        FxWait.until(() -> Focus.owns(agenda));

        robot.type(KeyCode.F1);
        ShortcutOverlay overlay = overlay(robot);
        assertTrue(overlay.isOpen());
        assertTrue(Focus.owns(overlay), "the list takes the keyboard");
        List<String> global = texts(robot.lookup("#shortcut-global").query());
        assertTrue(global.contains("Ctrl+1 … 9"), global.toString());
        assertTrue(global.stream().anyMatch(t -> t.startsWith("Go to: 1 Home · 2 Prepare") && t.endsWith("9 Settings")),
                global.toString());
        assertTrue(global.stream().anyMatch(t -> t.startsWith("Open workspace")), "File menu keys: " + global);
        assertTrue(global.contains(context.messages().get("keys.search")), global.toString());
        assertTrue(global.contains(context.messages().get("keys.theme")), global.toString());
        List<String> screen = texts(robot.lookup("#shortcut-screen").query());
        assertTrue(screen.contains("On this screen: Prepare"), screen.toString());
        assertTrue(screen.contains("Alt+↑ / Alt+↓"), screen.toString());
        assertTrue(screen.contains(context.messages().get("keys.reorder")), screen.toString());
        assertTrue(screen.contains(context.messages().get("keys.undo")), screen.toString());

        robot.type(KeyCode.ESCAPE);
        assertFalse(overlay.isOpen());
        assertTrue(Focus.owns(agenda), "focus returns to the agenda");

        robot.press(KeyCode.CONTROL).type(KeyCode.SLASH).release(KeyCode.CONTROL);
        assertTrue(overlay.isOpen(), "Ctrl+/ opens it too");
        robot.type(KeyCode.F1);
        assertFalse(overlay.isOpen(), "F1 closes it");
        assertTrue(Focus.owns(agenda));
    }

    @Test
    void runKeepsItsListAndTheKeyboardButtonOpensTheSameOverlay(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#run-start").tryQuery().isPresent());
        robot.clickOn("#run-start");
        FxWait.until(() -> robot.lookup("#run-help").tryQuery().isPresent());
        robot.type(KeyCode.F1);
        List<String> screen = texts(robot.lookup("#shortcut-screen").query());
        assertTrue(screen.contains("On this screen: Run"), screen.toString());
        assertTrue(screen.contains(context.messages().get("run.key.presenter")), screen.toString());
        assertTrue(screen.contains(context.messages().get("run.key.decision")), screen.toString());
        robot.type(KeyCode.ESCAPE);
        assertFalse(overlay(robot).isOpen());

        Node help = robot.lookup("#run-help").query();
        robot.interact(help::requestFocus);
        robot.type(KeyCode.SPACE);
        assertTrue(overlay(robot).isOpen(), "the Run screen's keyboard button opens the shared overlay");
        robot.type(KeyCode.ESCAPE);
        assertTrue(Focus.owns(help));
    }

    @Test
    void questionMarkOutsideTextAndLeavingTheScreenCloseIt(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#home-next-link").tryQuery().isPresent());
        Node link = robot.lookup("#home-next-link").query();
        robot.interact(link::requestFocus);
        robot.write('?');
        assertTrue(overlay(robot).isOpen());
        List<String> screen = texts(robot.lookup("#shortcut-screen").query());
        assertTrue(screen.contains(context.messages().get("keys.none")), screen.toString());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT8).release(KeyCode.CONTROL);
        FxWait.until(() -> context.shell().section() == Section.PEOPLE);
        assertFalse(overlay(robot).isOpen(), "another screen closes the list");
    }

    @Test
    void ctrlFFocusesTheScreensFilterOrHistorysSearch(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        FxWait.until(() -> context.shell().section() == Section.HISTORY);
        TextField search = robot.lookup("#history-search").queryAs(TextField.class);
        FxWait.until(() -> Focus.owns(search));

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        FxWait.until(() -> context.shell().section() == Section.ACTIONS);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        TextField filter = robot.lookup("#actions-filter-text").queryAs(TextField.class);
        FxWait.until(() -> Focus.owns(filter));
        assertEquals(Section.ACTIONS, context.shell().section());
    }

    @Test
    void ctrlShiftTSwitchesTheTheme(FxRobot robot) {
        Theme before = context.shell().themeProperty().get();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(before.other(), context.shell().themeProperty().get());
    }
}
