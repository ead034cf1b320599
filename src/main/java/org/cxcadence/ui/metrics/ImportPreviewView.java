package org.cxcadence.ui.metrics;

import java.math.BigDecimal;
import java.util.List;

import org.cxcadence.service.MetricImportPlan;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The import preview, over the Metrics screen: what the file would change (new, replaced, unchanged),
 * row by row, before anything is written; or, for a file that cannot be imported, every problem with
 * its line and column and the reassurance that nothing was imported.
 */
final class ImportPreviewView extends StackPane {
    private final MetricsViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final VBox card = new VBox(14);
    private final CheckBox showUnchanged = new CheckBox();

    ImportPreviewView(MetricsViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        setId("import-preview");
        getStyleClass().add("import-backdrop");
        card.getStyleClass().addAll("card", "import-card");
        card.setMaxWidth(980);
        card.setMaxHeight(600);
        getChildren().add(card);
        visibleProperty().bind(model.importOpenProperty());
        managedProperty().bind(visibleProperty());
        showUnchanged.setId("import-show-unchanged");
        showUnchanged.setText(messages.get("metrics.import.showUnchanged"));
        showUnchanged.selectedProperty().addListener((o, w, n) -> render());
        model.importPlanProperty().addListener((o, w, n) -> render());
        model.importProblems().addListener((javafx.collections.ListChangeListener<String>) c -> render());
        model.importBusyProperty().addListener((o, w, n) -> render());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.closeImport();
            }
        });
        render();
    }

    private void render() {
        card.getChildren().clear();
        Label title = new Label(messages.format("metrics.import.title", model.importFileProperty().get()));
        title.getStyleClass().add("title-3");
        title.setId("import-title");
        card.getChildren().add(title);
        MetricImportPlan plan = model.importPlanProperty().get();
        if (!model.importProblems().isEmpty()) {
            Label lead = new Label(messages.format("metrics.import.rejected", model.importProblems().size()));
            lead.getStyleClass().add("error-text");
            lead.setWrapText(true);
            lead.setId("import-rejected");
            ListView<String> problems = new ListView<>(FXCollections.observableArrayList(model.importProblems()));
            problems.setId("import-problems");
            problems.getStyleClass().add("problem-list");
            VBox.setVgrow(problems, Priority.ALWAYS);
            Button close = new Button(messages.get("dialog.close"));
            close.setId("import-close");
            close.setDefaultButton(true);
            close.setOnAction(e -> model.closeImport());
            card.getChildren().addAll(lead, problems, buttons(close));
            return;
        }
        if (plan == null) {
            Label reading = new Label(messages.get("metrics.import.reading"));
            reading.getStyleClass().add("caption");
            Button cancel = new Button(messages.get("metrics.import.cancel"));
            cancel.setOnAction(e -> model.closeImport());
            card.getChildren().addAll(reading, buttons(cancel));
            return;
        }
        HBox counts = new HBox(10,
                badge("import-new", messages.format("metrics.import.new", plan.count(MetricImportPlan.Kind.NEW)), "badge-ok"),
                badge("import-replaced", messages.format("metrics.import.replaced",
                        plan.count(MetricImportPlan.Kind.REPLACED)), "badge-warn"),
                badge("import-unchanged", messages.format("metrics.import.unchanged",
                        plan.count(MetricImportPlan.Kind.UNCHANGED)), "badge-neutral"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        counts.getChildren().addAll(spacer, showUnchanged);
        counts.setAlignment(Pos.CENTER_LEFT);
        Label lead = new Label(messages.get(plan.changesAnything() ? "metrics.import.lead" : "metrics.import.nothing"));
        lead.setWrapText(true);
        List<MetricImportPlan.Change> rows = plan.changes().stream()
                .filter(c -> showUnchanged.isSelected() || c.kind() != MetricImportPlan.Kind.UNCHANGED).toList();
        TableView<MetricImportPlan.Change> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.setId("import-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("metrics.import.col.line", 50, c -> String.valueOf(c.line())));
        table.getColumns().add(column("metrics.import.col.metric", 210, MetricImportPlan.Change::metricName));
        table.getColumns().add(column("metrics.import.col.period", 90, c -> formats.period(c.period())));
        table.getColumns().add(column("metrics.import.col.segment", 130, c -> c.segmentName() == null
                ? messages.get("metrics.grid.total") : c.segmentName()));
        table.getColumns().add(column("metrics.import.col.now", 150, c -> pair(c.oldValue(), c.oldTarget(),
                c.kind() == MetricImportPlan.Kind.NEW)));
        table.getColumns().add(column("metrics.import.col.after", 150, c -> pair(c.newValue(), c.newTarget(), false)));
        table.getColumns().add(column("metrics.import.col.kind", 100,
                c -> messages.get("metrics.import.kind." + c.kind().name())));
        Label empty = new Label(messages.get("metrics.import.noRows"));
        empty.getStyleClass().add("caption");
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);
        long writes = plan.count(MetricImportPlan.Kind.NEW) + plan.count(MetricImportPlan.Kind.REPLACED);
        Button commit = new Button(messages.format("metrics.import.commit", writes));
        commit.setId("import-commit");
        commit.getStyleClass().add("accent");
        commit.setDefaultButton(true);
        commit.setDisable(writes == 0 || model.importBusyProperty().get());
        commit.setOnAction(e -> model.commitImport());
        Button cancel = new Button(messages.get("metrics.import.cancel"));
        cancel.setId("import-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.closeImport());
        card.getChildren().addAll(lead, counts, table, buttons(cancel, commit));
    }

    private String pair(BigDecimal value, BigDecimal target, boolean none) {
        if (none) {
            return "–";
        }
        String v = value == null ? "–" : value.toPlainString();
        return target == null ? v : messages.format("metrics.import.pair", v, target.toPlainString());
    }

    private TableColumn<MetricImportPlan.Change, String> column(String key, double width,
                                                                java.util.function.Function<MetricImportPlan.Change, String> text) {
        TableColumn<MetricImportPlan.Change, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private static Label badge(String id, String text, String style) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add(style);
        return l;
    }

    private static HBox buttons(Button... buttons) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(10, spacer);
        box.getChildren().addAll(buttons);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }
}
