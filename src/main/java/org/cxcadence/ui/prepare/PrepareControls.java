package org.cxcadence.ui.prepare;

import java.util.function.Function;
import java.util.function.IntConsumer;

import org.cxcadence.domain.AgendaRules;
import org.cxcadence.domain.TextLimits;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.NextPulse;
import org.cxcadence.ui.common.Tooltips;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** What the agenda editor and the template editor share: tool buttons, form rows, the status line, field checks. */
final class PrepareControls {
    static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private PrepareControls() {
    }

    /** A flat icon button with its tooltip (which names the shortcut) as accessible text. */
    static Button tool(Messages messages, String id, Ikon icon, String key, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("button-icon", "flat");
        Tooltips.onFirstHover(b, messages.get(key));
        b.setAccessibleText(messages.get(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Adds a labelled field at row {@code r} (and its error line under it, when given); returns the next free row. */
    static int formRow(Messages messages, GridPane form, int r, String key, Node field, StringProperty error,
                       String errorId) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        Node control = field instanceof NextPulse.Holder held ? held.content() : field;
        if (control instanceof Control c) {
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
        message.setWrapText(true);
        message.textProperty().bind(error);
        message.visibleProperty().bind(error.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        form.add(message, 1, r + 1);
        // On the control itself, also when it comes a frame later in a holder: the theme styles the control.
        error.addListener((o, w, now) -> control.pseudoClassStateChanged(DANGER, !now.isEmpty()));
        return r + 2;
    }

    /** The line at the bottom: an error (when there is one), the last notice, and that every change is saved. */
    static HBox statusBar(Messages messages, String prefix, StringProperty notice, StringProperty error) {
        Label said = new Label();
        said.setId(prefix + "-notice");
        said.textProperty().bind(notice);
        said.getStyleClass().add("caption");
        said.setWrapText(true);
        Label problem = new Label();
        problem.setId(prefix + "-error");
        problem.textProperty().bind(error);
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.visibleProperty().bind(error.isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        // The notice gives way to an error; both wrap across the width left by "saved", never letter by letter.
        said.visibleProperty().bind(notice.isNotEmpty().and(error.isEmpty()));
        said.managedProperty().bind(said.visibleProperty());
        VBox lines = new VBox(2, problem, said);
        lines.setMinWidth(0);
        lines.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(lines, Priority.ALWAYS);
        Label saved = new Label(messages.get("prepare.autosave"));
        saved.getStyleClass().add("caption");
        saved.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(12, lines, saved);
        box.getStyleClass().add("prepare-statusbar");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /**
     * An ordered list whose selection follows {@code selected}: Alt+Up/Down moves the selected line
     * ({@code move} gets -1 or +1), Delete removes it; a caption says what to do while it is empty.
     */
    static <T> void orderedList(Messages messages, ListView<T> list, String id, ObservableList<T> items,
                                ObjectProperty<T> selected, IntConsumer move, Runnable remove, String emptyKey) {
        list.setId(id);
        list.setItems(items);
        list.getSelectionModel().selectedItemProperty().addListener((o, w, row) -> {
            if (row != null) {
                selected.set(row);
            }
        });
        org.cxcadence.ui.common.KeyHelp.declare(list, java.util.List.of(
                new org.cxcadence.ui.common.KeyHelp.Hint("Alt+↑ / Alt+↓", messages.get("keys.reorder")),
                new org.cxcadence.ui.common.KeyHelp.Hint("Delete", messages.get("keys.delete"))));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move.accept(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && !e.isAltDown()) {
                remove.run();
                e.consume();
            }
        });
        Label empty = new Label(messages.get(emptyKey));
        empty.setWrapText(true);
        empty.getStyleClass().add("caption");
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    /**
     * An editor's keys: Ctrl+Z undo and Ctrl+Shift+Z (or Ctrl+Y) redo, outside text fields (which
     * undo their own typing); Ctrl+N adds (then {@code focus} takes the keyboard, e.g. the new line's title).
     */
    static void editorKeys(Messages messages, Node editor, Runnable undo, Runnable redo,
                           java.util.function.BooleanSupplier add, javafx.scene.control.TextField focus) {
        org.cxcadence.ui.common.KeyHelp.declare(editor, java.util.List.of(
                org.cxcadence.ui.common.KeyHelp.Hint.of(ADD, messages.get("keys.add")),
                org.cxcadence.ui.common.KeyHelp.Hint.of(UNDO, messages.get("keys.undo")),
                new org.cxcadence.ui.common.KeyHelp.Hint(REDO.getDisplayText() + " / " + REDO_Y.getDisplayText(),
                        messages.get("keys.redo"))));
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean inText = e.getTarget() instanceof javafx.scene.control.TextInputControl;
            if (REDO.match(e) || REDO_Y.match(e)) {
                if (!inText) {
                    redo.run();
                    e.consume();
                }
            } else if (UNDO.match(e)) {
                if (!inText) {
                    undo.run();
                    e.consume();
                }
            } else if (ADD.match(e)) {
                if (add.getAsBoolean()) {
                    focus.requestFocus();
                    focus.selectAll();
                }
                e.consume();
            }
        });
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
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

    /** Lets a label in a list cell wrap within the list's width (less {@code room} for the rest of the line). */
    static void wrapWithin(Label label, ListView<?> list, double room) {
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.prefWidthProperty().bind(list.widthProperty().subtract(room));
        label.maxWidthProperty().bind(label.prefWidthProperty());
    }

    /** What is wrong with a title or name as typed ("" when nothing): blank, or too long. */
    static String titleProblem(Messages messages, String text) {
        if (text == null || text.isBlank()) {
            return messages.get("prepare.error.blankTitle");
        }
        if (TextLimits.length(text) > TextLimits.MAX_TITLE) {
            return messages.format("prepare.error.longTitle", TextLimits.MAX_TITLE);
        }
        return "";
    }

    /** A timebox as typed: {@code null} when blank (none), else whole minutes from 1 to 240. */
    static Integer minutes(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        int minutes = Integer.parseInt(t);
        AgendaRules.checkPlannedMinutes(minutes);
        return minutes;
    }

    static String minutesProblem(Messages messages) {
        return messages.format("prepare.error.minutes", AgendaRules.MAX_ITEM_MINUTES);
    }
}
