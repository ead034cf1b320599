package org.cxcadence.ui.shell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cxcadence.ui.common.KeyHelp;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.NextPulse;
import org.cxcadence.ui.common.ShortcutOverlay;
import org.cxcadence.ui.common.Theme;
import org.cxcadence.ui.common.Tooltips;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
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
    private final ShortcutOverlay overlay;
    /** Keys the window around the shell adds (the File menu's accelerators). */
    private final List<KeyHelp.Hint> windowKeys = new ArrayList<>();

    static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination THEME = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination HELP_SLASH = new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN);

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
        overlay = new ShortcutOverlay(messages);
        BorderPane main = new BorderPane(new StackPane(content, overlay));
        main.setTop(buildHeader(busy));
        setCenter(main);
        model.sectionProperty().addListener((obs, old, now) -> {
            overlay.close();
            showSection(now);
        });
        showSection(model.section());
        addEventHandler(ShortcutOverlay.TOGGLE, e -> {
            toggleShortcuts();
            e.consume();
        });
        // On the scene, not this node: the keys work wherever the keyboard focus is (even on the menu bar).
        javafx.event.EventHandler<KeyEvent> pressed = this::onKeyPressed;
        javafx.event.EventHandler<KeyEvent> typed = this::onKeyTyped;
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
                was.removeEventFilter(KeyEvent.KEY_TYPED, typed);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
                now.addEventFilter(KeyEvent.KEY_TYPED, typed);
            }
        });
    }

    private void onKeyPressed(KeyEvent e) {
        // Ctrl+/ by key code (a character combination needs the platform's keymap, which Monocle lacks).
        boolean slash = e.isShortcutDown() && (e.getCode() == KeyCode.SLASH || e.getCode() == KeyCode.DIVIDE);
        if (e.getCode() == KeyCode.F1 || slash) {
            toggleShortcuts();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && overlay.isOpen()) {
            overlay.close();
            e.consume();
        }
    }

    private void onKeyTyped(KeyEvent e) {
        if ("?".equals(e.getCharacter()) && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
            toggleShortcuts();
            e.consume();
        }
    }

    /** Shows (or hides) the keys that work everywhere and those of the current screen. */
    public void toggleShortcuts() {
        if (overlay.isOpen()) {
            overlay.close();
            return;
        }
        Node screen = built.get(model.section());
        overlay.open(globalKeys(), messages.get(model.section().key()),
                screen == null ? List.of() : KeyHelp.of(screen));
    }

    /** The keys of the whole window: sections, the File menu, search, theme and this list. */
    List<KeyHelp.Hint> globalKeys() {
        List<KeyHelp.Hint> keys = new ArrayList<>();
        // The nine section keys in one line: "Ctrl+1 … 9" and the sections by number, as in the navigation.
        StringBuilder sections = new StringBuilder();
        for (Section section : Section.values()) {
            sections.append(sections.isEmpty() ? "" : " · ").append(section.ordinal() + 1).append(' ')
                    .append(messages.get(section.key()));
        }
        Section last = Section.values()[Section.values().length - 1];
        keys.add(new KeyHelp.Hint(Section.HOME.shortcut().getDisplayText() + " … " + (last.ordinal() + 1),
                messages.format("keys.goto", sections)));
        keys.addAll(windowKeys);
        keys.add(KeyHelp.Hint.of(SEARCH, messages.get("keys.search")));
        keys.add(KeyHelp.Hint.of(THEME, messages.get("keys.theme")));
        keys.add(new KeyHelp.Hint("F1 / " + HELP_SLASH.getDisplayText() + " / ?", messages.get("keys.help")));
        return keys;
    }

    /** Adds keys of the window around the shell (the File menu) to the overlay's global list. */
    public void addWindowKeys(List<KeyHelp.Hint> keys) {
        windowKeys.addAll(keys);
    }

    /** Ctrl+F: the current screen's search or filter; on a screen without one, History's search. */
    void focusSearch() {
        Node screen = built.get(model.section());
        java.util.Optional<Node> field = screen == null ? java.util.Optional.empty() : KeyHelp.searchOf(screen);
        if (field.isEmpty()) {
            model.show(Section.HISTORY);
            Node history = built.get(Section.HISTORY);
            field = history == null ? java.util.Optional.empty() : KeyHelp.searchOf(history);
        }
        field.ifPresent(ShellView::focusOnceShown);
    }

    /** A screen built just now enters the scene a pulse later (attachOnTheNextPulse): focus then. */
    private static void focusOnceShown(Node field) {
        if (field.getScene() != null) {
            focusAndSelect(field);
        } else {
            NextPulse.onceInScene(field, () -> Platform.runLater(() -> focusAndSelect(field)));
        }
    }

    private static void focusAndSelect(Node field) {
        field.requestFocus();
        if (field instanceof TextInputControl text) {
            text.selectAll();
        }
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
            Tooltips.onFirstHover(button, messages.get(section.key()) + "  (" + section.shortcut().getDisplayText() + ")");
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
        Tooltips.onFirstHover(workspace, () -> {
            Tooltip path = new Tooltip();
            path.textProperty().bind(model.workspacePathProperty());
            return path;
        });
        HBox header = new HBox(12, sectionTitle, spacer, working, workspace);
        header.getStyleClass().add("shell-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private void showSection(Section section) {
        sectionTitle.setText(messages.get(section.key()));
        navButtons.get(section).setSelected(true);
        Node screen = built.get(section);
        if (screen != null) {
            showOnly(screen);
            return;
        }
        Node fresh = screens.create(section).orElseGet(() -> new PlaceholderView(section, messages));
        built.put(section, fresh);
        if (!NextPulse.inShownWindow(this)) {
            showOnly(fresh);
        } else {
            attachOnTheNextPulse(section, fresh);
        }
    }

    /**
     * A screen's first showing costs its building and then the CSS and layout of its new nodes, both
     * on the FX thread: in one go that was one frame of 130-190 ms on the large workspace. The new
     * screen goes into the scene a pulse after it is built, so the two are two frames; the screen
     * before it stays until then (a blank frame would flash).
     */
    private void attachOnTheNextPulse(Section section, Node fresh) {
        NextPulse.run(() -> {
            if (model.section() == section) {
                showOnly(fresh);
            }
        });
    }

    /**
     * Shows {@code screen} and hides the others. A screen once shown stays in the scene, hidden and out
     * of the layout: a node put back into a scene has its styles worked out from scratch (JavaFX
     * re-applies CSS to a subtree that changes parent), which made every return to a screen a frame of
     * styling its whole tree again (docs/PERFORMANCE.md). Hidden nodes take no focus and are not drawn.
     */
    private void showOnly(Node screen) {
        if (screen.getParent() != content) {
            content.getChildren().add(screen);
        }
        for (Node child : content.getChildren()) {
            boolean shown = child == screen;
            child.setVisible(shown);
            child.setManaged(shown);
        }
    }

    /** Installs the section shortcuts (Ctrl/Cmd + 1…9), search (Ctrl+F) and the theme switch on the scene. */
    public void installShortcuts(Scene scene) {
        for (Section section : Section.values()) {
            scene.getAccelerators().put(section.shortcut(), () -> model.show(section));
        }
        scene.getAccelerators().put(SEARCH, this::focusSearch);
        scene.getAccelerators().put(THEME, model::toggleTheme);
    }
}
