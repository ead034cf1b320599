package org.cxcadence.ui.metrics;

import java.io.File;

import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;

/**
 * The Metrics section: Dashboard, Metric (one metric's trend), Values (the grid) and Definitions,
 * with "Import CSV…" always at hand; the import preview opens over the section.
 */
public final class MetricsSectionView extends StackPane {
    private final MetricsViewModel model;
    private final TabPane tabs = new TabPane();
    private final Tab dashboardTab;
    private final Tab metricTab;
    private final Tab valuesTab;

    public MetricsSectionView(MetricsViewModel model, Messages messages, Formats formats) {
        this.model = model;
        setId("metrics-section");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("section-tabs");
        dashboardTab = tab("tab-metrics-dashboard", messages.get("metrics.tab.dashboard"),
                new DashboardView(model, messages, formats, this::openMetric));
        metricTab = tab("tab-metric", messages.get("metrics.tab.metric"), null);
        valuesTab = tab("tab-metric-values", messages.get("metrics.tab.values"), null);
        valuesTab.setContent(new ValuesGridView(model, messages, formats, valuesTab.selectedProperty()));
        Tab definitions = tab("tab-metric-definitions", messages.get("metrics.tab.definitions"), null);
        tabs.getTabs().addAll(dashboardTab, metricTab, valuesTab, definitions);
        org.cxcadence.ui.common.LazyTabContent.install(tabs);
        // The metric's page and the definitions are made when their tab is first chosen: made at once, they
        // drew the selected metric at every load of the section and every metric chosen, unseen (a page
        // ~20-45 ms, the definitions ~10 ms of the frame that opens a metric on the large workspace).
        org.cxcadence.ui.common.LazyTabContent.buildWhenSelected(metricTab, () -> new MetricPageView(model, messages, formats));
        org.cxcadence.ui.common.LazyTabContent.buildWhenSelected(definitions, () -> new DefinitionsView(model, messages));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (was == valuesTab || now == dashboardTab || now == metricTab) {
                model.refresh();
            } else {
                model.autosaver().flush();
            }
        });

        Label status = new Label();
        status.setId("metrics-status");
        status.getStyleClass().add("caption");
        status.textProperty().bind(model.statusProperty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        Button importButton = new Button(messages.get("metrics.import.button"), new FontIcon(Material2OutlinedAL.FILE_UPLOAD));
        importButton.setId("metrics-import");
        importButton.setOnAction(e -> chooseFile(messages));
        HBox corner = new HBox(12, error, status, importButton);
        corner.setAlignment(Pos.TOP_RIGHT);
        corner.setPadding(new Insets(10, 20, 0, 0));
        corner.setPickOnBounds(false);
        corner.setMaxHeight(HBox.USE_PREF_SIZE);
        StackPane.setAlignment(corner, Pos.TOP_RIGHT);

        getChildren().addAll(tabs, corner, new ImportPreviewView(model, messages, formats));
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }

    /** A tile was chosen: show its metric's page. */
    public void openMetric(String metricId) {
        model.select(metricId);
        tabs.getSelectionModel().select(metricTab);
    }

    public MetricsViewModel model() {
        return model;
    }

    private void chooseFile(Messages messages) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("metrics.import.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("metrics.import.filter"), "*.csv", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter(messages.get("metrics.import.filterAll"), "*"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.previewImport(file.toPath());
        }
    }
}
