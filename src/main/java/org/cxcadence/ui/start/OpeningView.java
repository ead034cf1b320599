package org.cxcadence.ui.start;

import java.nio.file.Path;

import org.cxcadence.ui.common.Messages;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What the window shows while the workspace it was started with opens (a moment; a second or two
 * for a large workspace in a JVM just started): the app's name and the file being opened, instead
 * of the first-start page, whose choices (the demo, an empty workspace) are wrong for someone who
 * has a workspace. Labels only, so the window's first frame is not held up by icons or images.
 */
public final class OpeningView extends StackPane {

    public OpeningView(Path file, Messages messages) {
        setId("opening");
        getStyleClass().add("start-page");
        Label title = new Label(messages.get("app.name"));
        title.getStyleClass().add("title-1");
        Label what = new Label(messages.format("feedback.opening", file.getFileName()));
        what.setId("opening-file");
        what.getStyleClass().add("start-lead");
        Path folder = file.toAbsolutePath().getParent();
        Label where = new Label(folder == null ? "" : folder.toString());
        where.getStyleClass().addAll("caption", "start-location");
        where.setWrapText(true);
        where.setMaxWidth(600);
        VBox card = new VBox(12, title, what, where);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("start-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getChildren().add(card);
    }
}
