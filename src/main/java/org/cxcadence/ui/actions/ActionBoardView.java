package org.cxcadence.ui.actions;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.cxcadence.domain.Person;
import org.cxcadence.exchange.actions.ActionRow;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.NextPulse;
import org.cxcadence.ui.common.LongLists;
import org.cxcadence.ui.common.Tooltips;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The board: a filter bar, one lane per leader (or topic area, or journey stage) with virtualised
 * cards, and the selected action's detail on the right. Ctrl+Z undoes the last change.
 */
public final class ActionBoardView extends BorderPane {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final double LANE_WIDTH = 300;
    private static final double LANE_GAP = 14;

    private final ActionsViewModel model;
    private final Messages messages;
    private final Formats formats;
    /**
     * Lanes laid out in each frame while a board shown empty until now fills (NextPulse): each lane is
     * a list of cards of varying height, made, styled and measured in its first layout, ~50 ms on the
     * large workspace; three in one frame took 100-150 ms, over the 100 ms a frame may take. The lanes
     * on screen appear left to right within a few frames.
     */
    private static final int LANES_PER_FRAME = 1;

    /** The lanes, virtualised sideways: a large company has hundreds of leaders, and only the lanes on screen are nodes. */
    private final ListView<ActionsViewModel.Lane> lanes = new ListView<>();
    private final ActionDetailView detail;
    private final Label message = new Label();
    private final Button undoInline = new Button();
    private final HBox messageBar;

    public ActionBoardView(ActionsViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        setId("actions-board");
        getStyleClass().add("actions-board");
        this.detail = new ActionDetailView(model, messages, formats);

        lanes.setId("actions-lanes");
        lanes.getStyleClass().addAll("actions-lanes", "edge-to-edge");
        lanes.setOrientation(javafx.geometry.Orientation.HORIZONTAL);
        lanes.setFixedCellSize(LANE_WIDTH + LANE_GAP);
        lanes.setCellFactory(v -> new LaneCell());

        message.setId("actions-message");
        message.setWrapText(true);
        undoInline.setId("actions-undo-inline");
        undoInline.setText(messages.get("actions.undo.short"));
        undoInline.getStyleClass().addAll("flat", "accent");
        undoInline.setOnAction(e -> model.undo());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button dismiss = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        dismiss.getStyleClass().addAll("flat");
        dismiss.setAccessibleText(messages.get("a11y.dismiss"));
        dismiss.setOnAction(e -> model.messageProperty().set(""));
        messageBar = new HBox(10, new FontIcon(Material2OutlinedAL.INFO), message, undoInline, spacer, dismiss);
        messageBar.getStyleClass().add("actions-message-bar");
        messageBar.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("actions-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        VBox top = new VBox(8, filterBar(), messageBar, error, moreClosedBar());
        top.getStyleClass().add("actions-top");
        setTop(top);
        setCenter(lanes);
        model.lanesProperty().addListener((o, w, n) -> renderLanes(n));
        model.selectedIdProperty().addListener((o, w, n) -> {
            setRight(n == null ? null : detail);
            selectInLanes(n);
        });
        model.messageProperty().addListener((o, w, n) -> showMessage(n));
        showMessage(model.messageProperty().get());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                model.undo();
                e.consume();
            }
        });
        renderLanes(model.lanesProperty().get());
    }

    private Region filterBar() {
        ComboBox<ActionsViewModel.Grouping> grouping = enumCombo("actions-group", ActionsViewModel.Grouping.values(),
                g -> messages.get("actions.group." + g.name()));
        grouping.valueProperty().bindBidirectional(model.groupingProperty());
        grouping.setPrefWidth(136);
        ComboBox<ActionsViewModel.StatusFilter> status = enumCombo("actions-filter-status",
                ActionsViewModel.StatusFilter.values(), s -> messages.get("actions.filter.status." + s.name()));
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setPrefWidth(108);
        ComboBox<ActionsViewModel.DueWindow> due = enumCombo("actions-filter-due", ActionsViewModel.DueWindow.values(),
                d -> messages.get("actions.filter.due." + d.name()));
        due.valueProperty().bindBidirectional(model.dueWindowProperty());
        due.setPrefWidth(146);
        ComboBox<ActionsViewModel.TagFilter> tag = enumCombo("actions-filter-tag", ActionsViewModel.TagFilter.values(),
                t -> messages.get("actions.filter.tag." + t.name()));
        tag.valueProperty().bindBidirectional(model.tagProperty());
        tag.setPrefWidth(136);
        TextField search = new TextField();
        search.setId("actions-filter-text");
        search.setPromptText(messages.get("actions.filter.text"));
        search.textProperty().bindBidirectional(model.textProperty());
        search.setPrefWidth(160);

        Button undo = new Button(null, new FontIcon(Material2OutlinedMZ.UNDO));
        undo.setId("actions-undo");
        Tooltips.onFirstHover(undo, messages.get("actions.undo"));
        undo.setAccessibleText(messages.get("actions.undo.short"));
        undo.disableProperty().bind(model.undoStack().canUndoProperty().not());
        MenuButton export = new MenuButton(messages.get("actions.export"), new FontIcon(Material2OutlinedAL.CLOUD_DOWNLOAD));
        export.setId("actions-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        for (ActionsViewModel.Export kind : ActionsViewModel.Export.values()) {
            MenuItem item = new MenuItem(messages.get("actions.export." + kind.name()));
            item.setId("export-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> exportFile(kind));
            export.getItems().add(item);
        }
        MenuButton setup = new MenuButton(messages.get("actions.setup"), new FontIcon(Material2OutlinedAL.CLOUD_UPLOAD));
        setup.setId("actions-setup");
        setup.setMinWidth(Region.USE_PREF_SIZE);
        for (ActionsViewModel.SetupKind kind : ActionsViewModel.SetupKind.values()) {
            MenuItem item = new MenuItem(messages.get("actions.setup." + kind.name()));
            item.setOnAction(e -> importFile(kind));
            setup.getItems().add(item);
        }
        undo.setOnAction(e -> model.undo());
        // The filters wrap onto a second row when the window is narrow, so none is squeezed or cut;
        // the buttons keep their place at the end of the first row.
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(8, 8, grouping, status, due, tag, search);
        filters.setAlignment(Pos.TOP_LEFT);
        filters.setMinWidth(0);
        // Its height is measured at the width it really gets, not at the default wrap length.
        filters.prefWrapLengthProperty().bind(filters.widthProperty());
        HBox buttons = new HBox(8, undo, export, setup);
        buttons.setAlignment(Pos.TOP_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(filters, Priority.ALWAYS);
        HBox bar = new HBox(12, filters, buttons);
        bar.getStyleClass().add("actions-filter-bar");
        return bar;
    }

    /**
     * Done and all show the newest closed actions a page at a time (a decade of a large company is
     * 200,000 of them): this bar says so and reads the next page.
     */
    private Region moreClosedBar() {
        Label note = new Label(messages.get("actions.moreClosed.note"));
        note.getStyleClass().add("caption");
        note.setWrapText(true);
        Button more = new Button(messages.format("actions.moreClosed.button", ActionsViewModel.CLOSED_PAGE));
        more.setId("actions-more-closed");
        more.getStyleClass().addAll("flat", "accent");
        more.setOnAction(e -> model.showMoreClosed());
        HBox bar = new HBox(10, new FontIcon(Material2OutlinedAL.HISTORY), note, more);
        bar.setId("actions-more-closed-bar");
        bar.getStyleClass().add("actions-more-closed-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        var shown = model.moreClosedProperty().and(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.statusProperty().get() == ActionsViewModel.StatusFilter.DONE
                        || model.statusProperty().get() == ActionsViewModel.StatusFilter.ALL, model.statusProperty()));
        bar.visibleProperty().bind(shown);
        bar.managedProperty().bind(shown);
        return bar;
    }

    private <E> ComboBox<E> enumCombo(String id, E[] values, Function<E, String> label) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : label.apply(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private void renderLanes(List<ActionsViewModel.Lane> list) {
        if (list.isEmpty() && model.loadedProperty().get()) {
            Label none = new Label(messages.get("actions.none"));
            none.getStyleClass().add("caption");
            lanes.setPlaceholder(none);
        } else {
            lanes.setPlaceholder(new Region());
        }
        NextPulse.setItemsOverFrames(lanes, list, LANES_PER_FRAME, LANES_PER_FRAME, () -> { });
        selectInLanes(model.selectedIdProperty().get());
    }

    /** Brings a lane into view (the board scrolls sideways); tests and the selection use it. */
    public void scrollToLane(String key) {
        NextPulse.addHeldItems(lanes);
        for (int i = 0; i < lanes.getItems().size(); i++) {
            String k = lanes.getItems().get(i).key();
            if (k.equals(key) || key.equals("none") && k.isEmpty()) {
                lanes.scrollTo(i);
                lanes.layout();
                return;
            }
        }
    }

    /** One lane: its head and its virtualised cards, laid out over the cell's whole height. */
    private final class LaneCell extends ListCell<ActionsViewModel.Lane> {
        LaneCell() {
            getStyleClass().add("lane-cell");
        }

        @Override
        protected void updateItem(ActionsViewModel.Lane lane, boolean empty) {
            super.updateItem(lane, empty);
            setText(null);
            if (empty || lane == null) {
                setGraphic(null);
                return;
            }
            VBox box = lane(lane);
            setGraphic(box);
            if (box.getChildren().get(1) instanceof ListView<?> lv) {
                @SuppressWarnings("unchecked")
                ListView<ActionRow> cards = (ListView<ActionRow>) lv;
                selectIn(cards, model.selectedIdProperty().get());
            }
        }

        /** Lanes are not chosen; their cards are. */
        @Override
        public void updateSelected(boolean selected) {
            super.updateSelected(false);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            javafx.scene.Node graphic = getGraphic();
            if (graphic != null) {
                graphic.resizeRelocate(snappedLeftInset(), snappedTopInset(), LANE_WIDTH,
                        Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset()));
            }
        }
    }

    private VBox lane(ActionsViewModel.Lane lane) {
        String key = lane.key().isEmpty() ? "none" : lane.key();
        Label name = new Label(lane.title() == null ? messages.get("actions.lane.none") : lane.title());
        name.getStyleClass().add("lane-title");
        Label silo = new Label(lane.subtitle() == null ? "" : lane.subtitle());
        silo.getStyleClass().add("caption");
        Label counts = new Label(messages.format("actions.lane.counts", lane.open(), lane.overdue(), lane.stalled()));
        counts.setId("lane-counts-" + key);
        counts.getStyleClass().add(lane.stalled() > 0 ? "lane-counts-danger" : "caption");
        VBox names = new VBox(1, name, silo, counts);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, names, spacer);
        head.getStyleClass().add("lane-head");
        if (model.groupingProperty().get() == ActionsViewModel.Grouping.LEADER) {
            head.getChildren().add(laneMenu(lane, key));
        }
        ListView<ActionRow> cards = new ListView<>();
        cards.setId("lane-" + key);
        cards.getStyleClass().add("lane-list");
        cards.getItems().setAll(lane.rows());
        cards.setCellFactory(v -> new ActionCardCell(v, messages, formats));
        cards.setPlaceholder(placeholder());
        cards.getSelectionModel().selectedItemProperty().addListener((o, w, n) -> {
            if (n != null) {
                model.selectedIdProperty().set(n.action().id());
            }
        });
        VBox.setVgrow(cards, Priority.ALWAYS);
        VBox box = new VBox(8, head, cards);
        box.getStyleClass().add("lane");
        box.setPrefWidth(LANE_WIDTH);
        box.setMinWidth(LANE_WIDTH);
        box.setMaxWidth(LANE_WIDTH);
        return box;
    }

    private Label placeholder() {
        Label l = new Label(messages.get("actions.lane.empty"));
        l.getStyleClass().add("caption");
        l.setWrapText(true);
        return l;
    }

    private MenuButton laneMenu(ActionsViewModel.Lane lane, String key) {
        MenuButton menu = new MenuButton(null, new FontIcon(Material2OutlinedMZ.MORE_VERT));
        menu.setId("lane-menu-" + key);
        menu.getStyleClass().addAll("flat", "no-arrow", "lane-menu");
        menu.setAccessibleText(messages.get("a11y.laneMenu"));
        MenuItem reassign = new MenuItem(messages.get("actions.lane.reassign"));
        reassign.setId("lane-reassign-" + key);
        reassign.setOnAction(e -> askReassign(lane));
        reassign.setDisable(lane.open() == 0);
        MenuItem pdf = new MenuItem(messages.get("actions.lane.pdf"));
        pdf.setId("lane-pdf-" + key);
        pdf.setOnAction(e -> {
            FileChooser chooser = chooser("pdf", safe(lane.title()) + "-open-actions.pdf");
            Path file = showSave(chooser);
            if (file != null) {
                model.exportLeaderPdf(lane.key(), file, formats.locale(), this::saved);
            }
        });
        MenuItem email = new MenuItem(messages.get("actions.lane.email"));
        email.setId("lane-email-" + key);
        email.setOnAction(e -> model.leaderEmail(lane.key(), formats.locale(), text -> showText(
                messages.format("actions.email.title", lane.title()), text)));
        menu.getItems().addAll(reassign, pdf, email);
        return menu;
    }

    /** Asks whom to give the lane's open items to, then reassigns them in one step. */
    void askReassign(ActionsViewModel.Lane lane) {
        Dialog<Person> dialog = new Dialog<>();
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.setTitle(messages.get("actions.reassign.title"));
        dialog.setHeaderText(messages.format("actions.reassign.header", lane.open(), lane.title()));
        ComboBox<Person> to = LongLists.measureFirstRows(new ComboBox<>());
        to.setId("reassign-to");
        to.getItems().setAll(model.activePeople().stream().filter(p -> !p.id().equals(lane.key())).toList());
        to.setConverter(personConverter());
        to.setMaxWidth(Double.MAX_VALUE);
        Label hint = new Label(messages.get("actions.reassign.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("caption");
        VBox content = new VBox(10, to, hint);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(380);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("reassign-dialog");
        ButtonType ok = new ButtonType(messages.get("actions.reassign.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).setId("reassign-ok");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(to.valueProperty().isNull());
        dialog.setResultConverter(b -> b == ok ? to.getValue() : null);
        dialog.showAndWait().ifPresent(p -> model.reassignOpen(lane.key(), p.id()));
    }

    private StringConverter<Person> personConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(Person p) {
                return p == null ? "" : p.name() + (p.silo() == null ? "" : " · " + p.silo());
            }

            @Override
            public Person fromString(String s) {
                return null;
            }
        };
    }

    private void selectInLanes(String id) {
        for (var node : lanes.lookupAll(".lane-list")) {
            if (node instanceof ListView<?> lv) {
                @SuppressWarnings("unchecked")
                ListView<ActionRow> cards = (ListView<ActionRow>) lv;
                selectIn(cards, id);
            }
        }
    }

    private static void selectIn(ListView<ActionRow> cards, String id) {
        ActionRow match = id == null ? null
                : cards.getItems().stream().filter(r -> r.action().id().equals(id)).findFirst().orElse(null);
        if (match == null) {
            cards.getSelectionModel().clearSelection();
        } else if (cards.getSelectionModel().getSelectedItem() != match) {
            cards.getSelectionModel().select(match);
        }
    }

    private void showMessage(String text) {
        String shown = "";
        boolean undoable = false;
        if (text != null && text.startsWith("deleted|")) {
            shown = messages.format("actions.message.deleted", text.substring("deleted|".length()));
            undoable = true;
        } else if (text != null && !text.isEmpty()) {
            String[] parts = text.split("\\|", 3);
            if (parts.length == 3) {
                shown = messages.format("actions.message.reassigned", Integer.parseInt(parts[0]), parts[1], parts[2]);
                undoable = true;
            } else {
                shown = text;
            }
        }
        message.setText(shown);
        undoInline.setVisible(undoable);
        messageBar.setManaged(!shown.isEmpty());
        messageBar.setVisible(!shown.isEmpty());
    }

    private void exportFile(ActionsViewModel.Export kind) {
        String name = switch (kind) {
            case BRIEF_PDF -> "air-cover-brief-" + model.today() + ".pdf";
            case BRIEF_MD -> "air-cover-brief-" + model.today() + ".md";
            case CALENDAR -> "cx-cadence-due-dates.ics";
            case ACTIONS_CSV -> "actions-" + model.today() + ".csv";
            case SCORECARD_CSV -> "leader-scorecard-" + model.today() + ".csv";
        };
        String ext = name.substring(name.lastIndexOf('.') + 1);
        Path file = showSave(chooser(ext, name));
        if (file != null) {
            model.export(kind, file, formats.locale(), this::saved);
        }
    }

    private void importFile(ActionsViewModel.SetupKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("actions.setup." + kind.name()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("file.csvOrText"), "*.csv", "*.txt"));
        var file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.importCsv(kind, file.toPath(), summary -> model.messageProperty().set(
                    messages.format("actions.setup.done", messages.format("actions.setup.counts", summary.file(), summary.added(),
                            summary.updated()))));
        }
    }

    private FileChooser chooser(String extension, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT)
                + " (*." + extension + ")", "*." + extension));
        return chooser;
    }

    /** Asks where to save; tests put a chosen path here instead of the platform's dialog. */
    java.util.function.Function<FileChooser, Path> saveDialog = chooser -> {
        var file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return file == null ? null : file.toPath();
    };

    private Path showSave(FileChooser chooser) {
        return saveDialog.apply(chooser);
    }

    private void saved(Path file) {
        model.messageProperty().set(messages.format("actions.saved", file.toString()));
    }

    private void showText(String title, String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(620, 420);
        area.setId("leader-email-text");
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.setTitle(title);
        alert.setHeaderText(messages.get("actions.email.header"));
        alert.getDialogPane().setContent(area);
        ButtonType copy = new ButtonType(messages.get("actions.email.copy"), javafx.scene.control.ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        alert.showAndWait().filter(b -> b == copy).ifPresent(b -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private static String safe(String name) {
        return name == null ? "leader" : name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
    }

}
