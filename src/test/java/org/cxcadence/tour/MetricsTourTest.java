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
class MetricsTourTest extends TourTest {
    @Start
    void start(Stage stage) {
        startTour(stage);
    }

    @Test
    void metricsScreensInBothThemes(FxRobot robot) throws IOException {
        openDemo(robot);
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
            shoot(robot, "metrics-dashboard" + suffix);
            robot.interact(() -> view.openMetric(StarterMetrics.CUSTOMERS_LOST));
            FxWait.until(() -> robot.lookup("#metric-chart").tryQuery().isPresent());
            shoot(robot, "metrics-page" + suffix);
            robot.interact(() -> view.openMetric(StarterMetrics.RETENTION_RATE));
            shoot(robot, "metrics-page-rates" + suffix);
            robot.interact(() -> tabs.getSelectionModel().select(2));
            shoot(robot, "metrics-values" + suffix);
            robot.interact(() -> tabs.getSelectionModel().select(3));
            shoot(robot, "metrics-definitions" + suffix);
            robot.interact(() -> view.model().previewImport(csv));
            FxWait.until(() -> robot.lookup("#import-table").tryQuery().isPresent());
            shoot(robot, "metrics-import" + suffix);
            robot.interact(() -> view.model().closeImport());
        }
    }
}
