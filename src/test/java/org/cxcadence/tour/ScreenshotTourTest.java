package org.cxcadence.tour;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

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
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * The screenshot tour: renders every main screen at 1280×720 into target/screenshots/NAME.png.
 * These pictures are how the team sees the app after each change; look at them.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTourTest {
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
    void firstStartPage(FxRobot robot) throws IOException {
        Files.createDirectories(OUT);
        robot.interact(() -> window.start());
        FxWait.until(() -> robot.lookup("#start-demo").tryQuery().isPresent());
        write(robot, OUT.resolve("first-start.png"));
    }

    /** The page shown while the workspace the app was started with opens (a moment; longer on a large one). */
    @Test
    void openingPage(FxRobot robot) throws IOException {
        Files.createDirectories(OUT);
        robot.interact(() -> window.feedback().setContent(new org.cxcadence.ui.start.OpeningView(
                home.resolve("Customer office").resolve("acme.cxcadence"), context.messages())));
        FxWait.until(() -> robot.lookup("#opening-file").tryQuery().isPresent());
        write(robot, OUT.resolve("opening.png"));
    }

    @Test
    void everyMainScreenInBothThemesOnTheDemoCompany(FxRobot robot) throws IOException {
        Files.createDirectories(OUT);
        Path demo = home.resolve("demo.cxcadence");
        context.exchange().fillWithDemo(demo, LocalDate.ofInstant(TestAppContexts.NOW, TestAppContexts.ZONE));
        robot.interact(() -> window.openFile(demo));
        FxWait.until(() -> robot.lookup("#home-next-title").tryQuery().isPresent());
        for (Theme theme : Theme.values()) {
            robot.interact(() -> context.shell().themeProperty().set(theme));
            for (Section section : Section.values()) {
                robot.interact(() -> context.shell().show(section));
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                Path file = OUT.resolve(section.name().toLowerCase(Locale.ROOT)
                        + (theme == Theme.DARK ? "-dark" : "") + ".png");
                write(robot, file);
                assertTrue(Files.size(file) > 10_000, file + " looks empty");
            }
        }
    }

    private void write(FxRobot robot, Path file) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        BufferedImage image = SwingFXUtils.fromFXImage(shot[0], null);
        ImageIO.write(image, "png", file.toFile());
    }
}
