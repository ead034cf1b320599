package org.cxcadence.ui.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cxcadence.domain.Metric;
import org.cxcadence.domain.Period;
import org.cxcadence.ui.common.Autosaver;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.LongLists;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The values grid: a row per period, a value and a target column per segment. Works like a
 * spreadsheet: type to replace, Enter or ↓ moves down, Tab or → at the end moves right, Esc undoes
 * the typing, Ctrl+V pastes a block copied from a spreadsheet from the focused cell. Every cell is
 * saved as it is left; a value's note is edited below the grid.
 */
final class ValuesGridView extends BorderPane {
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final PseudoClass NOTE = PseudoClass.getPseudoClass("noted");

    private final MetricsViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final ComboBox<Metric> select = LongLists.measureFirstRows(new ComboBox<>());
    private final GridPane grid = new GridPane();
    private final GridPane header = new GridPane();
    private final ScrollPane scroll = new ScrollPane(grid);
    private final Label noteTitle = new Label();
    private final TextField note = new TextField();
    private final Label cellError = new Label();
    private final Label readOnly = new Label();
    private static final double PERIOD_WIDTH = 112;
    private static final double CELL_WIDTH = 112;

    private TextField[][] fields = new TextField[0][0];
    private int focusRow = -1;
    private int focusColumn = -1;
    private boolean choosing;

    /** Whether the grid is on screen (its tab chosen); built only then, and again only when its metric changed. */
    private final javafx.beans.value.ObservableBooleanValue shown;
    private boolean stale = true;

    ValuesGridView(MetricsViewModel model, Messages messages, Formats formats) {
        this(model, messages, formats, new javafx.beans.property.SimpleBooleanProperty(true));
    }

    /**
     * @param shown whether the grid is on screen: a metric of ten years has hundreds of periods, a
     *              text field for each value and target, so the grid is not built while another tab
     *              is shown (the dashboard refreshes it each time it is shown)
     */
    ValuesGridView(MetricsViewModel model, Messages messages, Formats formats, javafx.beans.value.ObservableBooleanValue shown) {
        this.shown = shown;
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        setId("metric-values");
        getStyleClass().add("metric-values");
        header.getStyleClass().addAll("values-grid", "values-header");
        header.setId("values-header");
        VBox top = new VBox(toolbar(), header);
        setTop(top);
        // The header stays put while the periods scroll; it follows sideways scrolling.
        scroll.hvalueProperty().addListener((o, w, n) -> alignHeader());
        scroll.viewportBoundsProperty().addListener((o, w, n) -> alignHeader());
        grid.getStyleClass().add("values-grid");
        grid.setId("values-grid");
        scroll.setFitToWidth(false);
        scroll.getStyleClass().add("values-scroll");
        setCenter(scroll);
        setBottom(noteBar());
        model.gridVersionProperty().addListener((o, was, now) -> {
            stale = true;
            buildIfShown();
        });
        shown.addListener((o, was, now) -> buildIfShown());
        buildIfShown();
    }

    private HBox toolbar() {
        select.setId("values-metric-select");
        select.setItems(model.metrics());
        select.setConverter(new StringConverter<>() {
            @Override
            public String toString(Metric m) {
                return m == null ? "" : m.name();
            }

            @Override
            public Metric fromString(String s) {
                return null;
            }
        });
        select.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Metric m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.name());
            }
        });
        select.setVisibleRowCount(16);
        select.valueProperty().addListener((o, was, now) -> {
            if (now != null && !choosing) {
                model.autosaver().flush();
                model.select(now.id());
            }
        });
        Label hint = new Label(messages.get("metrics.grid.hint"));
        hint.getStyleClass().add("caption");
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        Label saved = new Label();
        saved.setId("values-save-state");
        saved.getStyleClass().add("caption");
        saved.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("metrics.save." + model.autosaver().stateProperty().get().name()),
                model.autosaver().stateProperty()));
        saved.setMinWidth(Region.USE_PREF_SIZE);
        readOnly.getStyleClass().add("badge-neutral");
        readOnly.setText(messages.get("metrics.grid.computed"));
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        HBox bar = new HBox(14, select, readOnly, hint, saved);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(14, 24, 10, 24));
        return bar;
    }

    private VBox noteBar() {
        noteTitle.getStyleClass().add("caption");
        note.setId("values-note");
        note.setPromptText(messages.get("metrics.grid.notePrompt"));
        note.setOnAction(e -> saveNote());
        note.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                saveNote();
            }
        });
        HBox.setHgrow(note, Priority.ALWAYS);
        cellError.setId("values-cell-error");
        cellError.getStyleClass().add("error-text");
        cellError.setWrapText(true);
        VBox bar = new VBox(6, noteTitle, note, cellError);
        bar.setPadding(new Insets(10, 24, 16, 24));
        bar.getStyleClass().add("note-bar");
        return bar;
    }

    private void saveNote() {
        if (focusRow >= 0 && focusColumn >= 0 && !model.grid().readOnly()) {
            model.grid().setNote(focusRow, focusColumn, note.getText());
        }
    }

    private void buildIfShown() {
        if (stale && shown.get()) {
            stale = false;
            build();
        }
    }

    private void build() {
        ValuesGridModel g = model.grid();
        choosing = true;
        select.setValue(g.metric() == null ? null : model.metrics().stream()
                .filter(m -> m.id().equals(g.metric().id())).findFirst().orElse(null));
        choosing = false;
        readOnly.setVisible(g.metric() != null && g.readOnly());
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        header.getChildren().clear();
        header.getColumnConstraints().clear();
        focusRow = -1;
        focusColumn = -1;
        note.setText("");
        note.setDisable(true);
        noteTitle.setText(messages.get("metrics.grid.noteNone"));
        cellError.setText("");
        if (g.metric() == null) {
            return;
        }
        List<ValuesGridModel.Column> columns = g.columns();
        for (GridPane pane : List.of(header, grid)) {
            pane.getColumnConstraints().add(fixed(PERIOD_WIDTH));
            for (int c = 0; c < columns.size(); c++) {
                pane.getColumnConstraints().add(fixed(CELL_WIDTH));
            }
        }
        // Header: segment names over their value and target columns, then the field names.
        Label corner = new Label(messages.get("metrics.grid.period"));
        corner.getStyleClass().add("grid-head");
        header.add(corner, 0, 0, 1, 2);
        for (int c = 0; c < columns.size(); c += 2) {
            Label seg = new Label(columns.get(c).label());
            seg.getStyleClass().addAll("grid-head", "grid-group");
            seg.setMaxWidth(Double.MAX_VALUE);
            header.add(seg, c + 1, 0, 2, 1);
        }
        for (int c = 0; c < columns.size(); c++) {
            Label f = new Label(messages.get("metrics.grid." + columns.get(c).field().name().toLowerCase(Locale.ROOT)));
            f.getStyleClass().addAll("grid-head", "grid-field");
            f.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHalignment(f, HPos.RIGHT);
            header.add(f, c + 1, 1);
        }
        List<Period> periods = g.periods();
        fields = new TextField[periods.size()][columns.size()];
        for (int r = 0; r < periods.size(); r++) {
            Label p = new Label(formats.period(periods.get(r).toString()));
            p.getStyleClass().add("grid-period");
            grid.add(p, 0, r);
            for (int c = 0; c < columns.size(); c++) {
                TextField field = cell(g, r, c, periods.get(r));
                fields[r][c] = field;
                grid.add(field, c + 1, r);
            }
        }
        int start = g.latestRowWithValue();
        Platform.runLater(() -> {
            double rows = Math.max(1, periods.size());
            scroll.setVvalue(Math.min(1, (start + 3) / rows));
        });
    }

    private TextField cell(ValuesGridModel g, int r, int c, Period period) {
        ValuesGridModel.Column column = g.columns().get(c);
        ValuesGridModel.Cell cell = g.cell(r, c);
        TextField field = new TextField();
        field.setId("cell-" + period + "-" + (column.segmentId() == null ? "total" : column.segmentId()) + "-"
                + column.field().name().toLowerCase(Locale.ROOT));
        field.getStyleClass().addAll("grid-cell", column.field() == ValuesGridModel.Field.TARGET ? "target-cell" : "value-cell");
        field.setPrefColumnCount(7);
        field.setPrefWidth(CELL_WIDTH);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setEditable(!g.readOnly());
        field.textProperty().bindBidirectional(cell.textProperty());
        field.pseudoClassStateChanged(DANGER, !cell.errorProperty().get().isEmpty());
        field.pseudoClassStateChanged(NOTE, cell.hasNoteProperty().get());
        cell.errorProperty().addListener((o, was, now) -> {
            field.pseudoClassStateChanged(DANGER, !now.isEmpty());
            field.setTooltip(now.isEmpty() ? null : new Tooltip(now));
            if (field.isFocused() || (focusRow == r && focusColumn == c)) {
                cellError.setText(now);
            }
        });
        cell.hasNoteProperty().addListener((o, was, now) -> field.pseudoClassStateChanged(NOTE, now));
        field.setAccessibleText(column.label() + " " + messages.get("metrics.grid."
                + column.field().name().toLowerCase(Locale.ROOT)) + ", " + formats.period(period.toString()));
        field.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                focusRow = r;
                focusColumn = c;
                showNote(g, r, c, period);
                Platform.runLater(field::selectAll);
            } else if (isCurrent(field, r, c)) {
                g.commit(r, c, field.getText());
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> onKey(e, field, g, r, c));
        return field;
    }

    /** A field of a grid since rebuilt (another metric) must not write into the new one. */
    private boolean isCurrent(TextField field, int r, int c) {
        return r < fields.length && c < fields[r].length && fields[r][c] == field;
    }

    private void showNote(ValuesGridModel g, int r, int c, Period period) {
        ValuesGridModel.Column column = g.columns().get(c);
        noteTitle.setText(messages.format("metrics.grid.noteFor", column.label(), formats.period(period.toString())));
        note.setText(g.note(r, c));
        note.setDisable(g.readOnly());
        cellError.setText(g.cell(r, c).errorProperty().get());
    }

    private void onKey(KeyEvent e, TextField field, ValuesGridModel g, int r, int c) {
        if (PASTE.match(e)) {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            String text = clipboard.hasString() ? clipboard.getString() : null;
            if (ValuesGridModel.isBlock(text)) {
                pasteBlock(r, c, text);
                e.consume();
            }
            return;
        }
        int rows = fields.length;
        int cols = rows == 0 ? 0 : fields[0].length;
        int caret = field.getCaretPosition();
        boolean allSelected = field.getSelectedText().length() == field.getLength();
        switch (e.getCode()) {
            case ENTER -> move(field, g, r, c, e.isShiftDown() ? r - 1 : r + 1, c, e);
            case DOWN -> move(field, g, r, c, r + 1, c, e);
            case UP -> move(field, g, r, c, r - 1, c, e);
            case TAB -> {
                int next = r * cols + c + (e.isShiftDown() ? -1 : 1);
                if (next >= 0 && next < rows * cols) {
                    move(field, g, r, c, next / cols, next % cols, e);
                } else {
                    e.consume();
                }
            }
            case LEFT -> {
                if (caret == 0 || allSelected) {
                    move(field, g, r, c, r, c - 1, e);
                }
            }
            case RIGHT -> {
                if (caret == field.getLength() || allSelected) {
                    move(field, g, r, c, r, c + 1, e);
                }
            }
            case ESCAPE -> {
                g.revert(r, c);
                field.selectAll();
                e.consume();
            }
            default -> { }
        }
    }

    /** Pastes from the focused cell; the focus stays, the pasted cells show their values or problems. */
    void pasteBlock(int r, int c, String text) {
        model.grid().paste(r, c, text);
    }

    private void move(TextField field, ValuesGridModel g, int r, int c, int toRow, int toColumn, KeyEvent e) {
        e.consume();
        g.commit(r, c, field.getText());
        if (toRow < 0 || toRow >= fields.length || toColumn < 0 || toColumn >= fields[toRow].length) {
            return;
        }
        TextField target = fields[toRow][toColumn];
        target.requestFocus();
        ensureVisible(target);
    }

    private void ensureVisible(TextField target) {
        double contentHeight = grid.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double y = target.getBoundsInParent().getMinY();
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (y < top + 40) {
            scroll.setVvalue(Math.max(0, (y - 40) / (contentHeight - viewport)));
        } else if (y + target.getHeight() > top + viewport) {
            scroll.setVvalue(Math.min(1, (y + target.getHeight() - viewport + 8) / (contentHeight - viewport)));
        }
    }

    private static javafx.scene.layout.ColumnConstraints fixed(double width) {
        javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints(width, width, width);
        c.setFillWidth(true);
        return c;
    }

    private void alignHeader() {
        double content = grid.getBoundsInLocal().getWidth();
        double viewport = scroll.getViewportBounds().getWidth();
        header.setTranslateX(content > viewport ? -scroll.getHvalue() * (content - viewport) : 0);
    }

    /** The text fields, for tests: row by period, column by segment and field. */
    List<TextField> cells() {
        List<TextField> all = new ArrayList<>();
        for (TextField[] row : fields) {
            all.addAll(List.of(row));
        }
        return all;
    }
}
