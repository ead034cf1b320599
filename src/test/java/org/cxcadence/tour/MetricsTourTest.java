package org.cxcadence.tour;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.app.MainWindow;
import org.cxcadence.domain.StarterMetrics;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.ui.FxUiExecutor;
import org.cxcadence.ui.common.Theme;
import org.cxcadence.ui.metrics.MetricsSectionView;
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
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * The Metrics screens at 1280×720 on the demo company, in both themes: the dashboard, a metric's
 * page, the values grid, the definitions and the import preview (target/screenshots/metrics-*.png).
 */
@ExtendWith(ApplicationExtension.class)
class MetricsTourTest {
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
    void metricsScreensInBothThemes(FxRobot robot) throws IOException {
        Files.createDirectories(OUT);
        Path demo = home.resolve("demo.cxcadence");
        context.exchange().fillWithDemo(demo, LocalDate.ofInstant(TestAppContexts.NOW, TestAppContexts.ZONE));
        robot.interact(() -> window.openFile(demo));
        FxWait.until(() -> robot.lookup("#home-next-title").tryQuery().isPresent());
        Path csv = home.resolve("november.csv");
        Files.writeString(csv, "metric;period;segment;value;target\n"
                + "Customers acquired;2026-11;Enterprise;9;7\n"
                + "Customers acquired;2026-11;Mid-market;251;245\n"
                + "Customers lost;2026-11;Small business;1090;1000\n"
                + "Cost to serve;2026-11;;37,9;40\n", StandardCharsets.UTF_8);
        robot.interact(() -> context.shell().show(Section.METRICS));
        FxWait.until(() -> robot.lookup("#metrics-headline").tryQuery().isPresent());
        MetricsSectionView view = robot.lookup("#metrics-section").queryAs(MetricsSectionView.class);
        TabPane tabs = robot.lookup(".section-tabs").queryAllAs(TabPane.class).stream()
                .filter(t -> t.getTabs().size() == 4).findFirst().orElseThrow();
        for (Theme theme : Theme.values()) {
            String suffix = theme == Theme.DARK ? "-dark" : "";
            robot.interact(() -> context.shell().themeProperty().set(theme));
            robot.interact(() -> tabs.getSelectionModel().select(0));
            shot(robot, "metrics-dashboard" + suffix);
            robot.interact(() -> view.openMetric(StarterMetrics.CUSTOMERS_LOST));
            FxWait.until(() -> robot.lookup("#metric-chart").tryQuery().isPresent());
            shot(robot, "metrics-page" + suffix);
            robot.interact(() -> view.openMetric(StarterMetrics.RETENTION_RATE));
            shot(robot, "metrics-page-rates" + suffix);
            robot.interact(() -> tabs.getSelectionModel().select(2));
            shot(robot, "metrics-values" + suffix);
            robot.interact(() -> tabs.getSelectionModel().select(3));
            shot(robot, "metrics-definitions" + suffix);
            robot.interact(() -> view.model().previewImport(csv));
            FxWait.until(() -> robot.lookup("#import-table").tryQuery().isPresent());
            shot(robot, "metrics-import" + suffix);
            robot.interact(() -> view.model().closeImport());
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
