package org.cxcadence.ui.prepare;

import java.io.File;
import java.util.List;
import java.util.Objects;

import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaTemplate;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.service.AgendaFormat;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.NextPulse;
import org.cxcadence.ui.print.PrintDocuments;
import org.cxcadence.ui.print.Printing;
import org.cxcadence.ui.common.LongLists;
import org.cxcadence.ui.common.Tooltips;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ClipboardContent;
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
    private static final PseudoClass PAST_END = PseudoClass.getPseudoClass("past-end");
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final PrepareViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final ListView<ItemRow> agenda = new ListView<>();
    private final TextField title = new TextField();
    private final ComboBox<TopicArea> area = new ComboBox<>();
    private final ComboBox<Person> presenter = LongLists.measureFirstRows(new ComboBox<>());
    private final TextField minutes = new TextField();
    private final TextArea prep = new TextArea();
    private final TextArea links = new TextArea();
    private final Label reason = new Label();
    private final Label kind = new Label();
    private final VBox reviewBox = new VBox(4);
    private boolean showing;
    private final SessionDialogs dialogs;
    /** Asks where to save (title, suggested name); a file chooser unless replaced (tests). */
    private java.util.function.BiFunction<String, String, File> saveDialog = this::chooseSaveFile;

    public PrepareView(PrepareViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.dialogs = new SessionDialogs(model, messages, formats, () -> getScene() == null ? null : getScene().getWindow());
        setId("prepare");
        getStyleClass().add("prepare");
        setTop(buildTop());
        SplitPane split = new SplitPane(buildAgenda(), NextPulse.holder(buildDetail()));
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
        PrepareControls.editorKeys(messages, this, model::undo, model::redo, () -> model.addItem() != null, title);
        showItem(model.selectedProperty().get());
    }


    // --- top: series, session, actions ---

    private Node buildTop() {
        ComboBox<MeetingSeries> series = new ComboBox<>(model.series());
        series.setId("prepare-series");
        series.setConverter(converter(MeetingSeries::name));
        series.valueProperty().bindBidirectional(model.selectedSeriesProperty());
        series.setOnAction(e -> model.selectSeries(series.getValue()));
        // As wide as the longest series name (up to a limit), so the chosen one is not cut.
        series.setMinWidth(180);
        series.setMaxWidth(360);

        ComboBox<Meeting> session = LongLists.measureFirstRows(new ComboBox<>(model.sessions()));
        session.setId("prepare-session");
        session.setConverter(converter(this::sessionLabel));
        session.valueProperty().bindBidirectional(model.sessionProperty());
        session.setOnAction(e -> model.selectSession(session.getValue()));
        session.setPrefWidth(230);
        session.setMinWidth(Region.USE_PREF_SIZE);

        Button next = new Button(messages.get("prepare.next"), new FontIcon(Material2OutlinedAL.EVENT_NOTE));
        next.setId("prepare-open-next");
        next.setOnAction(e -> model.openNext());

        MenuButton sessionMenu = new MenuButton(messages.get("prepare.sessionMenu"));
        sessionMenu.setId("prepare-session-menu");
        sessionMenu.getItems().addAll(
                item("prepare-add-session", "prepare.addSession", e -> dialogs.askWhen(messages.get("prepare.addSession"),
                        null).ifPresent(w -> model.addSession(w.start(), w.minutes()))),
                item("prepare-reschedule", "prepare.reschedule", e -> model.currentSession().ifPresent(m ->
                        dialogs.askWhen(messages.get("prepare.reschedule"), m)
                                .ifPresent(w -> model.reschedule(w.start(), w.minutes())))),
                item("prepare-cancel", "prepare.cancel", e -> model.currentSession()
                        .filter(dialogs::confirmCancel).ifPresent(m -> model.cancelSession())),
                new SeparatorMenuItem(),
                item("prepare-save-template", "prepare.saveTemplate", e -> askTemplateName()),
                templatesMenu(),
                new SeparatorMenuItem(),
                item("prepare-edit-series", "prepare.editSeries", e -> editSeries(model.selectedSeriesProperty().get())),
                item("prepare-new-series", "prepare.newSeries", e -> editSeries(null)));
        sessionMenu.setOnShowing(e -> {
            boolean open = model.currentSession().filter(m -> m.status() == MeetingStatus.DRAFT
                    || m.status() == MeetingStatus.READY).isPresent();
            sessionMenu.getItems().stream().filter(i -> "prepare-reschedule".equals(i.getId())
                    || "prepare-cancel".equals(i.getId())).forEach(i -> i.setDisable(!open));
            sessionMenu.getItems().stream().filter(i -> "prepare-edit-series".equals(i.getId())
                    || "prepare-add-session".equals(i.getId()))
                    .forEach(i -> i.setDisable(model.selectedSeriesProperty().get() == null));
        });

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

        // Icon only: the bar is full at 1280 wide; the name is spoken and shown as a tooltip.
        Button print = new Button(null, new FontIcon(Material2OutlinedMZ.PRINT));
        print.setId("prepare-print");
        print.setAccessibleText(messages.get("print.button"));
        print.setOnAction(e -> print());
        Region printHolder = Printing.guard(print, messages, model.sessionProperty().isNull());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Tooltips.onFirstHover(series, messages.get("prepare.series"));
        Tooltips.onFirstHover(session, messages.get("prepare.session"));
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {next, sessionMenu, ready, export}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(10, series, session, next, sessionMenu, spacer, ready, export, printHolder);
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
            heading.setText(m != null ? m.title() : messages.get(model.loadedProperty().get() ? "prepare.noSession" : "prepare.loading"));
            when.setText(m == null ? "" : formats.dateTime(m.start()) + " · "
                    + messages.format("prepare.length", m.durationMinutes()));
            status.setText(m == null ? "" : messages.get("status." + m.status().name()));
            status.getStyleClass().setAll("label", m != null && m.status() == MeetingStatus.READY ? "badge-ok"
                    : m != null && m.status() == MeetingStatus.CANCELLED ? "badge-danger" : "badge-neutral");
        });
        // Until the first load ends, "loading", not "no session yet": a large workspace takes seconds.
        heading.setText(messages.get(model.loadedProperty().get() ? "prepare.noSession" : "prepare.loading"));
        model.loadedProperty().addListener((o, was, now) -> {
            if (model.sessionProperty().get() == null) {
                heading.setText(messages.get(now ? "prepare.noSession" : "prepare.loading"));
            }
        });
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
        PrepareControls.orderedList(messages, agenda, "prepare-agenda", model.items(), model.selectedProperty(),
                model::moveSelected, model::removeSelected, "prepare.emptyAgenda");
        if (agenda.getPlaceholder() instanceof Label empty) {
            // "The agenda is empty…" only once it is known to be.
            empty.textProperty().bind(javafx.beans.binding.Bindings.when(model.loadedProperty())
                    .then(messages.get("prepare.emptyAgenda")).otherwise(""));
        }
        agenda.setCellFactory(v -> new ItemCell());

        Button add = PrepareControls.tool(messages, "prepare-add", Material2OutlinedAL.ADD, "prepare.add", () -> {
            model.addItem();
            title.requestFocus();
            title.selectAll();
        });
        Button up = PrepareControls.tool(messages, "prepare-up", Material2OutlinedAL.ARROW_UPWARD, "prepare.up", () -> model.moveSelected(-1));
        Button down = PrepareControls.tool(messages, "prepare-down", Material2OutlinedAL.ARROW_DOWNWARD, "prepare.down", () -> model.moveSelected(1));
        Button remove = PrepareControls.tool(messages, "prepare-remove", Material2OutlinedAL.DELETE, "prepare.remove", model::removeSelected);
        Button undo = PrepareControls.tool(messages, "prepare-undo", Material2OutlinedMZ.UNDO, "prepare.undo", model::undo);
        Button redo = PrepareControls.tool(messages, "prepare-redo", Material2OutlinedMZ.REDO, "prepare.redo", model::redo);
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
            PrepareControls.wrapWithin(name, agenda, 170);
            PrepareControls.wrapWithin(sub, agenda, 170);
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
        r = PrepareControls.formRow(messages, form, r, "prepare.field.title", title, model.titleErrorProperty(), "prepare-item-title-error");
        kind.setId("prepare-item-kind");
        r = PrepareControls.formRow(messages, form, r, "prepare.field.kind", kind, null, null);
        area.setId("prepare-item-area");
        area.setItems(model.topicAreas());
        area.setConverter(converter(TopicArea::name));
        area.setMaxWidth(Double.MAX_VALUE);
        r = PrepareControls.formRow(messages, form, r, "prepare.field.area", NextPulse.holder(area), null, null);
        presenter.setId("prepare-item-presenter");
        presenter.setItems(model.presenters());
        presenter.setConverter(converter(p -> p.silo() == null ? p.name() : p.name() + " · " + p.silo()));
        presenter.setMaxWidth(Double.MAX_VALUE);
        r = PrepareControls.formRow(messages, form, r, "prepare.field.presenter", NextPulse.holder(presenter), null, null);
        minutes.setId("prepare-item-minutes");
        minutes.setPrefColumnCount(5);
        minutes.setMaxWidth(120);
        r = PrepareControls.formRow(messages, form, r, "prepare.field.minutes", NextPulse.holder(minutes), model.minutesErrorProperty(), "prepare-item-minutes-error");
        prep.setId("prepare-item-prep");
        prep.setWrapText(true);
        prep.setPrefRowCount(3);
        // The form comes top down over three frames: title and kind; the two lists and the minutes; the two
        // text areas (the costliest skins). Styled in one frame, the form took 100-170 ms on the large
        // workspace (bench/pulse.sh); nothing shown moves, as each part comes below what is there.
        r = PrepareControls.formRow(messages, form, r, "prepare.field.prep", NextPulse.holder(prep, 2), null, null);
        links.setId("prepare-item-links");
        links.setPrefRowCount(2);
        links.setPromptText(messages.get("prepare.field.links.prompt"));
        PrepareControls.formRow(messages, form, r, "prepare.field.links", NextPulse.holder(links, 2), null, null);

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
        model.actionReview().addListener((javafx.collections.ListChangeListener<PrepareViewModel.ReviewLine>) c ->
                showItem(model.selectedProperty().get()));
        return scroll;
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
        List<PrepareViewModel.ReviewLine> lines = k == AgendaItemKind.ACTION_REVIEW ? model.actionReview()
                : k == AgendaItemKind.METRICS_REVIEW ? model.metricReview()
                : List.of();
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
        for (PrepareViewModel.ReviewLine line : lines) {
            PrepareViewModel.ReviewLine.Kind kind = line.kind();
            boolean bullet = kind == PrepareViewModel.ReviewLine.Kind.ACTION || kind == PrepareViewModel.ReviewLine.Kind.METRIC;
            Label l = new Label(bullet ? "• " + line.text() : line.text());
            l.getStyleClass().add(kind == PrepareViewModel.ReviewLine.Kind.LEADER ? "review-owner" : "review-line");
            if (kind == PrepareViewModel.ReviewLine.Kind.MORE) {
                l.getStyleClass().add("caption");
            }
            l.setWrapText(true);
            reviewBox.getChildren().add(l);
        }
    }

    // --- bottom: notices and errors ---

    private Node buildStatus() {
        return PrepareControls.statusBar(messages, "prepare", model.noticeProperty(), model.errorProperty());
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

    /** Print: the agenda laid out for paper, through the platform's print dialog. */
    private void print() {
        model.printable(doc -> {
            try {
                int sent = Printing.print(getScene().getWindow(), doc.title(),
                        size -> PrintDocuments.agenda(doc, messages).pages(size));
                if (sent > 0) {
                    model.noticeProperty().set(messages.format("print.printed", sent));
                }
            } catch (RuntimeException e) {
                model.printFailed(e);
            }
        });
    }

    /** The agenda as it would print (tests; the printer dialog picks the real paper). */
    public void printPreview(java.util.function.Consumer<org.cxcadence.ui.print.Printout> then) {
        model.printable(doc -> then.accept(PrintDocuments.agenda(doc, messages)));
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

    private void editSeries(MeetingSeries existing) {
        dialogs.editSeries(existing, List.copyOf(model.templates())).ifPresent(edit ->
                model.saveSeries(edit.series(), edit.templateId()));
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
        return PrepareControls.converter(text);
    }

    /** The templates the Session menu offers (tests). */
    List<String> templateNames() {
        return model.templates().stream().map(AgendaTemplate::name).toList();
    }
}
