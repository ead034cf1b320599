package org.cxcadence.ui.start;

import java.io.File;
import java.nio.file.Path;

import org.cxcadence.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The first-start page: two clear ways in, and where the workspace file will live. */
public final class StartView extends StackPane {

    public StartView(StartViewModel model, Messages messages) {
        setId("start");
        getStyleClass().add("start-page");

        ImageView logo = new ImageView(new Image(StartView.class.getResource("/org/cxcadence/ui/icon-256.png").toExternalForm()));
        logo.setFitWidth(72);
        logo.setFitHeight(72);
        Label title = new Label(messages.get("start.title"));
        title.getStyleClass().add("title-1");
        Label lead = new Label(messages.get("start.lead"));
        lead.getStyleClass().add("start-lead");
        lead.setWrapText(true);
        lead.setMaxWidth(620);
        lead.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        lead.setAlignment(Pos.CENTER);

        Button demo = choice("start-demo", Material2OutlinedMZ.SLIDESHOW, messages.get("start.demo"),
                messages.get("start.demo.detail"));
        demo.setOnAction(e -> model.startWithDemo());
        demo.setDefaultButton(true);
        Button empty = choice("start-empty", Material2OutlinedAL.INSERT_DRIVE_FILE, messages.get("start.empty"),
                messages.get("start.empty.detail"));
        empty.setOnAction(e -> model.startEmpty());
        HBox choices = new HBox(16, demo, empty);
        choices.setAlignment(Pos.CENTER);

        Label whereLabel = new Label(messages.get("start.location"));
        whereLabel.getStyleClass().add("caption");
        Label where = new Label();
        where.setId("start-location");
        where.getStyleClass().add("start-location");
        where.textProperty().bind(model.locationProperty().asString());
        Hyperlink change = new Hyperlink(messages.get("start.location.change"));
        change.setId("change-location");
        change.setOnAction(e -> chooseLocation(model, messages));
        where.setWrapText(true);
        where.setMaxWidth(600);
        HBox pathRow = new HBox(10, where, change);
        pathRow.setAlignment(Pos.CENTER);
        VBox location = new VBox(4, whereLabel, pathRow);
        location.setAlignment(Pos.CENTER);

        Hyperlink open = new Hyperlink(messages.get("start.openExisting"));
        open.setId("open-existing");
        open.setGraphic(new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        open.setOnAction(e -> chooseExisting(model, messages));

        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(28, 28);
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(model.busyProperty());
        Label error = new Label();
        error.setId("start-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox card = new VBox(18, logo, title, lead, choices, location, open, working, error);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("start-card");
        card.setMaxWidth(760);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.disableProperty().bind(model.busyProperty());
        getChildren().add(card);
    }

    private static Button choice(String id, org.kordamp.ikonli.Ikon icon, String title, String detail) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-3");
        Label text = new Label(detail);
        text.setWrapText(true);
        text.getStyleClass().add("choice-detail");
        text.setMaxWidth(300);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("choice-icon");
        VBox body = new VBox(8, glyph, heading, text);
        body.setAlignment(Pos.TOP_LEFT);
        Button button = new Button(null, body);
        button.setId(id);
        button.getStyleClass().add("choice-card");
        button.setPrefWidth(340);
        button.setMinHeight(180);
        button.setPrefHeight(180);
        button.setMaxHeight(180);
        button.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(button, Priority.ALWAYS);
        return button;
    }

    private void chooseLocation(StartViewModel model, Messages messages) {
        FileChooser chooser = workspaceChooser(messages, model.locationProperty().get());
        chooser.setTitle(messages.get("start.location.change"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            Path path = file.toPath();
            if (!path.getFileName().toString().contains(".")) {
                path = path.resolveSibling(path.getFileName() + ".cxcadence");
            }
            model.locationProperty().set(path);
        }
    }

    private void chooseExisting(StartViewModel model, Messages messages) {
        FileChooser chooser = workspaceChooser(messages, model.locationProperty().get());
        chooser.setTitle(messages.get("start.openExisting"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.open(file.toPath());
        }
    }

    static FileChooser workspaceChooser(Messages messages, Path near) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("file.workspaces"), "*.cxcadence"),
                new FileChooser.ExtensionFilter(messages.get("file.all"), "*"));
        if (near != null && near.toAbsolutePath().getParent() != null
                && near.toAbsolutePath().getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(near.toAbsolutePath().getParent().toFile());
            chooser.setInitialFileName(near.getFileName().toString());
        }
        return chooser;
    }
}
