package org.cxcadence.ui.shell;

import org.cxcadence.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A tidy "not yet available" state for a section whose screen has not been built yet. */
final class PlaceholderView extends VBox {
    PlaceholderView(Section section, Messages messages) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setId("placeholder-" + section.name().toLowerCase(java.util.Locale.ROOT));
        FontIcon icon = new FontIcon(section.icon());
        icon.getStyleClass().add("empty-state-icon");
        Label title = new Label(messages.get(section.key()));
        title.getStyleClass().add("title-2");
        Label purpose = new Label(messages.get(section.key() + ".purpose"));
        purpose.getStyleClass().add("empty-state-text");
        purpose.setWrapText(true);
        Label soon = new Label(messages.get("placeholder.notYet"));
        soon.getStyleClass().addAll("empty-state-hint");
        getChildren().addAll(icon, title, purpose, soon);
    }
}
