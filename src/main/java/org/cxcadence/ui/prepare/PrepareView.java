package org.cxcadence.ui.prepare;

import java.io.File;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaTemplate;
import org.cxcadence.domain.Cadence;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.service.AgendaFormat;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
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
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * Prepare: series and session on top; the agenda as a list on the left with the running total; the
 * selected item's details on the right. Alt+Up/Down reorders, Delete removes, Ctrl+Z / Ctrl+Shift+Z
 * undo and redo, Ctrl+N adds. Every edit is saved as it is made.
 */
public final class PrepareView extends BorderPane {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass PAST_END = PseudoClass.getPseudoClass("past-end");
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final PrepareViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final ListView<ItemRow> agenda = new ListView<>();
    private final TextField title = new TextField();
    private final ComboBox<TopicArea> area = new ComboBox<>();
    private final ComboBox<Person> presenter = new ComboBox<>();
    private final TextField minutes = new TextField();
    private final TextArea prep = new TextArea();
    private final TextArea links = new TextArea();
    private final Label reason = new Label();
    private final Label kind = new Label();
    private final VBox reviewBox = new VBox(4);
    private boolean showing;
    /** Asks where to save (title, suggested name); a file chooser unless replaced (tests). */
    private java.util.function.BiFunction<String, String, File> saveDialog = this::chooseSaveFile;

    public PrepareView(PrepareViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        setId("prepare");
        getStyleClass().add("prepare");
        setTop(buildTop());
        SplitPane split = new SplitPane(buildAgenda(), buildDetail());
        split.setDividerPositions(0.52);
        split.getStyleClass().add("prepare-split");
        setCenter(split);
        setBottom(buildStatus());
        model.selectedProperty().addListener((o, was, now) -> {
            showItem(now);
            if (now != null && agenda.getSelectionModel().getSelectedItem() != now) {
                agenda.getSelectionModel().select(now);
                agenda.scrollTo(now);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        showItem(model.selectedProperty().get());
    }

    private void keys(KeyEvent e) {
        boolean inText = e.getTarget() instanceof TextInputControl;
        if (REDO.match(e) || REDO_Y.match(e)) {
            if (!inText) {
                model.redo();
                e.consume();
            }
        } else if (UNDO.match(e)) {
            if (!inText) {
                model.undo();
                e.consume();
            }
        } else if (ADD.match(e)) {
            model.addItem();
            title.requestFocus();
            title.selectAll();
            e.consume();
        }
    }

    // --- top: series, session, actions ---

    private Node buildTop() {
        ComboBox<MeetingSeries> series = new ComboBox<>(model.series());
        series.setId("prepare-series");
        series.setConverter(converter(MeetingSeries::name));
        series.valueProperty().bindBidirectional(model.selectedSeriesProperty());
        series.setOnAction(e -> model.selectSeries(series.getValue()));
        series.setPrefWidth(230);

        ComboBox<Meeting> session = new ComboBox<>(model.sessions());
        session.setId("prepare-session");
        session.setConverter(converter(this::sessionLabel));
        session.valueProperty().bindBidirectional(model.sessionProperty());
        session.setOnAction(e -> model.selectSession(session.getValue()));
        session.setPrefWidth(230);

        Button next = new Button(messages.get("prepare.next"), new FontIcon(Material2OutlinedAL.EVENT_NOTE));
        next.setId("prepare-open-next");
        next.setOnAction(e -> model.openNext());

        MenuButton sessionMenu = new MenuButton(messages.get("prepare.sessionMenu"));
        sessionMenu.setId("prepare-session-menu");
        sessionMenu.getItems().addAll(
                item("prepare-add-session", "prepare.addSession", e -> askWhen(messages.get("prepare.addSession"), null)
                        .ifPresent(w -> model.addSession(w.start()))),
                item("prepare-reschedule", "prepare.reschedule", e -> model.currentSession().ifPresent(m ->
                        askWhen(messages.get("prepare.reschedule"), m).ifPresent(w -> model.reschedule(w.start(), w.minutes())))),
                item("prepare-cancel", "prepare.cancel", e -> model.cancelSession()),
                new SeparatorMenuItem(),
                item("prepare-save-template", "prepare.saveTemplate", e -> askTemplateName()),
                templatesMenu(),
                new SeparatorMenuItem(),
                item("prepare-edit-series", "prepare.editSeries", e -> editSeries(model.selectedSeriesProperty().get())),
                item("prepare-new-series", "prepare.newSeries", e -> editSeries(null)));

        ToggleButton ready = new ToggleButton(messages.get("prepare.ready"), new FontIcon(Material2OutlinedAL.CHECK_CIRCLE));
        ready.setId("prepare-ready");
        ready.selectedProperty().bindBidirectional(model.readyProperty());
        ready.getStyleClass().add("ready-toggle");

        MenuButton export = new MenuButton(messages.get("prepare.export"), new FontIcon(Material2OutlinedMZ.SHARE));
        export.setId("prepare-export");
        for (AgendaFormat f : AgendaFormat.values()) {
            export.getItems().add(item("prepare-export-" + f.extension(), "prepare.export." + f.extension(),
                    e -> chooseAndExport(f)));
        }
        export.getItems().addAll(new SeparatorMenuItem(),
                item("prepare-export-pack", "prepare.export.pack", e -> choosePack(true)),
                item("prepare-import-pack", "prepare.import.pack", e -> choosePack(false)));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        series.setTooltip(new Tooltip(messages.get("prepare.series")));
        session.setTooltip(new Tooltip(messages.get("prepare.session")));
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {next, sessionMenu, ready, export}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(10, series, session, next, sessionMenu, spacer, ready, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("prepare-bar");

        Label heading = new Label();
        heading.setId("prepare-title");
        heading.getStyleClass().add("title-2");
        Label when = new Label();
        when.setId("prepare-when");
        when.getStyleClass().add("caption");
        Label status = new Label();
        status.setId("prepare-status");
        model.sessionProperty().addListener((o, w, m) -> {
            heading.setText(m == null ? messages.get("prepare.noSession") : m.title());
            when.setText(m == null ? "" : formats.dateTime(m.start()) + " · "
                    + messages.format("prepare.length", m.durationMinutes()));
            status.setText(m == null ? "" : messages.get("status." + m.status().name()));
            status.getStyleClass().setAll("label", m != null && m.status() == MeetingStatus.READY ? "badge-ok"
                    : m != null && m.status() == MeetingStatus.CANCELLED ? "badge-danger" : "badge-neutral");
        });
        heading.setText(messages.get("prepare.noSession"));
        HBox head = new HBox(12, heading, status, when);
        head.setAlignment(Pos.BASELINE_LEFT);
        VBox top = new VBox(10, bar, head);
        top.getStyleClass().add("prepare-top");
        return top;
    }

    private Menu templatesMenu() {
        Menu menu = new Menu(messages.get("prepare.applyTemplate"));
        menu.setId("prepare-apply-template");
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            for (AgendaTemplate t : model.templates()) {
                MenuItem mi = new MenuItem(t.name() + " · " + messages.format("prepare.minutesShort", t.plannedMinutes()));
                mi.setOnAction(x -> model.applyTemplate(t));
                menu.getItems().add(mi);
            }
            if (menu.getItems().isEmpty()) {
                MenuItem none = new MenuItem(messages.get("prepare.noTemplates"));
                none.setDisable(true);
                menu.getItems().add(none);
            }
        });
        menu.getItems().add(new MenuItem(messages.get("prepare.noTemplates")));
        return menu;
    }

    private String sessionLabel(Meeting m) {
        String s = formats.dateTime(m.start());
        return m.status() == MeetingStatus.DRAFT ? s : s + " · " + messages.get("status." + m.status().name());
    }

    // --- left: the agenda ---

    private Node buildAgenda() {
        agenda.setId("prepare-agenda");
        agenda.setItems(model.items());
        agenda.setCellFactory(v -> new ItemCell());
        agenda.getSelectionModel().selectedItemProperty().addListener((o, w, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        agenda.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                model.moveSelected(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && !e.isAltDown()) {
                model.removeSelected();
                e.consume();
            }
        });
        Label empty = new Label(messages.get("prepare.emptyAgenda"));
        empty.setWrapText(true);
        empty.getStyleClass().add("caption");
        agenda.setPlaceholder(empty);
        VBox.setVgrow(agenda, Priority.ALWAYS);

        Button add = tool("prepare-add", Material2OutlinedAL.ADD, "prepare.add", () -> {
            model.addItem();
            title.requestFocus();
            title.selectAll();
        });
        Button up = tool("prepare-up", Material2OutlinedAL.ARROW_UPWARD, "prepare.up", () -> model.moveSelected(-1));
        Button down = tool("prepare-down", Material2OutlinedAL.ARROW_DOWNWARD, "prepare.down", () -> model.moveSelected(1));
        Button remove = tool("prepare-remove", Material2OutlinedAL.DELETE, "prepare.remove", model::removeSelected);
        Button undo = tool("prepare-undo", Material2OutlinedMZ.UNDO, "prepare.undo", model::undo);
        Button redo = tool("prepare-redo", Material2OutlinedMZ.REDO, "prepare.redo", model::redo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        redo.disableProperty().bind(model.canRedoProperty().not());
        for (Button b : new Button[] {up, down, remove}) {
            b.disableProperty().bind(model.selectedProperty().isNull());
        }
        add.disableProperty().bind(model.sessionProperty().isNull());
        Label heading = new Label(messages.get("prepare.agenda"));
        heading.getStyleClass().add("title-3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(4, heading, spacer, add, up, down, remove, undo, redo);
        tools.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("prepare-total-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        Label total = new Label();
        total.setId("prepare-total");
        Runnable update = () -> {
            int planned = model.plannedMinutes().get();
            int length = model.durationProperty().get();
            bar.setProgress(length == 0 ? 0 : Math.min(1, planned / (double) length));
            boolean over = planned > length;
            total.setText(over ? messages.format("prepare.total.over", planned, length, planned - length)
                    : messages.format("prepare.total", planned, length, length - planned));
            bar.pseudoClassStateChanged(DANGER, over);
            total.pseudoClassStateChanged(DANGER, over);
        };
        model.plannedMinutes().addListener((o, w, n) -> update.run());
        model.durationProperty().addListener((o, w, n) -> update.run());
        update.run();
        VBox totals = new VBox(4, bar, total);
        totals.getStyleClass().add("prepare-totals");
        VBox box = new VBox(8, tools, agenda, totals);
        box.getStyleClass().add("prepare-agenda");
        box.setMinWidth(420);
        return box;
    }

    private Button tool(String id, org.kordamp.ikonli.Ikon icon, String key, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(new Tooltip(messages.get(key)));
        b.setAccessibleText(messages.get(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A line: start time, title, presenter and area, minutes; the reason when brought forward; "past the end". */
    private final class ItemCell extends ListCell<ItemRow> {
        ItemCell() {
            getStyleClass().add("agenda-cell");
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
                ItemRow dragged = model.items().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
                int to = getItem() == null ? model.items().size() - 1 : model.items().indexOf(getItem());
                if (dragged != null) {
                    model.moveTo(dragged, to);
                }
                e.setDropCompleted(dragged != null);
                e.consume();
            });
        }

        @Override
        protected void updateItem(ItemRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                pseudoClassStateChanged(PAST_END, false);
                return;
            }
            Label time = new Label();
            time.textProperty().bind(row.startsAtProperty());
            time.getStyleClass().add("agenda-time");
            time.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label();
            name.textProperty().bind(row.titleProperty());
            name.getStyleClass().add("row-name");
            Label sub = new Label();
            sub.textProperty().bind(Bindings.createStringBinding(() -> join(model.personName(row.presenterIdProperty().get()),
                    row.kindProperty().get() == AgendaItemKind.TOPIC ? model.areaName(row.topicAreaIdProperty().get())
                            : messages.get("prepare.kind." + row.kindProperty().get().name())),
                    row.presenterIdProperty(), row.topicAreaIdProperty(), row.kindProperty()));
            sub.getStyleClass().add("caption");
            VBox text = new VBox(2, name, sub);
            if (row.reasonProperty().get() != null) {
                Label why = new Label(messages.format("prepare.broughtForward", row.reasonProperty().get()),
                        new FontIcon(Material2OutlinedMZ.REPLY));
                why.getStyleClass().add("badge-warn");
                text.getChildren().add(why);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            Label mins = new Label();
            mins.textProperty().bind(Bindings.createStringBinding(() -> row.minutesProperty().get() == null ? "–"
                    : messages.format("prepare.minutesShort", row.minutesProperty().get()), row.minutesProperty()));
            mins.getStyleClass().add("agenda-minutes");
            mins.setMinWidth(Region.USE_PREF_SIZE);
            Label past = new Label(messages.get("prepare.pastEnd"));
            past.getStyleClass().add("badge-danger");
            past.visibleProperty().bind(row.pastEndProperty());
            past.managedProperty().bind(past.visibleProperty());
            past.setMinWidth(Region.USE_PREF_SIZE);
            VBox right = new VBox(4, mins, past);
            right.setAlignment(Pos.TOP_RIGHT);
            HBox line = new HBox(12, time, text, right);
            line.setAlignment(Pos.TOP_LEFT);
            name.setWrapText(true);
            text.setMinWidth(0);
            line.setMinWidth(0);
            line.prefWidthProperty().bind(agenda.widthProperty().subtract(36));
            line.maxWidthProperty().bind(line.prefWidthProperty());
            setGraphic(line);
            pseudoClassStateChanged(PAST_END, row.pastEndProperty().get());
        }
    }

    private static String join(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        return hasA && hasB ? a + " · " + b : hasA ? a : hasB ? b : "";
    }

    // --- right: the selected item ---

    private Node buildDetail() {
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.setHgap(12);
        form.setVgap(6);
        int r = 0;
        title.setId("prepare-item-title");
        r = row(form, r, "prepare.field.title", title, model.titleErrorProperty(), "prepare-item-title-error");
        kind.setId("prepare-item-kind");
        r = row(form, r, "prepare.field.kind", kind, null, null);
        area.setId("prepare-item-area");
        area.setItems(model.topicAreas());
        area.setConverter(converter(TopicArea::name));
        area.setMaxWidth(Double.MAX_VALUE);
        r = row(form, r, "prepare.field.area", area, null, null);
        presenter.setId("prepare-item-presenter");
        presenter.setItems(model.presenters());
        presenter.setConverter(converter(p -> p.silo() == null ? p.name() : p.name() + " · " + p.silo()));
        presenter.setMaxWidth(Double.MAX_VALUE);
        r = row(form, r, "prepare.field.presenter", presenter, null, null);
        minutes.setId("prepare-item-minutes");
        minutes.setPrefColumnCount(5);
        minutes.setMaxWidth(120);
        r = row(form, r, "prepare.field.minutes", minutes, model.minutesErrorProperty(), "prepare-item-minutes-error");
        prep.setId("prepare-item-prep");
        prep.setWrapText(true);
        prep.setPrefRowCount(3);
        r = row(form, r, "prepare.field.prep", prep, null, null);
        links.setId("prepare-item-links");
        links.setPrefRowCount(2);
        links.setPromptText(messages.get("prepare.field.links.prompt"));
        row(form, r, "prepare.field.links", links, null, null);

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
        prep.textProperty().addListener((o, w, t) -> {
            if (!showing) {
                model.editPrepNotes(t);
            }
        });
        links.textProperty().addListener((o, w, t) -> {
            if (!showing) {
                model.editLinks(t);
            }
        });
        area.valueProperty().addListener((o, w, t) -> {
            if (!showing) {
                model.editTopicArea(t == null ? null : t.id());
            }
        });
        presenter.valueProperty().addListener((o, w, p) -> {
            if (!showing) {
                model.editPresenter(p == null ? null : p.id());
            }
        });
        for (Node field : new Node[] {title, minutes, prep, links}) {
            field.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    model.endEdit();
                }
            });
        }
        reason.setId("prepare-item-reason");
        reason.getStyleClass().add("badge-warn");
        reason.setWrapText(true);
        reason.managedProperty().bind(reason.visibleProperty());
        reviewBox.setId("prepare-review-lines");
        reviewBox.getStyleClass().add("review-lines");
        reviewBox.managedProperty().bind(reviewBox.visibleProperty());
        Label heading = new Label(messages.get("prepare.details"));
        heading.getStyleClass().add("title-3");
        VBox detail = new VBox(12, heading, reason, form, reviewBox);
        detail.getStyleClass().add("prepare-detail");
        detail.disableProperty().bind(model.selectedProperty().isNull());
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        model.actionReview().addListener((javafx.collections.ListChangeListener<String>) c ->
                showItem(model.selectedProperty().get()));
        return scroll;
    }

    private int row(GridPane form, int r, String key, Node field, javafx.beans.property.StringProperty error, String errorId) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (field instanceof javafx.scene.control.Control c) {
            label.setLabelFor(c);
        }
        form.add(label, 0, r);
        form.add(field, 1, r);
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (error == null) {
            return r + 1;
        }
        Label message = new Label();
        message.setId(errorId);
        message.getStyleClass().add("error-text");
        message.textProperty().bind(error);
        message.visibleProperty().bind(error.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        form.add(message, 1, r + 1);
        error.addListener((o, w, now) -> field.pseudoClassStateChanged(DANGER, !now.isEmpty()));
        return r + 2;
    }

    private void showItem(ItemRow row) {
        showing = true;
        try {
            title.setText(row == null ? "" : row.titleProperty().get());
            minutes.setText(row == null || row.minutesProperty().get() == null ? "" : row.minutesProperty().get().toString());
            prep.setText(row == null ? "" : Objects.requireNonNullElse(row.prepNotesProperty().get(), ""));
            links.setText(row == null ? "" : Objects.requireNonNullElse(row.linksProperty().get(), ""));
            area.setValue(row == null ? null : model.topicAreas().stream()
                    .filter(t -> t.id().equals(row.topicAreaIdProperty().get())).findFirst().orElse(null));
            presenter.setValue(row == null ? null : model.presenters().stream()
                    .filter(p -> p.id().equals(row.presenterIdProperty().get())).findFirst().orElse(null));
            kind.setText(row == null ? "" : messages.get("prepare.kind." + row.kindProperty().get().name()));
            String why = row == null ? null : row.reasonProperty().get();
            reason.setText(why == null ? "" : messages.format("prepare.broughtForward", why));
            reason.setVisible(why != null);
            showReview(row);
        } finally {
            showing = false;
        }
    }

    private void showReview(ItemRow row) {
        reviewBox.getChildren().clear();
        AgendaItemKind k = row == null ? AgendaItemKind.TOPIC : row.kindProperty().get();
        List<String> lines = k == AgendaItemKind.ACTION_REVIEW ? model.actionReview()
                : k == AgendaItemKind.METRICS_REVIEW ? model.metricReview() : List.of();
        reviewBox.setVisible(k != AgendaItemKind.TOPIC);
        if (k == AgendaItemKind.TOPIC) {
            return;
        }
        Label head = new Label(messages.get(k == AgendaItemKind.ACTION_REVIEW ? "prepare.review.actions"
                : "prepare.review.metrics"));
        head.getStyleClass().add("row-name");
        head.setWrapText(true);
        reviewBox.getChildren().add(head);
        if (lines.isEmpty()) {
            reviewBox.getChildren().add(caption(k == AgendaItemKind.ACTION_REVIEW ? "prepare.review.noActions"
                    : "prepare.review.noMetrics"));
        }
        for (String line : lines) {
            Label l;
            if (line.startsWith("§")) {
                l = new Label(line.substring(1));
                l.getStyleClass().add("review-owner");
            } else {
                l = new Label("• " + line);
                l.getStyleClass().add("review-line");
            }
            l.setWrapText(true);
            reviewBox.getChildren().add(l);
        }
    }

    // --- bottom: notices and errors ---

    private Node buildStatus() {
        Label notice = new Label();
        notice.setId("prepare-notice");
        notice.textProperty().bind(model.noticeProperty());
        notice.getStyleClass().add("caption");
        notice.setWrapText(true);
        Label error = new Label();
        error.setId("prepare-error");
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label saved = new Label(messages.get("prepare.autosave"));
        saved.getStyleClass().add("caption");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(12, error, notice, spacer, saved);
        box.getStyleClass().add("prepare-statusbar");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    // --- dialogs ---

    /** Replaces the save dialog (headless tests answer with a file in a temporary folder). */
    public void useSaveDialog(java.util.function.BiFunction<String, String, File> dialog) {
        this.saveDialog = dialog;
    }

    private File chooseSaveFile(String title, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggested);
        String ext = suggested.substring(suggested.lastIndexOf('.') + 1);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT),
                "*." + ext));
        return chooser.showSaveDialog(getScene().getWindow());
    }

    private void chooseAndExport(AgendaFormat format) {
        File file = saveDialog.apply(messages.get("prepare.export." + format.extension()),
                model.suggestedFileName(format.extension()));
        if (file != null) {
            model.export(format, file.toPath(), p -> { });
        }
    }

    private void choosePack(boolean export) {
        if (export) {
            File file = saveDialog.apply(messages.get("prepare.export.pack"),
                    model.suggestedFileName("json").replace("agenda-", "agenda-pack-"));
            if (file != null) {
                model.exportPack(file.toPath());
            }
        } else {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("prepare.packFiles"), "*.json"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                model.importPack(file.toPath());
            }
        }
    }

    private record When(java.time.OffsetDateTime start, int minutes) {
    }

    private Optional<When> askWhen(String heading, Meeting current) {
        Dialog<When> dialog = new Dialog<>();
        dialog.setTitle(heading);
        dialog.setHeaderText(heading);
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime start = current == null ? model.today().atTime(LocalTime.of(9, 0)).atZone(zone)
                : current.start().atZoneSameInstant(zone);
        DatePicker date = new DatePicker(start.toLocalDate());
        date.setId("prepare-when-date");
        TextField time = new TextField(start.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")));
        time.setId("prepare-when-time");
        TextField length = new TextField(Integer.toString(current == null ? model.durationProperty().get()
                : current.durationMinutes()));
        length.setId("prepare-when-minutes");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("prepare.when.date")), date);
        grid.addRow(1, new Label(messages.get("prepare.when.time")), time);
        grid.addRow(2, new Label(messages.get("prepare.when.minutes")), length);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            try {
                LocalDate d = date.getValue();
                LocalTime t = LocalTime.parse(time.getText().strip());
                int m = Integer.parseInt(length.getText().strip());
                return new When(d.atTime(t).atZone(zone).toOffsetDateTime(), m);
            } catch (RuntimeException e) {
                model.errorProperty().set(messages.get("prepare.error.when"));
                return null;
            }
        });
        return dialog.showAndWait();
    }

    private void askTemplateName() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("prepare.saveTemplate"));
        dialog.setHeaderText(messages.get("prepare.saveTemplate.header"));
        TextField name = new TextField(model.selectedSeriesProperty().get() == null ? ""
                : model.selectedSeriesProperty().get().name());
        name.setId("prepare-template-name");
        CheckBox asDefault = new CheckBox(messages.get("prepare.saveTemplate.default"));
        asDefault.setSelected(true);
        dialog.getDialogPane().setContent(new VBox(10, name, asDefault));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK)
                .ifPresent(b -> model.saveAsTemplate(name.getText(), asDefault.isSelected()));
    }

    /** Create or edit a series: name, cadence, weekday, time, zone, length, facilitator, default attendees. */
    private void editSeries(MeetingSeries existing) {
        Dialog<MeetingSeries> dialog = new Dialog<>();
        dialog.setTitle(messages.get(existing == null ? "prepare.newSeries" : "prepare.editSeries"));
        dialog.setHeaderText(dialog.getTitle());
        TextField name = new TextField(existing == null ? messages.get("prepare.series.defaultName") : existing.name());
        name.setId("series-name");
        ComboBox<Cadence> cadence = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(Cadence.values()));
        cadence.setValue(existing == null ? Cadence.WEEKLY : existing.cadence());
        ComboBox<DayOfWeek> weekday = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(DayOfWeek.values()));
        weekday.setValue(existing == null || existing.weekday() == null ? DayOfWeek.MONDAY : existing.weekday());
        TextField time = new TextField(existing == null || existing.time() == null ? "09:00" : existing.time().toString());
        TextField zone = new TextField(existing == null || existing.timeZone() == null ? ZoneId.systemDefault().getId()
                : existing.timeZone());
        TextField length = new TextField(Integer.toString(existing == null ? 60 : existing.durationMinutes()));
        ComboBox<Person> facilitator = new ComboBox<>(model.presenters());
        facilitator.setConverter(converter(Person::name));
        if (existing != null) {
            model.presenters().stream().filter(p -> p.id().equals(existing.facilitatorId())).findFirst()
                    .ifPresent(facilitator::setValue);
        }
        VBox attendees = new VBox(4);
        for (Person p : model.presenters()) {
            CheckBox box = new CheckBox(p.name());
            box.setUserData(p.id());
            box.setSelected(existing == null || existing.attendeeIds().contains(p.id()));
            attendees.getChildren().add(box);
        }
        ScrollPane attendeeScroll = new ScrollPane(attendees);
        attendeeScroll.setPrefHeight(140);
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        String[] labels = {"name", "cadence", "weekday", "time", "zone", "minutes", "facilitator", "attendees"};
        Node[] fields = {name, cadence, weekday, time, zone, length, facilitator, attendeeScroll};
        for (int i = 0; i < labels.length; i++) {
            grid.addRow(i, new Label(messages.get("prepare.series." + labels[i])), fields[i]);
        }
        grid.add(problem, 1, labels.length);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                build(existing, name, cadence, weekday, time, zone, length, facilitator, attendees);
                problem.setText("");
            } catch (RuntimeException ex) {
                problem.setText(ex.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? build(existing, name, cadence, weekday, time, zone, length, facilitator, attendees) : null);
        dialog.showAndWait().ifPresent(model::saveSeries);
    }

    private MeetingSeries build(MeetingSeries existing, TextField name, ComboBox<Cadence> cadence,
                                ComboBox<DayOfWeek> weekday, TextField time, TextField zone, TextField length,
                                ComboBox<Person> facilitator, VBox attendees) {
        LocalTime at;
        try {
            at = LocalTime.parse(time.getText().strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(messages.get("prepare.error.time"));
        }
        try {
            ZoneId.of(zone.getText().strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(messages.get("prepare.error.zone"));
        }
        int minutes;
        try {
            minutes = Integer.parseInt(length.getText().strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(messages.get("prepare.error.length"));
        }
        List<String> ids = attendees.getChildren().stream().map(n -> (CheckBox) n).filter(CheckBox::isSelected)
                .map(c -> (String) c.getUserData()).toList();
        return new MeetingSeries(existing == null ? UUID.randomUUID().toString() : existing.id(), name.getText().strip(),
                cadence.getValue(), minutes, weekday.getValue(), at, zone.getText().strip(),
                facilitator.getValue() == null ? null : facilitator.getValue().id(), ids);
    }

    // --- helpers ---

    private MenuItem item(String id, String key, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        MenuItem mi = new MenuItem(messages.get(key));
        mi.setId(id);
        mi.setOnAction(action);
        return mi;
    }

    private Label caption(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("caption");
        return l;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** The templates the Session menu offers (tests). */
    List<String> templateNames() {
        return model.templates().stream().map(AgendaTemplate::name).toList();
    }
}
