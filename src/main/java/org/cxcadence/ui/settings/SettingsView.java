package org.cxcadence.ui.settings;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.cxcadence.domain.WorkspaceSettings;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.ThemeChoice;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Settings, in cards: workspace and files, company and rules, appearance, about. */
public final class SettingsView extends ScrollPane {

    public SettingsView(SettingsViewModel model, Messages messages, Consumer<Path> showFolder) {
        this(model, null, messages, showFolder);
    }

    /** With the Backups card when {@code backups} is given (Data safety). */
    public SettingsView(SettingsViewModel model, BackupsViewModel backups, Messages messages, Consumer<Path> showFolder) {
        setId("settings");
        getStyleClass().addAll("home", "edge-to-edge");
        setFitToWidth(true);
        VBox page = new VBox(20, filesCard(model, messages, showFolder), rulesCard(model, messages),
                appearanceCard(model, messages), aboutCard(model, messages));
        if (backups != null) {
            page.getChildren().add(3, new BackupsCard(backups, messages)); // after appearance: keep the first screenful as it was
        }
        page.getStyleClass().add("page");
        page.setMaxWidth(900);
        setContent(page);
    }

    private Node filesCard(SettingsViewModel model, Messages m, Consumer<Path> showFolder) {
        GridPane grid = form();
        pathRow(grid, 0, "settings-workspace-file", m.get("settings.workspaceFile"), model.workspaceFileProperty(),
                m, showFolder, true);
        pathRow(grid, 1, "settings-backups", m.get("settings.backups"), model.backupsFolderProperty(), m, showFolder,
                false);
        pathRow(grid, 2, "settings-log-file", m.get("settings.logFile"), model.logFileProperty(), m, showFolder, true);
        Label hint = caption(m.get("settings.files.hint"));
        return card(m.get("settings.files"), new VBox(12, grid, hint));
    }

    private void pathRow(GridPane grid, int row, String id, String label, StringProperty path, Messages m,
                         Consumer<Path> showFolder, boolean isFile) {
        TextField field = new TextField();
        field.setId(id);
        field.setEditable(false);
        field.textProperty().bind(path);
        field.getStyleClass().add("path-field");
        Button show = new Button(m.get("settings.showInFolder"), new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        show.getStyleClass().add("flat");
        show.setOnAction(e -> {
            if (!path.get().isBlank()) {
                Path p = Path.of(path.get());
                showFolder.accept(isFile ? p.getParent() : p);
            }
        });
        Label l = new Label(label);
        l.setLabelFor(field);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
        grid.add(show, 2, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    private Node rulesCard(SettingsViewModel model, Messages m) {
        GridPane grid = form();
        TextField company = new TextField();
        company.setId("settings-company");
        company.setPromptText(m.get("settings.company.prompt"));
        company.textProperty().bindBidirectional(model.companyNameProperty());
        Label companyError = new Label();
        companyError.getStyleClass().add("error-text");
        companyError.textProperty().bind(model.companyErrorProperty());
        companyError.managedProperty().bind(model.companyErrorProperty().isNotEmpty());
        grid.add(new Label(m.get("settings.company")), 0, 0);
        VBox companyBox = new VBox(4, company, companyError);
        grid.add(companyBox, 1, 0);
        GridPane.setHgrow(companyBox, Priority.ALWAYS);

        Spinner<Integer> sessions = new Spinner<>(1, 12, WorkspaceSettings.DEFAULT_STALLED_AFTER_SESSIONS);
        sessions.setId("settings-stalled-after");
        sessions.setEditable(true);
        sessions.setPrefWidth(90);
        model.stalledAfterSessionsProperty().addListener((o, was, now) -> {
            if (!now.equals(sessions.getValue())) {
                sessions.getValueFactory().setValue(now.intValue());
            }
        });
        sessions.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.stalledAfterSessionsProperty().set(now);
            }
        });
        HBox stalled = new HBox(10, sessions, new Label(m.get("settings.stalled.sessions")));
        stalled.setAlignment(Pos.CENTER_LEFT);
        grid.add(new Label(m.get("settings.stalled")), 0, 1);
        grid.add(stalled, 1, 1);
        Label hint = caption(m.get("settings.stalled.hint"));
        hint.setWrapText(true);
        return card(m.get("settings.rules"), new VBox(12, grid, hint));
    }

    private Node appearanceCard(SettingsViewModel model, Messages m) {
        ToggleGroup group = new ToggleGroup();
        java.util.Map<ThemeChoice, RadioButton> buttons = new java.util.EnumMap<>(ThemeChoice.class);
        HBox row = new HBox(20);
        for (ThemeChoice choice : ThemeChoice.values()) {
            String name = choice.name().toLowerCase(java.util.Locale.ROOT);
            RadioButton button = new RadioButton(m.get("settings.theme." + name));
            button.setId("settings-theme-" + name);
            button.setToggleGroup(group);
            button.setUserData(choice);
            buttons.put(choice, button);
            row.getChildren().add(button);
        }
        Runnable show = () -> group.selectToggle(buttons.get(model.themeProperty().get()));
        show.run();
        model.themeProperty().addListener((o, was, now) -> show.run());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.themeProperty().set((ThemeChoice) now.getUserData());
            }
        });
        return card(m.get("settings.appearance"), new VBox(10, row, caption(m.get("settings.appearance.followHint"))));
    }

    private Node aboutCard(SettingsViewModel model, Messages m) {
        Label version = new Label();
        version.setId("settings-version");
        version.textProperty().bind(model.versionProperty());
        return card(m.get("settings.about"), new VBox(6, version, caption(m.get("settings.about.hint"))));
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.getStyleClass().add("form");
        return grid;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("caption");
        l.setWrapText(true);
        return l;
    }

    private static Node card(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        VBox card = new VBox(14, heading, body);
        card.getStyleClass().add("card");
        return card;
    }
}
