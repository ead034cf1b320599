package org.cxcadence.ui.live;

import org.cxcadence.ui.common.Messages;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The keys of the live session (F1 or ?), over the screen; Esc or F1 closes it. */
final class ShortcutOverlay extends StackPane {
    private static final String[][] KEYS = {
            {"Ctrl+Enter", "run.key.start"}, {"Alt+→", "run.key.next"}, {"Alt+←", "run.key.previous"},
            {"Ctrl+L", "run.key.defer"}, {"Ctrl+N", "run.key.notes"}, {"Ctrl+D", "run.key.decision"},
            {"Ctrl+I", "run.key.action"}, {"Alt+↓ / Alt+↑", "run.key.leader"}, {"Ctrl+Shift+A", "run.key.attendance"},
            {"F5", "run.key.presenter"}, {"Ctrl+= / Ctrl+−", "run.key.zoom"}, {"Ctrl+E", "run.key.end"},
            {"F1 / ?", "run.key.help"}};

    ShortcutOverlay(Messages messages) {
        setId("run-shortcuts");
        getStyleClass().add("overlay");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        for (int i = 0; i < KEYS.length; i++) {
            // Key caps as the keyboard labels them: Strg and Umschalt on a German one.
            Label key = new Label(KEYS[i][0].replace("Ctrl", messages.get("key.ctrl"))
                    .replace("Shift", messages.get("key.shift")));
            key.getStyleClass().add("key-cap");
            grid.add(key, 0, i);
            grid.add(new Label(messages.get(KEYS[i][1])), 1, i);
        }
        Label title = new Label(messages.get("run.keys"));
        title.getStyleClass().add("title-3");
        VBox card = new VBox(14, title, grid);
        card.getStyleClass().add("card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        setAlignment(Pos.CENTER);
        getChildren().add(card);
        setOnMouseClicked(e -> setVisible(false));
    }
}
