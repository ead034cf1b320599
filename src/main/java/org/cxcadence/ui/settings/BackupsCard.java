package org.cxcadence.ui.settings;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.cxcadence.service.BackupService.BackupEntry;
import org.cxcadence.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Settings → Backups: the list (date, size, why), Back up now, Restore… with a confirmation. */
final class BackupsCard extends VBox {
    private final Messages messages;

    BackupsCard(BackupsViewModel model, Messages m) {
        super(14);
        this.messages = m;
        setId("settings-backups-card");
        getStyleClass().add("card");
        Label heading = new Label(m.get("backups.title"));
        heading.getStyleClass().add("card-title");

        ListView<BackupEntry> list = new ListView<>(model.backups());
        list.setId("backups-list");
        list.setPrefHeight(180);
        list.setPlaceholder(new Label(m.get("backups.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });

        Button now = new Button(m.get("backups.now"), new FontIcon(Material2OutlinedMZ.SAVE));
        now.setId("backup-now");
        now.disableProperty().bind(model.workingProperty());
        now.setOnAction(e -> model.backUpNow());
        Button restore = new Button(m.get("backups.restore"), new FontIcon(Material2OutlinedAL.HISTORY));
        restore.setId("backup-restore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(model.workingProperty()));
        restore.setOnAction(e -> {
            BackupEntry chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && confirm(chosen)) {
                model.restore(chosen);
            }
        });
        Label status = new Label();
        status.setId("backups-status");
        status.getStyleClass().add("caption");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        HBox buttons = new HBox(10, now, restore, status);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(m.get("backups.hint"));
        hint.getStyleClass().add("caption");
        hint.setWrapText(true);
        getChildren().addAll(heading, list, buttons, hint, secondFolderRow(model, m));
        model.load();
    }

    /** "Also copy each backup to: PATH  [Choose folder…] [Stop copying]" (a network drive, say). */
    private javafx.scene.Node secondFolderRow(BackupsViewModel model, Messages m) {
        Label label = new Label(m.get("backups.second"));
        Label path = new Label();
        path.setId("backups-second-folder");
        path.setWrapText(true);
        path.textProperty().bind(javafx.beans.binding.Bindings.when(model.secondFolderProperty().isEmpty())
                .then(m.get("backups.second.none")).otherwise(model.secondFolderProperty()));
        Button choose = new Button(m.get("backups.second.choose"), new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        choose.setId("backup-second-choose");
        choose.setOnAction(e -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle(m.get("backups.second.choose"));
            java.io.File folder = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
            if (folder != null) {
                model.setSecondFolder(folder.toPath());
            }
        });
        Button stop = new Button(m.get("backups.second.stop"));
        stop.setId("backup-second-stop");
        stop.disableProperty().bind(model.secondFolderProperty().isEmpty());
        stop.setOnAction(e -> model.setSecondFolder(null));
        HBox row = new HBox(10, label, path, choose, stop);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(path, javafx.scene.layout.Priority.ALWAYS);
        Label hint = new Label(m.get("backups.second.hint"));
        hint.getStyleClass().add("caption");
        hint.setWrapText(true);
        return new VBox(6, row, hint);
    }

    private String describe(BackupEntry e) {
        String when = e.taken().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()));
        String size = NumberFormat.getNumberInstance(messages.locale())
                .format(Math.max(1, Math.round(e.size() / 1024.0))) + " KB";
        String why = e.reason().isEmpty() ? "" : "  ·  " + (messages.bundle().containsKey("backups.reason." + e.reason()) ? messages.get("backups.reason." + e.reason()) : e.reason());
        return when + "  ·  " + size + why;
    }

    private boolean confirm(BackupEntry chosen) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.setTitle(messages.get("backups.confirm.title"));
        alert.setHeaderText(messages.get("backups.confirm.header"));
        alert.setContentText(messages.format("backups.confirm.text", describe(chosen)));
        ButtonType yes = new ButtonType(messages.get("backups.confirm.yes"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        alert.getDialogPane().setId("confirm-restore");
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }
}
