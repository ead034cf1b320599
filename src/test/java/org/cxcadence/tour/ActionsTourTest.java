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
import org.cxcadence.exchange.actions.ActionRow;
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
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/** The Actions screens at 1280×720 on the demo company: the board, an action's detail, the scorecard. */
class ActionsTourTest extends TourTest {
    @Start
    void start(Stage stage) {
        startTour(stage);
    }

    @Test
    void boardDetailAndScorecardOnTheDemoCompany(FxRobot robot) throws IOException {
        openDemo(robot);
        robot.interact(() -> context.shell().show(Section.ACTIONS));
        FxWait.until(() -> robot.lookup("#actions-lanes").queryAs(ListView.class).getItems().size() > 3
                && robot.lookup(".lane-list").queryAll().size() >= 3);
        settle();
        shoot(robot, "actions-board");

        ListView<ActionRow> lane = robot.lookup("#actions-lanes .lane-list").queryAllAs(ListView.class).stream()
                .filter(l -> !l.getItems().isEmpty()).findFirst().orElseThrow();
        robot.interact(() -> lane.getSelectionModel().select(0));
        FxWait.until(() -> robot.lookup("#action-detail").tryQuery().isPresent());
        settle();
        shoot(robot, "actions-detail");

        robot.interact(() -> context.shell().themeProperty().set(Theme.DARK));
        settle();
        shoot(robot, "actions-detail-dark");
        robot.interact(() -> context.shell().themeProperty().set(Theme.LIGHT));

        // An edit in place, then the history with its dated entries (scrolled to the end of the page).
        javafx.scene.layout.VBox history = robot.lookup("#action-history").queryAs(javafx.scene.layout.VBox.class);
        int before = history.getChildren().size();
        robot.clickOn("#action-title");
        robot.interact(() -> robot.lookup("#action-title").queryAs(javafx.scene.control.TextArea.class).end());
        robot.write(" this quarter");
        robot.interact(() -> context.autosaver().flush());
        FxWait.until(() -> history.getChildren().size() == before + 1);
        robot.interact(() -> robot.lookup("#action-detail").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        settle();
        shoot(robot, "actions-history");

        robot.interact(() -> robot.lookup("#actions-section").queryAs(TabPane.class).getSelectionModel().select(1));
        FxWait.until(() -> robot.lookup("#scorecard-table").tryQuery().isPresent());
        settle();
        shoot(robot, "actions-scorecard");
    }
}
