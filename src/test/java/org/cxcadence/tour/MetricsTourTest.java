package org.cxcadence.tour;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.app.MainWindow;
import org.cxcadence.domain.Direction;
import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.MetricCategory;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.StarterMetrics;
import org.cxcadence.service.metrics.MetricTrend;
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
            robot.interact(() -> view.model().trendProperty().set(sixYearsOfRetention()));
            FxWait.until(() -> robot.lookup("#metric-range").tryQuery().isPresent());
            shoot(robot, "metrics-page-long-history" + suffix);
            // Chosen from Customers lost, so the stored trend replaces the synthetic one of the same id.
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

    /** A metric with six years of monthly history (the demo has one): the chart offers 2 years, 5 years or all. */
    private static MetricTrend sixYearsOfRetention() {
        List<MetricTrend.Point> points = new ArrayList<>();
        int month = 0;
        for (Period p = Period.monthly(2021, 1); !p.isAfter(Period.monthly(2026, 10)); p = p.next(), month++) {
            BigDecimal value = BigDecimal.valueOf(880 + month + (month % 7) * 3 - (month % 11) * 2, 1);
            points.add(new MetricTrend.Point(p.toString(), value, new BigDecimal("92.0")));
        }
        MetricTrend.Line total = new MetricTrend.Line(null, null, points, points.getLast(),
                points.get(points.size() - 2).value(), points.get(points.size() - 13).value(), true, false, 0);
        return new MetricTrend(StarterMetrics.RETENTION_RATE, "Retention rate", "Customers kept from a year before.",
                MetricCategory.LOYALTY, MetricUnit.PERCENT, null, Direction.HIGHER_IS_BETTER, MetricCadence.MONTHLY,
                false, "Grace Liu", List.of(total));
    }
}
