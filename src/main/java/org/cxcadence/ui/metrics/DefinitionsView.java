package org.cxcadence.ui.metrics;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.cxcadence.domain.Direction;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.MetricCategory;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.StarterMetrics;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.LongLists;
import org.cxcadence.ui.common.Tooltips;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The metric definitions: the list in the CCO's order (which the dashboard follows; Alt+↑/↓ or the
 * arrows move a metric), and the selected one's name, description, category, unit, currency,
 * direction, cadence, owner and whether it is tracked per segment. Saved as you type.
 */
final class DefinitionsView extends BorderPane {
    private final MetricsViewModel model;
    private final Messages messages;
    private final ListView<Metric> list = new ListView<>();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<MetricCategory> category = new ComboBox<>();
    private final ComboBox<MetricUnit> unit = new ComboBox<>();
    private final TextField currency = new TextField();
    private final ComboBox<Direction> direction = new ComboBox<>();
    private final ComboBox<MetricCadence> cadence = new ComboBox<>();
    private final ComboBox<Person> owner = LongLists.measureFirstRows(new ComboBox<>());
    private final CheckBox perSegment = new CheckBox();
    private final Label fixed = new Label();
    private final Label computed = new Label();
    private final Person noOwner;
    private boolean loading;

    DefinitionsView(MetricsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        // A stand-in for "nobody": a null item in a ComboBox does not render as the chosen value.
        this.noOwner = new Person("\u0000no-owner", messages.get("metrics.def.noOwner"), null, null, null, null, true);
        setId("metric-definitions");
        getStyleClass().add("directory");
        setLeft(buildList());
        setCenter(buildForm());
        model.selectedMetricIdProperty().addListener((o, was, now) -> show());
        model.workspaceProperty().addListener((o, was, now) -> show());
        model.metrics().addListener((javafx.collections.ListChangeListener<Metric>) c -> keepSelection());
        show();
    }

    private VBox buildList() {
        Button add = tool("def-add", Material2OutlinedAL.ADD, "metrics.def.add", model::addMetric);
        Button up = tool("def-up", Material2OutlinedAL.ARROW_UPWARD, "directory.moveUp", () -> model.moveSelected(-1));
        Button down = tool("def-down", Material2OutlinedAL.ARROW_DOWNWARD, "directory.moveDown", () -> model.moveSelected(1));
        Button delete = tool("def-delete", Material2OutlinedMZ.REMOVE_CIRCLE_OUTLINE, "metrics.def.delete",
                model::deleteSelected);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(4, add, spacer, up, down, delete);
        tools.setAlignment(Pos.CENTER_LEFT);
        list.setId("definitions-list");
        list.setItems(model.metrics());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Metric m, boolean empty) {
                super.updateItem(m, empty);
                if (empty || m == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(null);
                Label main = new Label(m.name());
                main.getStyleClass().add("row-name");
                Label sub = new Label(messages.get("metrics.category." + m.category().name()) + " · "
                        + messages.get("metrics.cadence." + m.cadence().name()));
                sub.getStyleClass().add("caption");
                setGraphic(new VBox(2, main, sub));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !Objects.equals(now.id(), model.selectedMetricIdProperty().get())) {
                model.autosaver().flush();
                model.select(now.id());
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                model.moveSelected(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, tools, list);
        box.getStyleClass().add("directory-list");
        box.setPrefWidth(320);
        return box;
    }

    private Button tool(String id, org.kordamp.ikonli.Ikon icon, String key, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("button-icon", "flat");
        Tooltips.onFirstHover(b, messages.get(key));
        b.setAccessibleText(messages.get(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private VBox buildForm() {
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.setHgap(12);
        form.setVgap(8);
        name.setId("def-name");
        description.setId("def-description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        enumBox(category, "def-category", MetricCategory.values(), "metrics.category.");
        enumBox(unit, "def-unit", MetricUnit.values(), "metrics.unit.");
        enumBox(direction, "def-direction", Direction.values(), "metrics.direction.");
        enumBox(cadence, "def-cadence", MetricCadence.values(), "metrics.cadence.");
        currency.setId("def-currency");
        currency.setPrefColumnCount(5);
        currency.setPromptText("USD");
        owner.setId("def-owner");
        owner.setConverter(new StringConverter<>() {
            @Override
            public String toString(Person p) {
                return p == null ? "" : p.name();
            }

            @Override
            public Person fromString(String s) {
                return null;
            }
        });
        perSegment.setId("def-per-segment");
        perSegment.setText(messages.get("metrics.def.perSegment.text"));
        int row = 0;
        row = add(form, row, "name", name);
        row = add(form, row, "description", description);
        row = add(form, row, "category", category);
        HBox unitRow = new HBox(10, unit, new Label(messages.get("metrics.def.currency")), currency);
        unitRow.setAlignment(Pos.CENTER_LEFT);
        row = add(form, row, "unit", unitRow);
        row = add(form, row, "direction", direction);
        row = add(form, row, "cadence", cadence);
        row = add(form, row, "owner", owner);
        add(form, row, "perSegment", perSegment);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setHgrow(description, Priority.ALWAYS);

        name.textProperty().addListener((o, w, n) -> save());
        description.textProperty().addListener((o, w, n) -> save());
        currency.textProperty().addListener((o, w, n) -> save());
        unit.valueProperty().addListener((o, w, n) -> currency.setDisable(n != MetricUnit.CURRENCY));
        for (ComboBox<?> box : List.of(category, unit, direction, cadence, owner)) {
            box.valueProperty().addListener((o, w, n) -> save());
        }
        perSegment.selectedProperty().addListener((o, w, n) -> save());

        Label error = new Label();
        error.setId("def-error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.definitionErrorProperty());
        error.setWrapText(true);
        fixed.getStyleClass().add("caption");
        fixed.setWrapText(true);
        computed.getStyleClass().add("caption");
        computed.setWrapText(true);
        computed.setText(messages.get("metrics.def.computed"));
        computed.managedProperty().bind(computed.visibleProperty());
        Label autosave = new Label(messages.get("directory.autosave"));
        autosave.getStyleClass().add("caption");
        VBox detail = new VBox(12, form, error, computed, fixed, autosave);
        detail.setPadding(new Insets(4, 24, 24, 24));
        detail.setMaxWidth(760);
        return detail;
    }

    private <E extends Enum<E>> void enumBox(ComboBox<E> box, String id, E[] values, String prefix) {
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : messages.get(prefix + e.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
    }

    private int add(GridPane form, int row, String key, javafx.scene.Node field) {
        Label label = new Label(messages.get("metrics.def." + key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        form.add(label, 0, row);
        form.add(field, 1, row);
        return row + 1;
    }

    private void keepSelection() {
        String id = model.selectedMetricIdProperty().get();
        Metric selected = list.getSelectionModel().getSelectedItem();
        if (id != null && (selected == null || !selected.id().equals(id))) {
            model.metrics().stream().filter(m -> m.id().equals(id)).findFirst()
                    .ifPresent(m -> list.getSelectionModel().select(m));
        }
    }

    private void show() {
        loading = true;
        try {
            keepSelection();
            Metric m = model.selectedMetric().orElse(null);
            setDisable(false);
            ((VBox) getCenter()).setDisable(m == null);
            if (m == null) {
                return;
            }
            name.setText(m.name());
            description.setText(m.description() == null ? "" : m.description());
            category.setValue(m.category());
            unit.setValue(m.unit());
            currency.setText(m.currencyCode() == null ? "" : m.currencyCode());
            direction.setValue(m.direction());
            cadence.setValue(m.cadence());
            List<Person> people = model.workspaceProperty().get() == null ? List.of()
                    : model.workspaceProperty().get().people().stream().filter(Person::active).toList();
            // Clear first: an equal value set again after the items changed would not refresh the shown text.
            owner.setValue(null);
            List<Person> choices = new java.util.ArrayList<>(people);
            choices.addFirst(noOwner);
            owner.getItems().setAll(choices);
            owner.getSelectionModel().select(people.stream().filter(p -> p.id().equals(m.ownerId())).findFirst()
                    .orElse(noOwner));
            perSegment.setSelected(m.perSegment());
            boolean hasValues = !m.values().isEmpty();
            cadence.setDisable(hasValues);
            currency.setDisable(m.unit() != MetricUnit.CURRENCY);
            perSegment.setDisable(hasValues && m.perSegment());
            fixed.setText(hasValues ? messages.get("metrics.def.fixed") : "");
            computed.setVisible(StarterMetrics.isComputed(m));
            model.definitionErrorProperty().set("");
        } finally {
            loading = false;
        }
    }

    private void save() {
        if (loading) {
            return;
        }
        Metric m = model.selectedMetric().orElse(null);
        if (m == null) {
            return;
        }
        String code = currency.getText() == null || currency.getText().isBlank() ? null
                : currency.getText().strip().toUpperCase(Locale.ROOT);
        String text = description.getText() == null || description.getText().isBlank() ? null : description.getText();
        Person who = owner.getValue() == null || owner.getValue() == noOwner ? null : owner.getValue();
        if (name.getText() == null || name.getText().isBlank()) {
            model.definitionErrorProperty().set(messages.get("metrics.def.error.name"));
            return;
        }
        Metric edited;
        try {
            edited = new Metric(m.id(), name.getText(), category.getValue(), unit.getValue(), direction.getValue(),
                    cadence.getValue(), text, unit.getValue() == MetricUnit.CURRENCY ? code : null, perSegment.isSelected(), m.position(), who == null ? null : who.id(),
                    List.of());
        } catch (IllegalArgumentException e) {
            model.definitionErrorProperty().set(e.getMessage());
            return;
        }
        model.saveDefinition(edited);
    }
}
