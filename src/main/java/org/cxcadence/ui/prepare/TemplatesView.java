package org.cxcadence.ui.prepare;

import java.util.Objects;

import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.prepare.TemplateRows.SectionRow;
import org.cxcadence.ui.prepare.TemplateRows.TemplateRow;
import org.cxcadence.ui.common.LongLists;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Agenda templates: the templates on the left; the selected one's name and the series it is the
 * default agenda of; its sections in order (drag, or Alt+Up/Down) with the selected section's title,
 * kind, topic area and timebox. Ctrl+N adds a section, Delete removes it, Ctrl+Z / Ctrl+Shift+Z undo
 * and redo. Every edit is saved as it is made.
 */
public final class TemplatesView extends BorderPane {

    /** A choice in a combo box that may also be "none" (a null id). */
    record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final TemplatesViewModel model;
    private final Messages messages;
    private final ListView<TemplateRow> list = new ListView<>();
    private final ListView<SectionRow> sectionList = new ListView<>();
    private final TextField name = new TextField();
    private final ComboBox<Choice> defaultFor = LongLists.measureFirstRows(new ComboBox<>());
    private final TextField title = new TextField();
    private final ComboBox<AgendaItemKind> kind = new ComboBox<>(
            FXCollections.observableArrayList(AgendaItemKind.values()));
    private final ComboBox<Choice> area = new ComboBox<>();
    private final TextField minutes = new TextField();
    private boolean showing;

    public TemplatesView(TemplatesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("templates");
        getStyleClass().add("templates");
        setLeft(buildList());
        setCenter(buildEditor());
        setBottom(PrepareControls.statusBar(messages, "templates", model.noticeProperty(), model.errorProperty()));
        model.selectedProperty().addListener((o, was, now) -> {
            showTemplate(now);
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        model.selectedSectionProperty().addListener((o, was, now) -> {
            showSection(now);
            if (now != null && sectionList.getSelectionModel().getSelectedItem() != now) {
                sectionList.getSelectionModel().select(now);
                sectionList.scrollTo(now);
            }
        });
        model.restoredProperty().addListener((o, w, n) -> showTemplate(model.selectedProperty().get()));
        model.series().addListener((ListChangeListener<MeetingSeries>) c -> fillSeriesChoices());
        model.topicAreas().addListener((ListChangeListener<TopicArea>) c -> fillAreaChoices());
        fillSeriesChoices();
        fillAreaChoices();
        PrepareControls.editorKeys(messages, this, model::undo, model::redo, () -> model.addSection() != null, title);
        showTemplate(model.selectedProperty().get());
    }


    // --- left: the templates ---

    private Node buildList() {
        Button add = PrepareControls.tool(messages, "templates-new", Material2OutlinedAL.ADD, "templates.new", () -> {
            model.create();
            name.requestFocus();
            name.selectAll();
        });
        Button copy = PrepareControls.tool(messages, "templates-duplicate", Material2OutlinedAL.CONTENT_COPY, "templates.duplicate", () -> {
            if (model.duplicate() != null) {
                name.requestFocus();
                name.selectAll();
            }
        });
        Button delete = PrepareControls.tool(messages, "templates-delete", Material2OutlinedAL.DELETE, "templates.delete", model::deleteSelected);
        // Undo and redo stay here, outside the editor, so a deleted template can be brought back.
        Button undo = PrepareControls.tool(messages, "templates-undo", Material2OutlinedMZ.UNDO, "prepare.undo", model::undo);
        Button redo = PrepareControls.tool(messages, "templates-redo", Material2OutlinedMZ.REDO, "prepare.redo", model::redo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        redo.disableProperty().bind(model.canRedoProperty().not());
        copy.disableProperty().bind(model.selectedProperty().isNull());
        delete.disableProperty().bind(model.selectedProperty().isNull());
        add.setText(messages.get("templates.newShort"));
        add.getStyleClass().remove("button-icon");
        Label heading = new Label(messages.get("templates.heading"));
        heading.getStyleClass().add("title-3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(4, add, copy, delete, spacer, undo, redo);
        tools.setAlignment(Pos.CENTER_LEFT);

        list.setId("templates-list");
        list.setItems(model.templates());
        list.setCellFactory(v -> new TemplateCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, w, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.deleteSelected();
                e.consume();
            }
        });
        Label empty = new Label(messages.get("templates.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("caption");
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label(messages.get("templates.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("caption");
        VBox box = new VBox(8, heading, tools, list, hint);
        box.getStyleClass().add("templates-list");
        box.setPrefWidth(300);
        box.setMinWidth(260);
        return box;
    }

    private final class TemplateCell extends ListCell<TemplateRow> {
        @Override
        protected void updateItem(TemplateRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label();
            title.textProperty().bind(row.nameProperty());
            title.getStyleClass().add("row-name");
            PrepareControls.wrapWithin(title, list, 44);
            Label sub = new Label();
            sub.textProperty().bind(Bindings.createStringBinding(() -> model.summary(row), row.sectionsProperty(),
                    row.seriesIdProperty(), row.nameProperty()));
            sub.getStyleClass().add("caption");
            PrepareControls.wrapWithin(sub, list, 44);
            VBox text = new VBox(2, title, sub);
            text.setMinWidth(0);
            text.prefWidthProperty().bind(list.widthProperty().subtract(40));
            text.maxWidthProperty().bind(text.prefWidthProperty());
            setGraphic(text);
        }
    }

    // --- centre: the selected template ---

    private Node buildEditor() {
        name.setId("templates-name");
        defaultFor.setId("templates-default");
        defaultFor.setMaxWidth(Double.MAX_VALUE);
        GridPane head = new GridPane();
        head.getStyleClass().add("form");
        head.setHgap(12);
        head.setVgap(6);
        int r = PrepareControls.formRow(messages, head, 0, "templates.field.name", name, model.nameErrorProperty(), "templates-name-error");
        PrepareControls.formRow(messages, head, r, "templates.field.default", defaultFor, null, null);
        name.textProperty().addListener((o, w, t) -> {
            if (!showing) {
                model.rename(t);
            }
        });
        defaultFor.valueProperty().addListener((o, w, c) -> {
            if (!showing && c != null) {
                model.setDefaultFor(c.id());
            }
        });

        VBox sectionsBox = buildSections();
        Node detail = buildSectionDetail();
        HBox body = new HBox(16, sectionsBox, detail);
        HBox.setHgrow(sectionsBox, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox editor = new VBox(12, head, body);
        editor.getStyleClass().add("templates-editor");
        editor.disableProperty().bind(model.selectedProperty().isNull());
        return editor;
    }

    private VBox buildSections() {
        Button add = PrepareControls.tool(messages, "templates-section-add", Material2OutlinedAL.ADD, "templates.section.add", () -> {
            model.addSection();
            title.requestFocus();
            title.selectAll();
        });
        Button up = PrepareControls.tool(messages, "templates-section-up", Material2OutlinedAL.ARROW_UPWARD, "prepare.up", () -> model.moveSection(-1));
        Button down = PrepareControls.tool(messages, "templates-section-down", Material2OutlinedAL.ARROW_DOWNWARD, "prepare.down",
                () -> model.moveSection(1));
        Button remove = PrepareControls.tool(messages, "templates-section-remove", Material2OutlinedAL.DELETE, "templates.section.remove",
                model::removeSection);
        for (Button b : new Button[] {up, down, remove}) {
            b.disableProperty().bind(model.selectedSectionProperty().isNull());
        }
        Label heading = new Label(messages.get("templates.sections"));
        heading.getStyleClass().add("title-3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(4, heading, spacer, add, up, down, remove);
        tools.setAlignment(Pos.CENTER_LEFT);

        PrepareControls.orderedList(messages, sectionList, "templates-sections", model.sections(),
                model.selectedSectionProperty(), model::moveSection, model::removeSection, "templates.noSections");
        sectionList.setCellFactory(v -> new SectionCell());

        Label total = new Label();
        total.setId("templates-total");
        total.getStyleClass().add("caption");
        Runnable update = () -> {
            int planned = model.plannedMinutes().get();
            TemplateRow row = model.selectedProperty().get();
            MeetingSeries s = model.seriesOf(row).orElse(null);
            boolean over = s != null && planned > s.durationMinutes();
            total.setText(s == null ? messages.format("templates.total", planned)
                    : messages.format(over ? "templates.total.over" : "templates.total.of", planned,
                    s.durationMinutes(), s.name()));
            total.pseudoClassStateChanged(PrepareControls.DANGER, over);
        };
        model.plannedMinutes().addListener((o, w, n) -> update.run());
        model.selectedProperty().addListener((o, w, n) -> update.run());
        model.sections().addListener((ListChangeListener<SectionRow>) c -> update.run());
        model.templates().addListener((ListChangeListener<TemplateRow>) c -> update.run());
        defaultFor.valueProperty().addListener((o, w, n) -> update.run());
        update.run();

        VBox box = new VBox(8, tools, sectionList, total);
        box.getStyleClass().add("templates-sections");
        box.setMinWidth(300);
        return box;
    }

    /** A section: title; kind or topic area; its timebox. Drag to reorder. */
    private final class SectionCell extends ListCell<SectionRow> {
        SectionCell() {
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                ClipboardContent content = new ClipboardContent();
                content.putString(Integer.toString(getIndex()));
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
                boolean done = false;
                try {
                    int from = Integer.parseInt(e.getDragboard().getString());
                    if (from >= 0 && from < model.sections().size()) {
                        int to = getItem() == null ? model.sections().size() - 1 : getIndex();
                        model.moveSectionTo(model.sections().get(from), to);
                        done = true;
                    }
                } catch (NumberFormatException ignored) {
                    // something else was dropped here
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(SectionRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label();
            name.textProperty().bind(row.titleProperty());
            name.getStyleClass().add("row-name");
            PrepareControls.wrapWithin(name, sectionList, 110);
            Label sub = new Label();
            // The kind for a standing item; for a topic its area, unless the title already says it.
            sub.textProperty().bind(Bindings.createStringBinding(() -> {
                if (row.kindProperty().get() != AgendaItemKind.TOPIC) {
                    return messages.get("templates.kind." + row.kindProperty().get().name());
                }
                String area = model.areaName(row.topicAreaIdProperty().get());
                return area.equalsIgnoreCase(row.titleProperty().get().strip()) ? "" : area;
            }, row.kindProperty(), row.topicAreaIdProperty(), row.titleProperty()));
            sub.getStyleClass().add("caption");
            PrepareControls.wrapWithin(sub, sectionList, 110);
            sub.visibleProperty().bind(sub.textProperty().isNotEmpty());
            sub.managedProperty().bind(sub.visibleProperty());
            VBox text = new VBox(2, name, sub);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            Label mins = new Label();
            mins.textProperty().bind(Bindings.createStringBinding(() -> row.minutesProperty().get() == null ? "–"
                    : messages.format("prepare.minutesShort", row.minutesProperty().get()), row.minutesProperty()));
            mins.getStyleClass().add("agenda-minutes");
            mins.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(12, text, mins);
            line.setAlignment(Pos.TOP_LEFT);
            line.setMinWidth(0);
            line.prefWidthProperty().bind(sectionList.widthProperty().subtract(36));
            line.maxWidthProperty().bind(line.prefWidthProperty());
            setGraphic(line);
        }
    }

    private Node buildSectionDetail() {
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.setHgap(12);
        form.setVgap(6);
        title.setId("templates-section-title");
        int r = PrepareControls.formRow(messages, form, 0, "prepare.field.title", title, model.titleErrorProperty(), "templates-section-title-error");
        kind.setId("templates-section-kind");
        kind.setConverter(PrepareControls.converter(k -> messages.get("templates.kind." + k.name())));
        kind.setMaxWidth(Double.MAX_VALUE);
        r = PrepareControls.formRow(messages, form, r, "prepare.field.kind", kind, null, null);
        area.setId("templates-section-area");
        area.setMaxWidth(Double.MAX_VALUE);
        r = PrepareControls.formRow(messages, form, r, "prepare.field.area", area, null, null);
        minutes.setId("templates-section-minutes");
        minutes.setPrefColumnCount(5);
        minutes.setMaxWidth(120);
        minutes.setPromptText(messages.get("templates.minutes.prompt"));
        PrepareControls.formRow(messages, form, r, "prepare.field.minutes", minutes, model.minutesErrorProperty(), "templates-section-minutes-error");

        title.textProperty().addListener((o, w, t) -> {
            if (!showing) {
                model.editTitle(t);
            }
        });
        minutes.textProperty().addListener((o, w, t) -> {
            if (!showing) {
                model.editMinutes(t);
            }
        });
        kind.valueProperty().addListener((o, w, k) -> {
            if (!showing) {
                model.editKind(k);
            }
        });
        area.valueProperty().addListener((o, w, c) -> {
            if (!showing && c != null) {
                model.editTopicArea(c.id());
            }
        });
        for (Node field : new Node[] {name, title, minutes}) {
            field.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    model.endEdit();
                }
            });
        }
        Label heading = new Label(messages.get("templates.section"));
        heading.getStyleClass().add("title-3");
        Label kinds = new Label(messages.get("templates.kindsHint"));
        kinds.setWrapText(true);
        kinds.getStyleClass().add("caption");
        VBox detail = new VBox(12, heading, form, kinds);
        detail.getStyleClass().add("templates-section-detail");
        detail.setPrefWidth(360);
        detail.setMinWidth(300);
        detail.disableProperty().bind(model.selectedSectionProperty().isNull());
        return detail;
    }

    private void showTemplate(TemplateRow row) {
        showing = true;
        try {
            name.setText(row == null ? "" : row.nameProperty().get());
            String seriesId = row == null ? null : row.seriesIdProperty().get();
            defaultFor.setValue(defaultFor.getItems().stream().filter(c -> Objects.equals(c.id(), seriesId))
                    .findFirst().orElse(null));
        } finally {
            showing = false;
        }
        showSection(model.selectedSectionProperty().get());
    }

    private void showSection(SectionRow row) {
        showing = true;
        try {
            title.setText(row == null ? "" : row.titleProperty().get());
            minutes.setText(row == null || row.minutesProperty().get() == null ? "" : row.minutesProperty().get().toString());
            kind.setValue(row == null ? null : row.kindProperty().get());
            String areaId = row == null ? null : row.topicAreaIdProperty().get();
            area.setValue(row == null ? null : area.getItems().stream().filter(c -> Objects.equals(c.id(), areaId))
                    .findFirst().orElse(null));
        } finally {
            showing = false;
        }
    }

    private void fillSeriesChoices() {
        showing = true;
        try {
            ObservableList<Choice> choices = FXCollections.observableArrayList(new Choice(null,
                    messages.get("templates.default.none")));
            model.series().forEach(s -> choices.add(new Choice(s.id(), s.name())));
            defaultFor.setItems(choices);
        } finally {
            showing = false;
        }
        showTemplate(model.selectedProperty().get());
    }

    private void fillAreaChoices() {
        showing = true;
        try {
            ObservableList<Choice> choices = FXCollections.observableArrayList(new Choice(null,
                    messages.get("templates.area.none")));
            model.topicAreas().forEach(t -> choices.add(new Choice(t.id(), t.name())));
            area.setItems(choices);
        } finally {
            showing = false;
        }
        showSection(model.selectedSectionProperty().get());
    }
}
