package org.cxcadence.ui.live;

import java.util.Optional;

import org.cxcadence.ui.common.Messages;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Ending a session asks the room for its rating, 1–10; keys 1–9 and 0 (for 10) pick one. */
final class RatingDialog extends Dialog<Integer> {
    private final ButtonType endButton;

    RatingDialog(Window owner, Messages messages) {
        endButton = new ButtonType(messages.get("run.end.confirm"), ButtonBar.ButtonData.OK_DONE);
        initOwner(owner);
        setTitle(messages.get("run.end.title"));
        setHeaderText(messages.get("run.end.header"));
        getDialogPane().setId("rating-dialog");
        ToggleGroup group = new ToggleGroup();
        HBox scale = new HBox(6);
        for (int i = 1; i <= 10; i++) {
            ToggleButton b = new ToggleButton(Integer.toString(i));
            b.setId("rating-" + i);
            b.setUserData(i);
            b.setToggleGroup(group);
            b.setPrefWidth(42);
            scale.getChildren().add(b);
        }
        Label hint = new Label(messages.get("run.end.hint"));
        hint.getStyleClass().add("caption");
        getDialogPane().setContent(new VBox(12, scale, hint));
        ButtonType end = endButton;
        ButtonType cancel = new ButtonType(messages.get("run.end.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(end, cancel);
        getDialogPane().lookupButton(end).disableProperty().bind(group.selectedToggleProperty().isNull());
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int digit = e.getCode().isDigitKey() ? digitOf(e.getCode()) : -1;
            if (digit >= 0) {
                int n = digit == 0 ? 10 : digit;
                group.selectToggle(group.getToggles().get(n - 1));
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ENTER && group.getSelectedToggle() != null) {
                // Enter ends the session with the chosen rating, wherever the focus is in the dialog.
                ((javafx.scene.control.Button) getDialogPane().lookupButton(endButton)).fire();
                e.consume();
            }
        });
        setResultConverter(b -> b == end && group.getSelectedToggle() != null
                ? (Integer) group.getSelectedToggle().getUserData() : null);
    }

    private static int digitOf(javafx.scene.input.KeyCode code) {
        String name = code.getName();
        char last = name.charAt(name.length() - 1);
        return Character.isDigit(last) ? last - '0' : -1;
    }

    Optional<Integer> ask() {
        return showAndWait();
    }
}
