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
import org.cxcadence.service.HistoryService;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.ui.FxUiExecutor;
import org.cxcadence.ui.common.Theme;
import org.cxcadence.ui.history.MinutesView;
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
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/** History and minutes in the screenshot tour: target/screenshots/history*.png and minutes*.png at 1280×720. */
class MinutesTourTest extends TourTest {
    @Start
    void start(Stage stage) {
        startTour(stage);
    }

    @Test
    void historyListSearchAndMinutesInBothThemes(FxRobot robot) throws IOException {
        Files.createDirectories(OUT);
        Path demo = home.resolve("demo.cxcadence");
        context.exchange().fillWithDemo(demo, LocalDate.ofInstant(TestAppContexts.NOW, TestAppContexts.ZONE));
        robot.interact(() -> context.open(context.workspaces().openForWriting(demo)));
        robot.interact(() -> context.shell().show(Section.HISTORY));
        FxWait.until(() -> robot.lookup("#minutes-title").tryQuery().isPresent());
        for (Theme theme : Theme.values()) {
            String suffix = theme == Theme.DARK ? "-dark" : "";
            robot.interact(() -> context.shell().themeProperty().set(theme));
            TextField search = robot.lookup("#history-search").queryAs(TextField.class);
            robot.interact(() -> search.setText(""));
            settle();
            shoot(robot, "history" + suffix);
            robot.interact(() -> search.setText("churn"));
            @SuppressWarnings("unchecked")
            ListView<HistoryService.SearchResult> results = robot.lookup("#history-results").queryAs(ListView.class);
            FxWait.until(() -> !results.getItems().isEmpty());
            robot.interact(() -> {
                results.getSelectionModel().clearSelection();
                results.getSelectionModel().select(0);
            });
            MinutesView view = robot.lookup("#minutes-view").queryAs(MinutesView.class);
            FxWait.until(() -> view.hitCount() > 0);
            settle();
            shoot(robot, "history-search" + suffix);
            robot.interact(() -> search.setText(""));
            @SuppressWarnings("unchecked")
            ListView<HistoryService.SessionSummary> sessions = robot.lookup("#history-sessions").queryAs(ListView.class);
            robot.interact(() -> {
                sessions.getSelectionModel().clearSelection();
                sessions.getSelectionModel().select(0);
            });
            FxWait.until(() -> view.hitCount() == 0);
            robot.interact(() -> view.setVvalue(0.35));
            settle();
            shoot(robot, "minutes" + suffix);
        }
    }
}
