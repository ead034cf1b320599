package org.cxcadence.ui.common;

import java.util.List;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The keyboard shortcuts over the screen (F1, Ctrl+/ or ?): the keys that work everywhere beside
 * the current screen's own. Esc, F1 or a click closes it, and the keyboard focus goes back where
 * it was. One overlay for the whole window; screens contribute their keys through {@link KeyHelp}.
 */
public final class ShortcutOverlay extends StackPane {
    public static final String ID = "shortcut-overlay";
    /** Fired by a screen's keyboard button; bubbles up to the shell, which shows or hides the list. */
    public static final EventType<Event> TOGGLE = new EventType<>(Event.ANY, "CX_TOGGLE_SHORTCUTS");
    private final Messages messages;
    private final HBox columns = new HBox(40);
    private Node returnFocusTo;

    public ShortcutOverlay(Messages messages) {
        this.messages = messages;
        setId(ID);
        getStyleClass().add("overlay");
        setVisible(false);
        Label title = new Label(messages.get("keys.title"));
        title.getStyleClass().add("title-3");
        Label hint = new Label(messages.get("keys.close"));
        hint.getStyleClass().add("caption");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(12, title, gap, hint);
        head.setAlignment(Pos.BASELINE_LEFT);
        VBox card = new VBox(14, head, columns);
        card.getStyleClass().addAll("card", "shortcut-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane centre = new StackPane(card);
        centre.setAlignment(Pos.CENTER);
        ScrollPane scroll = new ScrollPane(centre);
        scroll.getStyleClass().add("shortcut-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        getChildren().add(scroll);
        setFocusTraversable(true);
        setOnMouseClicked(e -> close());
    }

    /** Shows the keys; {@code screenTitle} names the current screen's column. */
    public void open(List<KeyHelp.Hint> everywhere, String screenTitle, List<KeyHelp.Hint> screen) {
        columns.getChildren().setAll(column("shortcut-global", messages.get("keys.everywhere"), everywhere),
                column("shortcut-screen", messages.format("keys.screen", screenTitle), screen));
        if (!isVisible()) {
            returnFocusTo = getScene() == null ? null : getScene().getFocusOwner();
        }
        setVisible(true);
        requestFocus();
    }

    /** Hides the keys and gives the keyboard back to the control that had it. */
    public void close() {
        if (!isVisible()) {
            return;
        }
        setVisible(false);
        Node back = returnFocusTo;
        returnFocusTo = null;
        if (back != null && back.getScene() == getScene() && back.isVisible() && !back.isDisabled()) {
            back.requestFocus();
        }
    }

    /** Asks the window to show or hide the shortcut list, e.g. from a keyboard button on a screen. */
    public static void requestToggle(Node from) {
        from.fireEvent(new Event(TOGGLE));
    }

    public boolean isOpen() {
        return isVisible();
    }

    /** Whether the window's shortcut overlay is showing (screens leave their keys alone then). */
    public static boolean isOpen(Scene scene) {
        return scene != null && scene.lookup("#" + ID) instanceof ShortcutOverlay overlay && overlay.isOpen();
    }

    private Node column(String id, String heading, List<KeyHelp.Hint> hints) {
        Label title = new Label(heading);
        title.getStyleClass().add("shortcut-heading");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        if (hints.isEmpty()) {
            Label none = new Label(messages.get("keys.none"));
            none.getStyleClass().add("caption");
            grid.add(none, 0, 0);
        }
        for (int i = 0; i < hints.size(); i++) {
            // Key caps as the keyboard labels them: Strg and Umschalt on a German one.
            Label key = new Label(hints.get(i).keys().replace("Ctrl", messages.get("key.ctrl"))
                    .replace("Shift", messages.get("key.shift")));
            key.getStyleClass().add("key-cap");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(hints.get(i).text());
            text.setWrapText(true);
            text.setMaxWidth(300);
            grid.add(key, 0, i);
            grid.add(text, 1, i);
        }
        VBox box = new VBox(10, title, grid);
        box.setId(id);
        return box;
    }
}
