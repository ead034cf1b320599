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
 * chosen milestone), the sponsor check-in and the readiness check (target/screenshots/program-*.png).
 */
@ExtendWith(ApplicationExtension.class)
class ProgramTourTest {
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
    void programScreensInBothThemes(FxRobot robot) throws IOException {
        Files.createDirectories(OUT);
        Path demo = home.resolve("demo.cxcadence");
        context.exchange().fillWithDemo(demo, LocalDate.ofInstant(TestAppContexts.NOW, TestAppContexts.ZONE));
        robot.interact(() -> window.openFile(demo));
        FxWait.until(() -> robot.lookup("#home-next-title").tryQuery().isPresent());
        robot.interact(() -> context.shell().show(Section.PROGRAM));
        FxWait.until(() -> robot.lookup("#chip-ms-journey-map").tryQuery().isPresent());
        ProgramSectionView view = robot.lookup("#program-section").queryAs(ProgramSectionView.class);
        assertTrue(robot.lookup("#chip-ms-journey-map").queryLabeled().getText().contains("Late"));
        for (Theme theme : Theme.values()) {
            String suffix = theme == Theme.DARK ? "-dark" : "";
            robot.interact(() -> context.shell().themeProperty().set(theme));
            robot.interact(() -> view.select("tab-roadmap"));
            shot(robot, "program-roadmap" + suffix);
            robot.clickOn("#chip-ms-onboarding");
            FxWait.until(() -> robot.lookup("#milestone-detail-title").tryQuery().isPresent());
            shot(robot, "program-roadmap-milestone" + suffix);
            robot.interact(() -> view.select("tab-checkin"));
            FxWait.until(() -> robot.lookup("#checkin-chart").tryQuery().isPresent());
            shot(robot, "program-checkin" + suffix);
            robot.interact(() -> view.select("tab-readiness"));
            FxWait.until(() -> robot.lookup("#readiness-result").tryQuery().isPresent());
            shot(robot, "program-readiness" + suffix);
        }
    }

    private void shot(FxRobot robot, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Path file = OUT.resolve(name + ".png");
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        BufferedImage image = SwingFXUtils.fromFXImage(shot[0], null);
        ImageIO.write(image, "png", file.toFile());
        assertTrue(Files.size(file) > 10_000, file + " looks empty");
    }
}
