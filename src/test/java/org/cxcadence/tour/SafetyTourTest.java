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
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Data safety in the screenshot tour: the demo opened from a Dropbox folder (the location banner,
 * the daily backup), and Settings → Backups, at 1280×720.
 */
class SafetyTourTest extends TourTest {
    @Start
    void start(Stage stage) {
        startTour(stage);
    }

    @Test
    void aSyncedWorkspaceShowsTheBannerAndSettingsListsTheDailyBackup(FxRobot robot) throws IOException {
        Files.createDirectories(OUT);
        Path demo = home.resolve("Dropbox").resolve("demo.cxcadence");
        context.exchange().fillWithDemo(demo, LocalDate.ofInstant(TestAppContexts.NOW, TestAppContexts.ZONE));
        robot.interact(() -> window.openFile(demo));
        FxWait.until(() -> robot.lookup("#home-next-title").tryQuery().isPresent());
        FxWait.until(() -> robot.lookup("#location-warning").tryQuery().isPresent());
        shoot(robot, "safety-location-warning");

        robot.interact(() -> context.shell().show(Section.SETTINGS));
        ListView<?> list = robot.lookup("#backups-list").queryAs(ListView.class);
        FxWait.until(() -> list.getItems().size() == 1); // the daily backup taken on open
        robot.interact(() -> {
            ScrollPane page = robot.lookup("#settings").queryAs(ScrollPane.class);
            page.layout();
            double content = page.getContent().getBoundsInLocal().getHeight();
            double y = robot.lookup("#settings-backups-card").query().getBoundsInParent().getMinY();
            page.setVvalue(Math.min(1, y / Math.max(1, content - page.getViewportBounds().getHeight())));
        });
        shoot(robot, "safety-settings-backups");
        robot.clickOn("#location-warning-dismiss");
        assertTrue(robot.lookup("#location-warning").tryQuery().isEmpty(), "the banner can be dismissed");
    }
}
