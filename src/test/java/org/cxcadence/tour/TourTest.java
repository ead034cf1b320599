package org.cxcadence.tour;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.app.MainWindow;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.ui.FxUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * The camera of the screenshot tour: the real window at 1280×720, the demo company, and
 * {@link #shoot} writing {@code target/screenshots/NAME.png}. TestFX only finds {@code @Start} on the
 * test class itself, so each tour declares {@code @Start void start(Stage s) { startTour(s); }}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class TourTest {
    static final Path OUT = Path.of(System.getProperty("cxcadence.screenshots", "target/screenshots"));

    @TempDir
    Path home;

    Stage stage;
    AppContext context;
    FxUiExecutor executor;
    MainWindow window;

    void startTour(Stage stage) {
        startTour(stage, Locale.ENGLISH);
    }

    /** The window as a person with that language sees it. */
    void startTour(Stage stage, Locale locale) {
        this.stage = stage;
        executor = new FxUiExecutor();
        context = TestAppContexts.create(home, executor, Optional.empty(), locale);
        window = CxCadenceApp.show(stage, context, executor, folder -> { });
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @AfterEach
    void stopTour() {
        context.session().close();
        executor.close();
    }

    /** Opens the demo company (as of the tests' today) and waits for Home to show it. */
    Path openDemo(FxRobot robot) throws IOException {
        Files.createDirectories(OUT);
        Path demo = home.resolve("demo.cxcadence");
        context.exchange().fillWithDemo(demo, LocalDate.ofInstant(TestAppContexts.NOW, TestAppContexts.ZONE));
        robot.interact(() -> window.openFile(demo));
        FxWait.until(() -> robot.lookup("#home-next-title").tryQuery().isPresent());
        return demo;
    }

    /** Lets layout, CSS and background loads settle before a picture. */
    static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes the window as it is now to {@code OUT/NAME.png}. */
    void shoot(FxRobot robot, String name) throws IOException {
        settle();
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".png");
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        BufferedImage image = SwingFXUtils.fromFXImage(shot[0], null);
        ImageIO.write(image, "png", file.toFile());
        assertTrue(Files.size(file) > 10_000, file + " looks empty");
    }
}
