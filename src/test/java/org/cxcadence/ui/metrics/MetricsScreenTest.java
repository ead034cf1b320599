package org.cxcadence.ui.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.domain.Direction;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.MetricCategory;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.StarterMetrics;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.DirectoryEntry;
import org.cxcadence.service.DirectoryKind;
import org.cxcadence.service.DirectoryService;
import org.cxcadence.service.MetricService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.metrics.MetricTrend;
import org.cxcadence.testing.Focus;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.ui.FxUiExecutor;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * The Metrics screen as a person uses it: typing and pasting values into the grid, refused input,
 * the import preview and its commit, a tile opening its metric, a definition renamed. Everything is
 * read back from the workspace file.
 */
@ExtendWith(ApplicationExtension.class)
class MetricsScreenTest {
    @TempDir
    Path home;

    private AppContext context;
    private FxUiExecutor executor;
    private Path file;

    @Start
    void start(Stage stage) {
        executor = new FxUiExecutor();
        context = TestAppContexts.create(home, executor);
        CxCadenceApp.show(stage, context, executor, folder -> { });
        stage.setWidth(1280);
        stage.setHeight(720);
        file = home.resolve("metrics.cxcadence");
        OpenWorkspace workspace = context.workspaces().createEmpty(file);
        DirectoryService directory = new DirectoryService(workspace);
        directory.save(DirectoryKind.SEGMENTS, DirectoryEntry.named("ent", "Enterprise", false));
        directory.save(DirectoryKind.SEGMENTS, DirectoryEntry.named("mid", "Mid-market", false));
        MetricService metrics = new MetricService(workspace);
        metrics.setValue(StarterMetrics.CUSTOMERS_ACQUIRED, "2026-08", "ent", new BigDecimal("5"), new BigDecimal("7"), null);
        metrics.setValue(StarterMetrics.CUSTOMERS_LOST, "2026-10", "ent", new BigDecimal("4"), new BigDecimal("3"), null);
        metrics.setValue(StarterMetrics.CUSTOMERS_LOST, "2026-10", "mid", new BigDecimal("231"), new BigDecimal("220"), null);
        context.open(workspace);
        context.shell().show(Section.METRICS);
    }

    @AfterEach
    void stop() {
        context.session().close();
        executor.close();
    }

    private Workspace onDisk() {
        executor.drain();
        try (OpenWorkspace reader = context.workspaces().openReadOnly(file)) {
            return reader.snapshot();
        }
    }

    private Optional<MetricValue> stored(String metricId, String period, String segmentId) {
        return onDisk().metrics().stream().filter(m -> m.id().equals(metricId)).findFirst().orElseThrow().values()
                .stream().filter(v -> v.period().equals(period) && java.util.Objects.equals(v.segmentId(), segmentId))
                .findFirst();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private MetricsSectionView section(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#metrics-section").tryQuery().isPresent());
        return robot.lookup("#metrics-section").queryAs(MetricsSectionView.class);
    }

    private void openValues(FxRobot robot, String metricId) {
        MetricsSectionView view = section(robot);
        FxWait.until(() -> !view.model().metrics().isEmpty());
        robot.clickOn("#tab-metric-values");
        robot.interact(() -> view.model().select(metricId));
        FxWait.until(() -> robot.lookup("#cell-2026-10-ent-value").tryQuery().isPresent());
    }

    private TextField cell(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    @Test
    void typingAValueAndPressingEnterSavesItAndMovesDown(FxRobot robot) {
        openValues(robot, StarterMetrics.CUSTOMERS_ACQUIRED);
        robot.clickOn("#cell-2026-10-ent-value").write("7").push(KeyCode.ENTER);
        assertTrue(Focus.owns(cell(robot, "cell-2026-11-ent-value")), "Enter moves down like a spreadsheet");
        robot.write("1,240").push(KeyCode.TAB);
        assertTrue(Focus.owns(cell(robot, "cell-2026-11-ent-target")), "Tab moves right");
        robot.write("8").push(KeyCode.ENTER);
        FxWait.until(() -> stored(StarterMetrics.CUSTOMERS_ACQUIRED, "2026-10", "ent").map(MetricValue::value)
                .filter(d("7")::equals).isPresent());
        FxWait.until(() -> stored(StarterMetrics.CUSTOMERS_ACQUIRED, "2026-11", "ent")
                .equals(Optional.of(new MetricValue("2026-11", "ent", d("1240"), d("8"), null))));
        assertEquals("1,240", cell(robot, "cell-2026-11-ent-value").getText());
    }

    @Test
    void arrowKeysMoveBetweenCellsAndEscapeDropsTheTyping(FxRobot robot) {
        openValues(robot, StarterMetrics.CUSTOMERS_ACQUIRED);
        robot.clickOn("#cell-2026-08-ent-value");
        robot.push(KeyCode.DOWN);
        assertTrue(Focus.owns(cell(robot, "cell-2026-09-ent-value")));
        robot.push(KeyCode.UP).push(KeyCode.RIGHT);
        assertTrue(Focus.owns(cell(robot, "cell-2026-08-ent-target")));
        robot.write("99").push(KeyCode.ESCAPE);
        assertEquals("7", cell(robot, "cell-2026-08-ent-target").getText());
        robot.push(KeyCode.LEFT);
        robot.push(KeyCode.LEFT);
        assertTrue(Focus.owns(cell(robot, "cell-2026-08-ent-value")));
        assertEquals(Optional.of(d("7")), stored(StarterMetrics.CUSTOMERS_ACQUIRED, "2026-08", "ent").map(MetricValue::target));
    }

    @Test
    void textThatIsNotANumberIsRefusedAtTheCellAndNotSaved(FxRobot robot) {
        openValues(robot, StarterMetrics.CUSTOMERS_ACQUIRED);
        robot.clickOn("#cell-2026-10-ent-value").write("seven").push(KeyCode.ENTER);
        robot.clickOn("#cell-2026-10-ent-value");
        Label error = robot.lookup("#values-cell-error").queryAs(Label.class);
        assertEquals("\"seven\" is not a number", error.getText());
        assertEquals("seven", cell(robot, "cell-2026-10-ent-value").getText(), "the typed text stays to be fixed");
        assertTrue(cell(robot, "cell-2026-10-ent-value").getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("danger")));
        assertTrue(stored(StarterMetrics.CUSTOMERS_ACQUIRED, "2026-10", "ent").isEmpty());
        robot.interact(() -> cell(robot, "cell-2026-10-ent-value").setText("6"));
        robot.push(KeyCode.ENTER);
        FxWait.until(() -> stored(StarterMetrics.CUSTOMERS_ACQUIRED, "2026-10", "ent").isPresent());
    }

    @Test
    void pastingABlockCopiedFromASpreadsheetFillsTheCellsFromTheFocusedOne(FxRobot robot) {
        openValues(robot, StarterMetrics.CUSTOMERS_ACQUIRED);
        robot.clickOn("#cell-2026-09-ent-value");
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("6\t7\t250\n8\t7\t244\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        FxWait.until(() -> stored(StarterMetrics.CUSTOMERS_ACQUIRED, "2026-10", "mid").isPresent());
        assertEquals(Optional.of(new MetricValue("2026-09", "ent", d("6"), d("7"), null)),
                stored(StarterMetrics.CUSTOMERS_ACQUIRED, "2026-09", "ent"));
        assertEquals(Optional.of(new MetricValue("2026-10", "ent", d("8"), d("7"), null)),
                stored(StarterMetrics.CUSTOMERS_ACQUIRED, "2026-10", "ent"));
        assertEquals(Optional.of(d("244")), stored(StarterMetrics.CUSTOMERS_ACQUIRED, "2026-10", "mid")
                .map(MetricValue::value));
        assertEquals("250", cell(robot, "cell-2026-09-mid-value").getText());
    }

    @Test
    void aNoteIsSavedWithItsValue(FxRobot robot) {
        openValues(robot, StarterMetrics.CUSTOMERS_ACQUIRED);
        robot.clickOn("#cell-2026-08-ent-value");
        robot.clickOn("#values-note").write("Two wins slipped into September").push(KeyCode.ENTER);
        FxWait.until(() -> stored(StarterMetrics.CUSTOMERS_ACQUIRED, "2026-08", "ent").map(MetricValue::note)
                .filter("Two wins slipped into September"::equals).isPresent());
        assertEquals(Optional.of(d("5")), stored(StarterMetrics.CUSTOMERS_ACQUIRED, "2026-08", "ent").map(MetricValue::value));
    }

    @Test
    void theImportPreviewSaysWhatChangesAndNothingIsWrittenUntilCommitted(FxRobot robot) throws IOException {
        MetricsSectionView view = section(robot);
        Path csv = home.resolve("october.csv");
        Files.writeString(csv, "metric,period,segment,value,target\n"
                + "Customers lost,2026-10,Enterprise,5,\n"
                + "Customers lost,2026-10,Mid-market,231,220\n"
                + "Customers lost,2026-09,Mid-market,229,220\n", StandardCharsets.UTF_8);
        robot.interact(() -> view.model().previewImport(csv));
        FxWait.until(() -> robot.lookup("#import-table").tryQuery().isPresent());
        assertEquals("1 new", robot.lookup("#import-new").queryAs(Label.class).getText());
        assertEquals("1 replaced", robot.lookup("#import-replaced").queryAs(Label.class).getText());
        assertEquals("1 unchanged", robot.lookup("#import-unchanged").queryAs(Label.class).getText());
        assertEquals(2, robot.lookup("#import-table").queryAs(TableView.class).getItems().size(),
                "unchanged rows are hidden unless asked for");
        robot.clickOn("#import-show-unchanged");
        FxWait.until(() -> robot.lookup("#import-table").queryAs(TableView.class).getItems().size() == 3);
        assertEquals(Optional.of(d("4")), stored(StarterMetrics.CUSTOMERS_LOST, "2026-10", "ent").map(MetricValue::value),
                "a preview writes nothing");
        robot.clickOn("#import-commit");
        FxWait.until(() -> stored(StarterMetrics.CUSTOMERS_LOST, "2026-09", "mid").isPresent());
        assertEquals(Optional.of(new MetricValue("2026-10", "ent", d("5"), d("3"), null)),
                stored(StarterMetrics.CUSTOMERS_LOST, "2026-10", "ent"));
        FxWait.until(() -> robot.lookup("#metrics-status").queryAs(Label.class).getText().startsWith("Imported october.csv"));
        assertFalse(robot.lookup("#import-preview").queryAs(Node.class).isVisible());

        robot.interact(() -> view.model().previewImport(csv));
        FxWait.until(() -> robot.lookup("#import-table").tryQuery().isPresent()
                && robot.lookup("#import-unchanged").queryAs(Label.class).getText().equals("3 unchanged"));
        assertTrue(robot.lookup("#import-commit").queryAs(Node.class).isDisabled(), "a second import changes nothing");
        robot.clickOn("#import-cancel");
    }

    @Test
    void aBadFileIsListedLineByLineAndNothingIsImported(FxRobot robot) throws IOException {
        MetricsSectionView view = section(robot);
        Path csv = home.resolve("bad.csv");
        Files.writeString(csv, "metric;period;segment;value\n"
                + "Customers lost;2026-11;Enterprise;3\n"
                + "Customers lost;2026-11;Atlantis;3\n"
                + "Customers lost;2026-12;Enterprise;1.240\n", StandardCharsets.UTF_8);
        robot.interact(() -> view.model().previewImport(csv));
        FxWait.until(() -> robot.lookup("#import-problems").tryQuery().isPresent());
        ListView<?> problems = robot.lookup("#import-problems").queryAs(ListView.class);
        assertEquals(2, problems.getItems().size());
        assertTrue(problems.getItems().getFirst().toString().startsWith("bad.csv: line 3, column 3 (segment)"));
        assertTrue(robot.lookup("#import-rejected").queryAs(Label.class).getText().startsWith("Nothing was imported"));
        robot.clickOn("#import-close");
        assertTrue(stored(StarterMetrics.CUSTOMERS_LOST, "2026-11", "ent").isEmpty());
    }

    @Test
    void aDashboardTileOpensItsMetricsPage(FxRobot robot) {
        section(robot);
        FxWait.until(() -> robot.lookup("#tile-customers-lost").tryQuery().isPresent());
        assertTrue(robot.lookup("#tile-state-customers-lost").queryAs(Label.class).getText()
                .startsWith("Off target in Enterprise, Mid-market"));
        robot.clickOn("#tile-customers-lost");
        FxWait.until(() -> robot.lookup("#metric-chart").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Metric> select = robot.lookup("#metric-select").queryAs(ComboBox.class);
        assertEquals("Customers lost", select.getValue().name());
        assertEquals("Off target this period", robot.lookup("#state-ent").queryAs(Label.class).getText());
        TabPane tabs = robot.lookup(".section-tabs").queryAllAs(TabPane.class).stream()
                .filter(t -> t.getTabs().size() == 4).findFirst().orElseThrow();
        assertEquals("tab-metric", tabs.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void aReloadThatFindsNothingNewKeepsWhatIsShownAndAChangeIsShown(FxRobot robot) {
        MetricsSectionView view = section(robot);
        MetricsViewModel model = view.model();
        FxWait.until(() -> model.dashboardProperty().get() != null);
        Workspace shown = model.workspaceProperty().get();
        var dashboard = model.dashboardProperty().get();
        java.util.concurrent.atomic.AtomicInteger redrawn = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> model.dashboardProperty().addListener((o, was, now) -> redrawn.incrementAndGet()));

        robot.clickOn("#tab-metric"); // selecting a tab reloads the screen
        robot.clickOn("#tab-metrics-dashboard");
        executor.drain();
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(shown, model.workspaceProperty().get(), "the same records stay shown");
        assertSame(dashboard, model.dashboardProperty().get());
        assertEquals(0, redrawn.get());

        new MetricService(context.session().current()).setValue(StarterMetrics.CUSTOMERS_LOST, "2026-11", "ent",
                new BigDecimal("9"), new BigDecimal("3"), null); // written elsewhere (another window's edit)
        robot.interact(() -> model.select(StarterMetrics.CUSTOMERS_LOST));
        robot.clickOn("#tab-metric");
        FxWait.until(() -> model.workspaceProperty().get() != shown);
        FxWait.until(() -> robot.lookup("#latest-ent").queryAs(Label.class).getText().equals("9"));
        assertTrue(redrawn.get() > 0, "the dashboard was given the new figures");
    }

    @Test
    void aDefinitionIsRenamedAsYouTypeAndADuplicateNameIsRefused(FxRobot robot) {
        MetricsSectionView view = section(robot);
        FxWait.until(() -> !view.model().metrics().isEmpty());
        robot.clickOn("#tab-metric-definitions");
        robot.interact(() -> view.model().select(StarterMetrics.COST_TO_SERVE));
        TextField name = robot.lookup("#def-name").queryAs(TextField.class);
        FxWait.until(() -> name.getText().equals("Cost to serve"));
        robot.interact(() -> name.setText("Retention rate"));
        assertTrue(robot.lookup("#def-error").queryAs(Label.class).getText().contains("already named"));
        robot.interact(() -> name.setText("Cost to serve a customer"));
        assertEquals("", robot.lookup("#def-error").queryAs(Label.class).getText());
        FxWait.until(() -> onDisk().metrics().stream().map(Metric::name).toList().contains("Cost to serve a customer"));
        assertEquals(List.of(), onDisk().metrics().stream().filter(m -> m.name().equals("Cost to serve")).toList());
    }

    @Test
    void theDashboardGetsAllItsRowsAFrameAfterTheFirstAndOnlyTheLastRowClosesTheCard(FxRobot robot) {
        MetricsSectionView view = section(robot);
        DashboardView dashboard = robot.lookup("#metrics-dashboard").queryAs(DashboardView.class);
        FxWait.until(() -> dashboard.getItems().stream().filter(r -> r instanceof DashboardView.Title).count() == 2);
        int rows = dashboard.getItems().size();
        assertTrue(rows > 3, "more rows than a first frame shows: " + rows);
        robot.interact(() -> {
            var shown = view.model().dashboardProperty().get();
            view.model().dashboardProperty().set(null);
            view.model().dashboardProperty().set(shown);
            assertEquals(3, dashboard.getItems().size(), "an empty dashboard in a shown window fills in two frames");
        });
        FxWait.until(() -> dashboard.getItems().size() == rows);
        WaitForAsyncUtils.waitForFxEvents();
        int last = rows - 1;
        List<Integer> closing = robot.lookup(".dashboard-row-last").queryAll().stream()
                .map(n -> ((IndexedCell<?>) n).getIndex()).toList();
        assertTrue(closing.stream().allMatch(i -> i == last), "rows marked last: " + closing + ", last is " + last);
        robot.interact(() -> dashboard.scrollTo(last));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(last), robot.lookup(".dashboard-row-last").queryAll().stream()
                .map(n -> ((IndexedCell<?>) n).getIndex()).toList());
    }

    @Test
    void theChartShowsTheLastTwoYearsUntilMoreHistoryIsAskedFor(FxRobot robot) {
        MetricsSectionView view = section(robot);
        FxWait.until(() -> robot.lookup("#tile-customers-lost").tryQuery().isPresent());
        robot.clickOn("#tile-customers-lost");
        FxWait.until(() -> robot.lookup("#metric-chart").tryQuery().isPresent());
        assertTrue(robot.lookup("#metric-range").tryQuery().isEmpty(), "three months of history need no choice");

        List<MetricTrend.Point> sixYears = new java.util.ArrayList<>();
        for (Period p = Period.monthly(2021, 1); !p.isAfter(Period.monthly(2026, 12)); p = p.next()) {
            sixYears.add(new MetricTrend.Point(p.toString(), d("100"), d("90")));
        }
        MetricTrend.Line total = new MetricTrend.Line(null, null, sixYears, sixYears.getLast(), d("100"), d("100"),
                true, false, 0);
        robot.interact(() -> view.model().trendProperty().set(new MetricTrend("long", "Net revenue retention", null,
                MetricCategory.LOYALTY, MetricUnit.PERCENT, null, Direction.HIGHER_IS_BETTER, MetricCadence.MONTHLY,
                false, null, List.of(total))));
        // The chart is made a frame or two after its data (MetricPageView), so each count is waited for.
        FxWait.until(() -> categories(robot) == 24);
        assertEquals(24, categories(robot), "the last two years by default");
        assertEquals("Jan 2025", firstCategory(robot));
        robot.clickOn("#metric-range-5y");
        FxWait.until(() -> categories(robot) == 60);
        assertEquals(60, categories(robot));
        robot.clickOn("#metric-range-all");
        FxWait.until(() -> categories(robot) == 72);
        assertEquals(72, categories(robot));
        assertEquals("Jan 2021", firstCategory(robot));
        assertTrue(robot.lookup("#metric-range-all").queryAs(ToggleButton.class).isSelected(),
                "the choice stays shown as chosen");
    }

    /** The chart's months; -1 while no chart is shown (it comes a frame or two after its data). */
    private static int categories(FxRobot robot) {
        return robot.lookup("#metric-chart").tryQueryAs(LineChart.class)
                .map(chart -> chart.getXAxis() instanceof CategoryAxis x ? x.getCategories().size() : -1).orElse(-1);
    }

    private static String firstCategory(FxRobot robot) {
        return ((CategoryAxis) robot.lookup("#metric-chart").queryAs(LineChart.class).getXAxis()).getCategories()
                .getFirst();
    }
}
