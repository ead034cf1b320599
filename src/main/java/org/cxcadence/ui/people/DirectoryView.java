package org.cxcadence.ui.people;

import java.util.Locale;
import java.util.function.Consumer;

import org.cxcadence.service.DirectoryKind;
import org.cxcadence.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * List on the left, details on the right. Reorder by dragging or Alt+Up/Down; Ctrl+N adds;
 * Ctrl+Z undoes the last edit. Fields save as you type (no Save button).
 */
public final class DirectoryView extends BorderPane {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final DirectoryEditorViewModel model;
    private final Messages messages;
    private final String prefix;
    private final ListView<DirectoryRow> list = new ListView<>();
    private final TextField name = new TextField();
    private final TextField silo = new TextField();
    private final TextField title = new TextField();
    private final TextField email = new TextField();
    private boolean showingRow;

    public DirectoryView(DirectoryEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.prefix = model.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        setId("directory-" + prefix);
        getStyleClass().add("directory");
        setLeft(buildList());
        setCenter(buildDetail());
        model.selectedProperty().addListener((o, was, now) -> {
            follow(was, now);
            showRow(now);
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        org.cxcadence.ui.common.KeyHelp.declare(this, java.util.List.of(
                org.cxcadence.ui.common.KeyHelp.Hint.of(ADD, messages.get("keys.add")),
                org.cxcadence.ui.common.KeyHelp.Hint.of(UNDO, messages.get("keys.undo")),
                new org.cxcadence.ui.common.KeyHelp.Hint("Alt+↑ / Alt+↓", messages.get("keys.reorder"))));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && !(e.getTarget() instanceof TextInputControl)) {
                model.undo();
                e.consume();
            } else if (ADD.match(e)) {
                model.add();
                name.requestFocus();
                name.selectAll();
                e.consume();
            }
        });
        follow(null, model.selectedProperty().get());
        showRow(model.selectedProperty().get());
    }

    private VBox buildList() {
        Button add = toolButton("add", Material2OutlinedAL.ADD, "directory.add", e -> {
            model.add();
            name.requestFocus();
            name.selectAll();
        });
        Button up = toolButton("up", Material2OutlinedAL.ARROW_UPWARD, "directory.moveUp", e -> model.moveSelected(-1));
        Button down = toolButton("down", Material2OutlinedAL.ARROW_DOWNWARD, "directory.moveDown", e -> model.moveSelected(1));
        Button archive = toolButton("archive", Material2OutlinedAL.ARCHIVE, "directory.archive", e -> model.toggleArchived());
        Button undo = toolButton("undo", Material2OutlinedMZ.UNDO, "directory.undo", e -> model.undo());
        undo.disableProperty().bind(model.undoStack().canUndoProperty().not());
        model.selectedProperty().addListener((o, w, row) -> {
            boolean archived = row != null && row.archivedProperty().get();
            archive.getTooltip().setText(messages.get(archived ? "directory.restore" : "directory.archive"));
        });
        for (Button b : new Button[] {up, down, archive}) {
            b.disableProperty().bind(model.selectedProperty().isNull());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(4, add, spacer, up, down, archive, undo);
        tools.getStyleClass().add("directory-tools");
        tools.setAlignment(Pos.CENTER_LEFT);

        list.setId(prefix + "-list");
        list.setItems(model.visibleRows());
        list.setCellFactory(v -> new RowCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, w, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                model.moveSelected(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        Label empty = new Label(messages.get("directory.empty." + prefix));
        empty.setWrapText(true);
        empty.getStyleClass().add("caption");
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);

        CheckBox showArchived = new CheckBox(messages.get("directory.showArchived"));
        showArchived.setId(prefix + "-show-archived");
        showArchived.selectedProperty().bindBidirectional(model.showArchivedProperty());
        VBox box = new VBox(8, tools, list, showArchived);
        box.getStyleClass().add("directory-list");
        box.setPrefWidth(340);
        return box;
    }

    private Button toolButton(String id, org.kordamp.ikonli.Ikon icon, String key,
                              javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(prefix + "-" + id);
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(new Tooltip(messages.get(key)));
        b.setAccessibleText(messages.get(key));
        b.setOnAction(action);
        return b;
    }

    private VBox buildDetail() {
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.setHgap(12);
        form.setVgap(6);
        int row = 0;
        row = field(form, row, "name", name, model::editName, model.nameErrorProperty());
        if (model.kind() == DirectoryKind.PEOPLE) {
            row = field(form, row, "silo", silo, model::editSilo, null);
            row = field(form, row, "title", title, model::editTitle, null);
            field(form, row, "email", email, model::editEmail, model.emailErrorProperty());
        }
        Label heading = new Label();
        heading.getStyleClass().add("title-3");
        heading.textProperty().bind(name.textProperty());
        Label archivedBadge = new Label(messages.get("directory.archivedBadge"));
        archivedBadge.getStyleClass().add("badge-muted");
        model.selectedProperty().addListener((o, w, r) -> {
            archivedBadge.visibleProperty().unbind();
            if (r != null) {
                archivedBadge.visibleProperty().bind(r.archivedProperty());
            } else {
                archivedBadge.setVisible(false);
            }
        });
        archivedBadge.setVisible(false);
        HBox head = new HBox(10, heading, archivedBadge);
        head.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(messages.get("directory.hint." + prefix));
        hint.setWrapText(true);
        hint.getStyleClass().add("caption");
        Label autosave = new Label(messages.get("directory.autosave"));
        autosave.getStyleClass().add("caption");
        VBox detail = new VBox(14, head, form, hint, autosave);
        detail.setPadding(new Insets(4, 24, 24, 24));
        detail.getStyleClass().add("directory-detail");
        detail.disableProperty().bind(model.selectedProperty().isNull());
        return detail;
    }

    private int field(GridPane form, int row, String key, TextField field, Consumer<String> onEdit,
                      javafx.beans.property.StringProperty error) {
        Label label = new Label(messages.get("directory.field." + key));
        label.setLabelFor(field);
        field.setId(prefix + "-" + key);
        field.setPrefColumnCount(28);
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                model.endEdit();
            }
        });
        field.textProperty().addListener((o, was, now) -> {
            if (!showingRow) {
                onEdit.accept(now);
            }
        });
        form.add(label, 0, row);
        form.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (error != null) {
            Label message = new Label();
            message.setId(prefix + "-" + key + "-error");
            message.getStyleClass().add("error-text");
            message.textProperty().bind(error);
            message.visibleProperty().bind(error.isNotEmpty());
            message.managedProperty().bind(message.visibleProperty());
            form.add(message, 1, row + 1);
            error.addListener((o, w, now) -> field.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("danger"), !now.isEmpty()));
            return row + 2;
        }
        return row + 1;
    }

    private void showRow(DirectoryRow row) {
        showingRow = true;
        try {
            name.setText(row == null ? "" : row.nameProperty().get());
            silo.setText(row == null ? "" : nullToEmpty(row.siloProperty().get()));
            title.setText(row == null ? "" : nullToEmpty(row.titleProperty().get()));
            email.setText(row == null ? "" : nullToEmpty(row.emailProperty().get()));
        } finally {
            showingRow = false;
        }
    }

    /**
     * Keeps each field in step when its value changes from elsewhere (undo). Typing changes the row
     * too, so a field is only rewritten when it says something else than the row, trimmed; and only
     * the field whose value changed, so text being fixed in another field is never overwritten.
     */
    private final java.util.Map<javafx.beans.property.StringProperty, javafx.beans.value.ChangeListener<String>> following =
            new java.util.HashMap<>();

    private void follow(DirectoryRow was, DirectoryRow now) {
        following.forEach(javafx.beans.property.StringProperty::removeListener);
        following.clear();
        if (now == null) {
            return;
        }
        watch(now.nameProperty(), name);
        watch(now.siloProperty(), silo);
        watch(now.titleProperty(), title);
        watch(now.emailProperty(), email);
    }

    private void watch(javafx.beans.property.StringProperty property, TextField field) {
        javafx.beans.value.ChangeListener<String> listener = (o, old, value) -> {
            showingRow = true;
            try {
                sync(field, value);
            } finally {
                showingRow = false;
            }
        };
        property.addListener(listener);
        following.put(property, listener);
    }

    private static void sync(TextField field, String value) {
        String wanted = nullToEmpty(value);
        if (!field.getText().strip().equals(wanted.strip())) {
            field.setText(wanted);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A list row: the name, the silo for people, a muted "archived" mark; draggable to reorder. */
    private final class RowCell extends ListCell<DirectoryRow> {
        RowCell() {
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                ClipboardContent content = new ClipboardContent();
                content.putString(getItem().id());
                startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() != this && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                String id = e.getDragboard().getString();
                DirectoryRow dragged = model.visibleRows().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
                DirectoryRow target = getItem() != null ? getItem()
                        : model.visibleRows().isEmpty() ? null : model.visibleRows().getLast();
                if (dragged != null && target != null) {
                    model.moveTo(dragged, target);
                }
                e.setDropCompleted(dragged != null);
                e.consume();
            });
        }

        @Override
        protected void updateItem(DirectoryRow item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("archived"), false);
                return;
            }
            setText(null);
            Label main = new Label();
            main.textProperty().bind(item.nameProperty());
            main.getStyleClass().add("row-name");
            VBox box = new VBox(2, main);
            if (model.kind() == DirectoryKind.PEOPLE) {
                Label sub = new Label();
                sub.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> joinNonBlank(item.titleProperty().get(), item.siloProperty().get()),
                        item.titleProperty(), item.siloProperty()));
                sub.getStyleClass().add("caption");
                box.getChildren().add(sub);
            }
            if (item.archivedProperty().get()) {
                Label badge = new Label(messages.get("directory.archivedBadge"));
                badge.getStyleClass().add("badge-muted");
                box.getChildren().add(badge);
            }
            setGraphic(box);
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("archived"), item.archivedProperty().get());
        }
    }

    private static String joinNonBlank(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        return hasA && hasB ? a + " · " + b : hasA ? a : hasB ? b : "";
    }
}
