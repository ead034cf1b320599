package org.cxcadence.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Locale;

import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Labeled;
import javafx.stage.Stage;

/** The window in German (target/screenshots/german-*.png): navigation, Home and its dates speak German. */
class GermanTourTest extends TourTest {
    @Start
    void start(Stage stage) {
        startTour(stage, Locale.GERMANY);
    }

    @Test
    void homeAndTheNavigationInGerman(FxRobot robot) throws IOException {
        openDemo(robot);
        assertEquals("Maßnahmen", robot.lookup("#" + Section.ACTIONS.navId()).queryAs(Labeled.class).getText());
        assertEquals("Start", robot.lookup("#section-title").queryAs(Labeled.class).getText());
        shoot(robot, "german-home");
        robot.interact(() -> context.shell().show(Section.ACTIONS));
        shoot(robot, "german-actions");
    }
}
