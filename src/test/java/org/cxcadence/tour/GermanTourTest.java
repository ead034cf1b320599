package org.cxcadence.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cxcadence.testing.FxWait;
import org.cxcadence.ui.common.Showing;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The window in German at 1280×720 (target/screenshots/german-SECTION.png): every main screen on the
 * demo company, plus the first start. Look at them: no English left, nothing clipped by longer words.
 */
class GermanTourTest extends TourTest {
    @Start
    void start(Stage stage) {
        startTour(stage, Locale.GERMANY);
    }

    @Test
    void everySectionInGerman(FxRobot robot) throws IOException {
        openDemo(robot);
        assertEquals("Maßnahmen", robot.lookup("#" + Section.ACTIONS.navId()).queryAs(Labeled.class).getText());
        assertEquals("Start", robot.lookup("#section-title").queryAs(Labeled.class).getText());
        for (Section section : Section.values()) {
            robot.interact(() -> context.shell().show(section));
            String name = "german-" + section.name().toLowerCase(Locale.ROOT);
            shoot(robot, name);
            shootOtherTabs(robot, name);
        }
    }

    /** Each further tab of the section's tab panes (Scorecard, Values, Templates, Check-in, …). */
    private void shootOtherTabs(FxRobot robot, String name) throws IOException {
        List<TabPane> panes = new ArrayList<>(robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(p -> p.getScene() == stage.getScene() && Showing.onScreen(p)).toList());
        for (TabPane pane : panes) {
            for (int i = 1; i < pane.getTabs().size(); i++) {
                int index = i;
                robot.interact(() -> pane.getSelectionModel().select(index));
                shoot(robot, name + "-" + (pane.getTabs().get(index).getId() == null ? "tab" + index
                        : pane.getTabs().get(index).getId()));
            }
            robot.interact(() -> pane.getSelectionModel().select(0));
        }
    }

    @Test
    void theLiveSessionInGerman(FxRobot robot) throws IOException {
        openDemo(robot);
        robot.interact(() -> context.shell().show(Section.RUN));
        FxWait.until(() -> robot.lookup("#run-start").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#run-start").queryAs(Button.class).fire());
        FxWait.until(() -> robot.lookup("#run-title").tryQuery().isPresent());
        shoot(robot, "german-run-live");
        robot.interact(() -> robot.lookup("#run-next").queryAs(Button.class).fire());
        FxWait.until(() -> robot.lookup("#run-review").tryQuery().isPresent());
        shoot(robot, "german-run-review");
        robot.interact(() -> robot.lookup("#run-help").queryAs(Button.class).fire());
        FxWait.until(() -> robot.lookup("#shortcut-overlay").tryQuery().map(n -> n.isVisible()).orElse(false));
        shoot(robot, "german-run-keys");
    }

    @Test
    void firstStartInGerman(FxRobot robot) throws IOException {
        robot.interact(() -> window.start());
        FxWait.until(() -> robot.lookup("#start-demo").tryQuery().isPresent());
        shoot(robot, "german-first-start");
    }
}
