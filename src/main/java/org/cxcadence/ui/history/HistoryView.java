package org.cxcadence.ui.history;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;

import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.exchange.minutes.MinutesFormat;
import org.cxcadence.service.HistoryService;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.print.PrintDocuments;
import org.cxcadence.ui.print.Printing;
import org.cxcadence.ui.common.LongLists;
import org.cxcadence.ui.common.Tooltips;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;

/**
 * History: a filter bar, the sessions newest first (a virtualised list) or, while a query is typed,
 * the search hits with their matched words marked; the chosen session's minutes on the right with
 * the export and follow-up commands.
 */
public final class HistoryView extends BorderPane {
    private final HistoryViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final Consumer<String> openLink;
    private final MinutesView minutesView = new MinutesView();

    public HistoryView(HistoryViewModel model, Messages messages, Formats formats, Consumer<String> openLink) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.openLink = openLink;
        setId("history");
        getStyleClass().add("history");
        setTop(filterBar());
        SplitPane split = new SplitPane(lists(), minutesPane());
        split.setDividerPositions(0.36);
        setCenter(split);
        model.shownProperty().addListener((o, was, now) ->
                minutesView.show(now == null ? null : now.laid(), now == null ? List.of() : now.highlights()));
    }

    /** The view model behind the screen (tests drive commands that open file choosers through it). */
    public HistoryViewModel model() {
        return model;
    }

    private HBox filterBar() {
        TextField search = new TextField();
        search.setId("history-search");
        search.setPromptText(messages.get("history.search.prompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setPrefColumnCount(18);
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<HistoryViewModel.Option> series = combo("history-series", model.seriesOptions(), model.seriesProperty());
        ComboBox<HistoryViewModel.Option> topic = combo("history-topic", model.topicOptions(), model.topicAreaProperty());
        ComboBox<HistoryViewModel.Option> person = combo("history-person", model.personOptions(), model.personProperty());
        DatePicker from = date("history-from", messages.get("history.from"));
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = date("history-to", messages.get("history.to"));
        to.valueProperty().bindBidirectional(model.toProperty());
        HBox bar = new HBox(8, new FontIcon(Material2OutlinedMZ.SEARCH), search, series, topic, person, from, to);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("history-filter");
        bar.setPadding(new Insets(10, 14, 10, 14));
        return bar;
    }

    private static ComboBox<HistoryViewModel.Option> combo(String id, javafx.collections.ObservableList<HistoryViewModel.Option> items,
                                                           javafx.beans.property.ObjectProperty<HistoryViewModel.Option> value) {
        ComboBox<HistoryViewModel.Option> box = LongLists.measureFirstRows(new ComboBox<>(items));
        box.setId(id);
        box.setMaxWidth(170);
        box.valueProperty().bindBidirectional(value);
        items.addListener((javafx.collections.ListChangeListener<HistoryViewModel.Option>) c -> {
            if (box.getValue() == null && !items.isEmpty()) {
                box.setValue(items.getFirst());
            }
        });
        return box;
    }

    private static DatePicker date(String id, String prompt) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPromptText(prompt);
        p.setPrefWidth(120);
        return p;
    }

    private StackPane lists() {
        ListView<HistoryService.SessionSummary> sessions = new ListView<>(model.sessions());
        sessions.setId("history-sessions");
        sessions.setCellFactory(v -> new SessionCell());
        sessions.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.open(now.meetingId(), List.of());
            }
        });
        ListView<HistoryService.SearchResult> results = new ListView<>(model.results());
        results.setId("history-results");
        results.setCellFactory(v -> new ResultCell());
        results.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.openResult(now);
            }
        });
        Label none = new Label(messages.get("history.search.none"));
        none.getStyleClass().add("caption");
        results.setPlaceholder(none);
        Label noSessions = new Label(messages.get("history.sessions.none"));
        noSessions.getStyleClass().add("caption");
        sessions.setPlaceholder(noSessions);
        results.visibleProperty().bind(model.searchingProperty());
        sessions.visibleProperty().bind(model.searchingProperty().not());
        return new StackPane(sessions, results);
    }

    private BorderPane minutesPane() {
        Button pdf = command("history-export-pdf", "history.export.pdf", Material2OutlinedMZ.PICTURE_AS_PDF,
                () -> export(MinutesFormat.PDF));
        Button word = command("history-export-docx", "history.export.docx", Material2OutlinedAL.DESCRIPTION,
                () -> export(MinutesFormat.DOCX));
        MenuButton more = new MenuButton(messages.get("history.export.more"));
        more.setId("history-export-more");
        MenuItem md = new MenuItem(messages.get("history.export.md"));
        md.setOnAction(e -> export(MinutesFormat.MD));
        MenuItem html = new MenuItem(messages.get("history.export.html"));
        html.setOnAction(e -> export(MinutesFormat.HTML));
        more.getItems().addAll(md, html);
        MenuButton email = new MenuButton(messages.get("history.email"), new FontIcon(Material2OutlinedAL.EMAIL));
        email.setId("history-email");
        MenuItem copy = new MenuItem(messages.get("history.email.copy"));
        copy.setId("history-copy-email");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.emailText());
            Clipboard.getSystemClipboard().setContent(content);
            model.messageProperty().set(messages.get("history.email.copied"));
        });
        MenuItem eml = new MenuItem(messages.get("history.email.save"));
        eml.setId("history-save-email");
        eml.setOnAction(e -> saveEmail());
        MenuItem mail = new MenuItem(messages.get("history.email.open"));
        mail.setId("history-open-mail");
        mail.setOnAction(e -> openLink.accept(model.mailtoLink()));
        email.getItems().addAll(copy, eml, mail);
        MenuButton after = new MenuButton(messages.get("history.after"));
        after.setId("history-after");
        MenuItem sent = new MenuItem(messages.get("history.sent.toggle"));
        sent.setId("history-mark-sent");
        sent.setOnAction(e -> model.toggleSent());
        MenuItem correct = new MenuItem(messages.get("history.correct"));
        correct.setId("history-correct");
        correct.setOnAction(e -> correctDialog());
        MenuItem reopen = new MenuItem(messages.get("history.reopen"));
        reopen.setId("history-reopen");
        reopen.setOnAction(e -> model.reopen());
        after.getItems().addAll(sent, correct, reopen);
        Button print = command("history-print", "print.button", Material2OutlinedMZ.PRINT, this::print);
        Region printHolder = Printing.guard(print, messages);
        HBox toolbar = new HBox(6, pdf, word, more, email, printHolder, spacer(), after);
        toolbar.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("minutes-toolbar");
        toolbar.setPadding(new Insets(8, 12, 8, 12));
        toolbar.disableProperty().bind(model.shownProperty().isNull());
        Label status = new Label();
        status.setId("history-status");
        status.getStyleClass().add("caption");
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.errorProperty().get().isEmpty() ? model.messageProperty().get() : model.errorProperty().get(),
                model.errorProperty(), model.messageProperty()));
        status.setPadding(new Insets(4, 12, 6, 12));
        BorderPane pane = new BorderPane(minutesView);
        pane.setTop(toolbar);
        pane.setBottom(status);
        return pane;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private Button command(String id, String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button b = new Button(messages.get(key), new FontIcon(icon));
        b.setId(id);
        Tooltips.onFirstHover(b, messages.get(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void export(MinutesFormat format) {
        File file = chooser(format.extension(), messages.get("history.export." + format.extension())).showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.export(format, file.toPath());
        }
    }

    /** Print: the shown minutes laid out for paper, through the platform's print dialog. */
    private void print() {
        HistoryViewModel.Shown shown = model.shownProperty().get();
        if (shown == null) {
            return;
        }
        try {
            int sent = Printing.print(getScene().getWindow(), shown.laid().title(),
                    size -> PrintDocuments.minutes(shown.laid(), messages).pages(size));
            if (sent > 0) {
                model.messageProperty().set(messages.format("print.printed", sent));
            }
        } catch (RuntimeException e) {
            model.printFailed(e);
        }
    }

    private void saveEmail() {
        File file = chooser("eml", messages.get("history.email.save")).showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.saveEmail(file.toPath());
        }
    }

    private FileChooser chooser(String extension, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(model.suggestedFileName(extension));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
        return chooser;
    }

    /** A dated correction: what changed, optionally about one agenda item whose notes can be rewritten. */
    private void correctDialog() {
        HistoryViewModel.Shown shown = model.shownProperty().get();
        if (shown == null) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("history.correct"));
        dialog.setHeaderText(messages.get("history.correct.header"));
        ComboBox<HistoryViewModel.Option> item = LongLists.measureFirstRows(new ComboBox<>());
        item.setId("correct-item");
        item.getItems().add(new HistoryViewModel.Option(null, messages.get("history.correct.whole")));
        var agenda = model.shownAgenda();
        agenda.forEach(a -> item.getItems().add(new HistoryViewModel.Option(a.id(), a.title())));
        item.setValue(item.getItems().getFirst());
        TextArea notes = new TextArea();
        notes.setId("correct-notes");
        notes.setPrefRowCount(6);
        notes.setDisable(true);
        item.valueProperty().addListener((o, was, now) -> {
            notes.setDisable(now == null || now.id() == null);
            notes.setText(agenda.stream().filter(a -> now != null && a.id().equals(now.id())).findFirst()
                    .map(a -> a.notes() == null ? "" : a.notes()).orElse(""));
        });
        TextField what = new TextField();
        what.setId("correct-text");
        what.setPromptText(messages.get("history.correct.what"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("history.correct.item")), item);
        grid.addRow(1, new Label(messages.get("history.correct.what")), what);
        grid.addRow(2, new Label(messages.get("history.correct.notes")), notes);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(what.textProperty().isEmpty());
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            HistoryViewModel.Option chosen = item.getValue();
            String itemId = chosen == null ? null : chosen.id();
            model.correct(itemId, what.getText(), itemId == null ? null : notes.getText());
        });
    }

    private final class SessionCell extends ListCell<HistoryService.SessionSummary> {
        @Override
        protected void updateItem(HistoryService.SessionSummary s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(s.title());
            title.getStyleClass().add("row-name");
            String detail = formats.date(s.start())
                    + (s.rating() == null ? "" : " · " + messages.format("home.recent.rating", s.rating()))
                    + " · " + messages.format("home.recent.counts", s.decisions(), s.actionsRaised());
            Label when = new Label(detail);
            when.getStyleClass().add("caption");
            HBox badges = new HBox(6);
            if (s.status() != MeetingStatus.COMPLETED) {
                badges.getChildren().add(badge(messages.get("status." + s.status().name()), "badge-neutral"));
            }
            if (s.sent()) {
                badges.getChildren().add(badge(messages.get("history.badge.sent"), "badge-ok"));
            }
            if (s.corrections() > 0) {
                badges.getChildren().add(badge(messages.get("history.badge.corrected"), "badge-warn"));
            }
            VBox box = new VBox(2, title, new HBox(8, when, badges));
            setText(null);
            setGraphic(box);
        }
    }

    private final class ResultCell extends ListCell<HistoryService.SearchResult> {
        ResultCell() {
            setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
        }

        @Override
        protected void updateItem(HistoryService.SearchResult r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label where = new Label((r.meetingStart() == null ? "" : formats.date(r.meetingStart()) + " · ")
                    + (r.meetingTitle() == null ? messages.get("history.search.noSession") : r.meetingTitle()));
            where.getStyleClass().add("caption");
            Label context = new Label(r.context());
            context.setMaxWidth(Double.MAX_VALUE);
            context.getStyleClass().add("row-name");
            TextFlow snippet = new TextFlow();
            snippet.getStyleClass().add("search-snippet");
            for (HistoryService.SnippetPart p : r.snippet()) {
                Text t = new Text(p.text().replace('\n', ' '));
                if (p.highlighted()) {
                    t.getStyleClass().add("search-hit");
                }
                snippet.getChildren().add(t);
            }
            snippet.setMaxWidth(360);
            snippet.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
            setText(null);
            setGraphic(new VBox(2, context, where, snippet));
        }
    }

    private static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        return l;
    }
}
