package org.cxcadence.tour;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.app.MainWindow;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.ui.FxUiExecutor;
import org.cxcadence.ui.common.Theme;
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
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/** Prepare in the screenshot tour: the demo's next session, at 1280×720, light and dark. */
class PrepareTourTest extends TourTest {
    @Start
    void start(Stage stage) {
        startTour(stage);
    }

    @Test
    void prepareOnTheDemoCompany(FxRobot robot) throws IOException {
        openDemo(robot);
        robot.interact(() -> context.shell().show(Section.PREPARE));
        @SuppressWarnings("unchecked")
        ListView<Object> agenda = robot.lookup("#prepare-agenda").queryAs(ListView.class);
        FxWait.until(() -> !agenda.getItems().isEmpty());
        for (Theme theme : Theme.values()) {
            robot.interact(() -> context.shell().themeProperty().set(theme));
            String suffix = theme == Theme.DARK ? "-dark" : "";
            robot.interact(() -> agenda.getSelectionModel().select(2));
            shoot(robot, "prepare" + suffix);
            robot.interact(() -> agenda.getSelectionModel().select(1));
            shoot(robot, "prepare-action-review" + suffix);
        }
    }
}
