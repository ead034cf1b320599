package org.cxcadence.tour;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.app.MainWindow;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.ui.FxUiExecutor;
import org.cxcadence.ui.common.Theme;
import org.cxcadence.ui.program.ProgramSectionView;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * The Program screens at 1280×720 on the demo company, in both themes: the road map timeline (and a
 * chosen milestone), the sponsor check-in, its questions and the readiness check (target/screenshots/program-*.png).
 */
class ProgramTourTest extends TourTest {
    @Start
    void start(Stage stage) {
        startTour(stage);
    }

    @Test
    void programScreensInBothThemes(FxRobot robot) throws IOException {
        openDemo(robot);
        robot.interact(() -> context.shell().show(Section.PROGRAM));
        FxWait.until(() -> robot.lookup("#chip-ms-journey-map").tryQuery().isPresent());
        ProgramSectionView view = robot.lookup("#program-section").queryAs(ProgramSectionView.class);
        assertTrue(robot.lookup("#chip-ms-journey-map").queryLabeled().getText().contains("Late"));
        for (Theme theme : Theme.values()) {
            String suffix = theme == Theme.DARK ? "-dark" : "";
            robot.interact(() -> context.shell().themeProperty().set(theme));
            robot.interact(() -> view.select("tab-roadmap"));
            shoot(robot, "program-roadmap" + suffix);
            robot.clickOn("#chip-ms-onboarding");
            FxWait.until(() -> robot.lookup("#milestone-edit-title").tryQuery().map(n -> n.isVisible()).orElse(false));
            shoot(robot, "program-roadmap-milestone" + suffix);
            robot.clickOn("#milestone-close");
            robot.clickOn("#maturity-dot-ta-experience-2026-Q3");
            FxWait.until(() -> "Journey map drafted.".equals(robot.lookup("#maturity-note").queryTextInputControl().getText()));
            shoot(robot, "program-roadmap-maturity" + suffix);
            robot.interact(() -> view.select("tab-checkin"));
            FxWait.until(() -> robot.lookup("#checkin-chart").tryQuery().isPresent());
            shoot(robot, "program-checkin" + suffix);
            robot.interact(() -> view.select("tab-questions"));
            FxWait.until(() -> robot.lookup("#question-q1a").tryQuery().isPresent());
            shoot(robot, "program-questions" + suffix);
            robot.interact(() -> view.select("tab-readiness"));
            FxWait.until(() -> robot.lookup("#readiness-result").tryQuery().isPresent());
            shoot(robot, "program-readiness" + suffix);
        }
    }
}
