package org.cxcadence.ui.shell;

import java.util.EnumMap;
import java.util.Map;

import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.Theme;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's frame: navigation on the left, the section's title bar on top, the section's
 * screen in the middle. Built in code: it is a fixed frame with nothing a designer would lay out.
 */
public final class ShellView extends BorderPane {
    private final ShellViewModel model;
    private final Messages messages;
    private final ScreenFactory screens;
    private final Map<Section, Node> built = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);
    private final StackPane content = new StackPane();
    private final Label sectionTitle = new Label();

    public ShellView(ShellViewModel model, Messages messages, ScreenFactory screens, ReadOnlyBooleanProperty busy) {
        this.model = model;
        this.messages = messages;
        this.screens = screens;
        setId("shell");
        getStyleClass().add("shell");
        setLeft(buildNavigation());
        content.getStyleClass().add("shell-content");
        content.setId("content");
        // The header sits over the content only, so the navigation runs the full height.
        BorderPane main = new BorderPane(content);
        main.setTop(buildHeader(busy));
        setCenter(main);
        model.sectionProperty().addListener((obs, old, now) -> showSection(now));
        showSection(model.section());
    }

    private Node buildNavigation() {
        Label brand = new Label(messages.get("app.name"));
        brand.getStyleClass().add("brand");
        ImageView logo = new ImageView(new Image(ShellView.class.getResource("/org/cxcadence/ui/icon-32.png").toExternalForm()));
        logo.setFitWidth(28);
        logo.setFitHeight(28);
        logo.setSmooth(true);
        brand.setGraphic(logo);
        VBox nav = new VBox(brand);
        nav.getStyleClass().add("nav");
        nav.setId("nav");
        ToggleGroup group = new ToggleGroup();
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(messages.get(section.key()), new FontIcon(section.icon()));
            button.setId(section.navId());
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setTooltip(new Tooltip(messages.get(section.key()) + "  (" + section.shortcut().getDisplayText() + ")"));
            button.setOnAction(e -> {
                model.show(section);
                button.setSelected(model.section() == section);
            });
            navButtons.put(section, button);
            nav.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button theme = new Button();
        theme.setId("toggle-theme");
        theme.getStyleClass().addAll("nav-button", "flat");
        theme.setMaxWidth(Double.MAX_VALUE);
        theme.setAlignment(Pos.CENTER_LEFT);
        theme.setOnAction(e -> model.toggleTheme());
        Runnable themeLabel = () -> {
            boolean dark = model.themeProperty().get() == Theme.DARK;
            theme.setText(messages.get(dark ? "theme.useLight" : "theme.useDark"));
            theme.setGraphic(new FontIcon(dark ? Material2OutlinedMZ.WB_SUNNY : Material2OutlinedMZ.NIGHTS_STAY));
        };
        model.themeProperty().addListener((obs, o, n) -> themeLabel.run());
        themeLabel.run();
        nav.getChildren().addAll(spacer, theme);
        return nav;
    }

    private Node buildHeader(ReadOnlyBooleanProperty busy) {
        sectionTitle.getStyleClass().add("section-title");
        sectionTitle.setId("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator working = new ProgressIndicator();
        working.setId("busy");
        working.getStyleClass().add("busy-indicator");
        working.visibleProperty().bind(busy);
        working.setMaxSize(18, 18);
        Label workspace = new Label();
        workspace.setId("workspace-name");
        workspace.getStyleClass().add("workspace-name");
        workspace.textProperty().bind(model.workspaceNameProperty());
        workspace.setGraphic(new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        Tooltip path = new Tooltip();
        path.textProperty().bind(model.workspacePathProperty());
        workspace.setTooltip(path);
        HBox header = new HBox(12, sectionTitle, spacer, working, workspace);
        header.getStyleClass().add("shell-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private void showSection(Section section) {
        Node screen = built.computeIfAbsent(section,
                s -> screens.create(s).orElseGet(() -> new PlaceholderView(s, messages)));
        content.getChildren().setAll(screen);
        sectionTitle.setText(messages.get(section.key()));
        navButtons.get(section).setSelected(true);
    }

    /** Installs the section shortcuts (Ctrl/Cmd + 1…9) on the scene. */
    public void installShortcuts(Scene scene) {
        for (Section section : Section.values()) {
            scene.getAccelerators().put(section.shortcut(), () -> model.show(section));
        }
    }
}
