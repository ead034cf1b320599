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
@ExtendWith(ApplicationExtension.class)
class ActionsTourTest {
    private static final Path OUT = Path.of(System.getProperty("cxcadence.screenshots", "target/screenshots"));

    @TempDir
    Path home;

    private Stage stage;
    private AppContext context;
    private FxUiExecutor executor;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new FxUiExecutor();
        context = TestAppContexts.create(home, executor);
        window = CxCadenceApp.show(stage, context, executor, folder -> { });
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @AfterEach
    void stop() {
        context.session().close();
        executor.close();
    }

    @Test
    void boardDetailAndScorecardOnTheDemoCompany(FxRobot robot) throws IOException {
        Files.createDirectories(OUT);
        Path demo = home.resolve("demo.cxcadence");
        context.exchange().fillWithDemo(demo, LocalDate.ofInstant(TestAppContexts.NOW, TestAppContexts.ZONE));
        robot.interact(() -> window.openFile(demo));
        FxWait.until(() -> robot.lookup("#home-next-title").tryQuery().isPresent());
        robot.interact(() -> context.shell().show(Section.ACTIONS));
        FxWait.until(() -> robot.lookup(".lane-list").queryAll().size() > 3);
        settle();
        write(robot, "actions-board");

        ListView<ActionRow> lane = robot.lookup("#actions-lanes .lane-list").queryAllAs(ListView.class).stream()
                .filter(l -> !l.getItems().isEmpty()).findFirst().orElseThrow();
        robot.interact(() -> lane.getSelectionModel().select(0));
        FxWait.until(() -> robot.lookup("#action-detail").tryQuery().isPresent());
        settle();
        write(robot, "actions-detail");

        robot.interact(() -> context.shell().themeProperty().set(Theme.DARK));
        settle();
        write(robot, "actions-detail-dark");
        robot.interact(() -> context.shell().themeProperty().set(Theme.LIGHT));

        robot.interact(() -> robot.lookup("#actions-section").queryAs(TabPane.class).getSelectionModel().select(1));
        FxWait.until(() -> robot.lookup("#scorecard-table").tryQuery().isPresent());
        settle();
        write(robot, "actions-scorecard");
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(FxRobot robot, String name) throws IOException {
        Path file = OUT.resolve(name + ".png");
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        BufferedImage image = SwingFXUtils.fromFXImage(shot[0], null);
        ImageIO.write(image, "png", file.toFile());
        assertTrue(Files.size(file) > 10_000, file + " looks empty");
    }
}
