package org.cxcadence.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Locale;

import org.cxcadence.testing.FxWait;
import org.cxcadence.ui.common.Theme;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;

/**
 * The look at the sizes the app meets: a laptop or projector at 1280×720 and a full-HD screen at
 * 1920×1080, each in both themes, every section on the demo company, plus the first-start page
 * (target/screenshots/look-SECTION-WxH[-dark].png). Look at them after every change of style.
 */
class LookTourTest extends TourTest {
    private static final int[][] SIZES = {{1280, 720}, {1920, 1080}};

    @Start
    void start(Stage stage) {
        startTour(stage);
    }

    @Test
    void everySectionAtBothSizesInBothThemes(FxRobot robot) throws IOException {
        openDemo(robot);
        for (int[] size : SIZES) {
            resize(robot, size);
            for (Theme theme : Theme.values()) {
                robot.interact(() -> context.shell().themeProperty().set(theme));
                for (Section section : Section.values()) {
                    robot.interact(() -> context.shell().show(section));
                    shoot(robot, name(section.name(), size, theme));
                }
            }
        }
    }

    @Test
    void firstStartAtBothSizesInBothThemes(FxRobot robot) throws IOException {
        robot.interact(() -> window.start());
        FxWait.until(() -> robot.lookup("#start-demo").tryQuery().isPresent());
        for (int[] size : SIZES) {
            resize(robot, size);
            for (Theme theme : Theme.values()) {
                robot.interact(() -> context.shell().themeProperty().set(theme));
                shoot(robot, name("first-start", size, theme));
            }
        }
    }

    private void resize(FxRobot robot, int[] size) {
        robot.interact(() -> {
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
        });
        settle();
        assertEquals(size[0], stage.getScene().getWidth(), 1.0, "the window is as wide as asked");
    }

    private static String name(String what, int[] size, Theme theme) {
        return "look-" + what.toLowerCase(Locale.ROOT) + "-" + size[0] + "x" + size[1]
                + (theme == Theme.DARK ? "-dark" : "");
    }
}
