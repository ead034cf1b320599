package org.cxcadence.tour;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.WorkspaceUiTest;
import org.cxcadence.ui.common.Theme;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** The live session in the screenshot tour: facilitator view, the action review, the metrics glance, the projector view. */
class RunTourTest extends WorkspaceUiTest {
    private static final Path OUT = Path.of(System.getProperty("cxcadence.screenshots", "target/screenshots"));

    @Start
    void start(Stage stage) {
        startWindow(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @Override
    protected OpenWorkspace createWorkspace(Path target) {
        return demo(target, LocalDate.of(2026, 11, 23));
    }

    @Override
    protected void opened() {
        context.shell().show(Section.RUN);
    }

    @Test
    void facilitatorReviewGlanceAndPresenterViews(FxRobot robot) throws IOException {
        Files.createDirectories(OUT);
        FxWait.until(() -> robot.lookup("#run-start").tryQuery().isPresent());
        shoot(robot, "run-ready");
        robot.clickOn("#run-start");
        FxWait.until(() -> robot.lookup("#run-title").tryQuery().isPresent());
        // Jump to the first topic item, with notes, a decision and an action, as in a real session.
        int topic = indexOf(AgendaItemKind.TOPIC);
        jump(robot, topic);
        robot.clickOn("#run-notes").write("Finance can fund automatic credits from Q1; Service owns the trigger rules.");
        robot.clickOn("#run-decision-field").write("Pilot automatic outage credits for Enterprise in January")
                .type(KeyCode.ENTER);
        robot.clickOn("#run-action-title").write("Define the outage threshold that triggers a credit");
        robot.clickOn("#run-action-owner").write("grace");
        robot.clickOn("#run-action-due").write("+2w");
        robot.clickOn("#run-action-impact").write("Customers hit by an outage are credited without asking")
                .type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#run-actions").queryAs(javafx.scene.layout.VBox.class).getChildren().size() == 1);
        shoot(robot, "run-live");
        robot.interact(() -> context.shell().themeProperty().set(Theme.DARK));
        shoot(robot, "run-live-dark");
        robot.interact(() -> context.shell().themeProperty().set(Theme.LIGHT));

        jump(robot, indexOf(AgendaItemKind.ACTION_REVIEW));
        FxWait.until(() -> robot.lookup("#run-review").tryQuery().isPresent());
        shoot(robot, "run-review");
        jump(robot, indexOf(AgendaItemKind.METRICS_REVIEW));
        FxWait.until(() -> robot.lookup("#run-metrics").tryQuery().isPresent());
        shoot(robot, "run-metrics");

        jump(robot, topic);
        robot.push(KeyCode.F5);
        FxWait.until(() -> robot.lookup("#run-presenter-view").tryQuery().isPresent());
        shoot(robot, "run-presenter");
        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.F1);
        FxWait.until(() -> robot.lookup("#shortcut-overlay").tryQuery().map(n -> n.isVisible()).orElse(false));
        shoot(robot, "run-shortcuts");
    }

    private int indexOf(AgendaItemKind kind) {
        var agenda = onDisk().meetings().stream().filter(m -> m.status() == org.cxcadence.domain.MeetingStatus.IN_PROGRESS)
                .findFirst().orElseThrow().agenda();
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).kind() == kind) {
                return i;
            }
        }
        return 0;
    }

    private void jump(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#run-agenda").queryAs(ListView.class).getSelectionModel().select(index));
        robot.clickOn("#run-agenda");
        robot.interact(() -> robot.lookup("#run-agenda").queryAs(ListView.class).getSelectionModel().select(index));
        robot.interact(() -> { });
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        BufferedImage image = SwingFXUtils.fromFXImage(shot[0], null);
        Path file = OUT.resolve(name + ".png");
        ImageIO.write(image, "png", file.toFile());
        assertTrue(Files.size(file) > 10_000, file + " looks empty");
    }
}
