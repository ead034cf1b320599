package org.cxcadence.tour;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.cxcadence.testing.FxWait;
import org.cxcadence.exchange.actions.ActionRow;
import org.cxcadence.ui.common.ShortcutOverlay;
import org.cxcadence.ui.common.Theme;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * The states the plain look tour does not reach, at 1280×720 in both themes: the shortcut list (F1),
 * the Actions board with an action's detail open, and the live session with its presenter view
 * (target/screenshots/look-…png).
 */
class LookDetailsTourTest extends TourTest {
    @Start
    void start(Stage stage) {
        startTour(stage);
    }

    @Test
    void shortcutListDetailPaneAndPresenterView(FxRobot robot) throws IOException {
        openDemo(robot);
        robot.interact(() -> context.shell().show(Section.PREPARE));
        FxWait.until(() -> robot.lookup("#prepare-agenda").tryQuery().isPresent());
        robot.type(KeyCode.F1);
        FxWait.until(() -> robot.lookup("#" + ShortcutOverlay.ID).query().isVisible());
        assertTrue(robot.lookup("#" + ShortcutOverlay.ID).query().isVisible(), "the shortcut list is open for the shot");
        both(robot, "look-keys-prepare-1280x720");
        robot.type(KeyCode.ESCAPE);

        robot.interact(() -> context.shell().show(Section.ACTIONS));
        FxWait.until(() -> robot.lookup(".lane-list").queryAll().size() > 3);
        @SuppressWarnings("unchecked")
        ListView<ActionRow> lane = robot.lookup("#actions-lanes .lane-list").queryAllAs(ListView.class).stream()
                .filter(l -> !l.getItems().isEmpty()).findFirst().orElseThrow();
        robot.interact(() -> lane.getSelectionModel().select(0));
        FxWait.until(() -> robot.lookup("#action-detail").tryQuery().isPresent());
        assertTrue(robot.lookup("#action-detail").query().isVisible(), "the action's detail is open for the shot");
        both(robot, "look-actions-detail-1280x720");

        robot.interact(() -> context.shell().show(Section.RUN));
        FxWait.until(() -> robot.lookup("#run-start").tryQuery().isPresent());
        robot.clickOn("#run-start");
        FxWait.until(() -> robot.lookup("#run-title").tryQuery().isPresent());
        both(robot, "look-run-live-1280x720");
        robot.type(KeyCode.F1);
        FxWait.until(() -> robot.lookup("#" + ShortcutOverlay.ID).query().isVisible());
        assertTrue(robot.lookup("#" + ShortcutOverlay.ID).query().isVisible(), "the live session's keys are listed");
        both(robot, "look-keys-run-1280x720");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.F5);
        FxWait.until(() -> robot.lookup("#run-presenter-view").tryQuery().isPresent());
        assertTrue(robot.lookup("#run-presenter-view").query().isVisible(), "the presenter view fills the window");
        shoot(robot, "look-run-presenter-1280x720");
        robot.type(KeyCode.ESCAPE);
    }

    private void both(FxRobot robot, String name) throws IOException {
        robot.interact(() -> context.shell().themeProperty().set(Theme.LIGHT));
        shoot(robot, name);
        robot.interact(() -> context.shell().themeProperty().set(Theme.DARK));
        shoot(robot, name + "-dark");
        robot.interact(() -> context.shell().themeProperty().set(Theme.LIGHT));
    }
}
