package org.cxcadence.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.feedback.FeedbackView;
import org.cxcadence.ui.shell.ShellView;
import org.cxcadence.ui.start.OpeningView;
import org.cxcadence.ui.start.StartView;
import org.cxcadence.ui.workspace.StartupChoice;
import org.cxcadence.ui.workspace.WorkspaceActions;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The main window's content: the File menu on top, and below it either the first-start page or
 * the shell of the open workspace. Reopening another workspace rebuilds the shell, so no screen
 * keeps data of the previous one.
 */
public final class MainWindow extends BorderPane {
    private final Stage stage;
    private final AppContext context;
    private final ReadOnlyBooleanProperty busy;
    private final WorkspaceActions actions;
    /** The File menu and its bar: made when first needed, a frame after the first ({@link #fileMenu()}). */
    private Menu recentMenu;
    private MenuItem exportItem;
    private MenuItem showInFolderItem;
    private Menu fileMenu;
    private MenuBar menuBar;
    private final FeedbackView feedbackView;
    private ShellView shell;

    public MainWindow(Stage stage, AppContext context, ReadOnlyBooleanProperty busy, java.util.function.Consumer<Path> showFolder) {
        this.stage = stage;
        this.context = context;
        this.busy = busy;
        setId("main-window");
        Messages m = context.messages();
        actions = new WorkspaceActions(context.workspaces(), context.clock(), context.executor(), m, context.recent(),
                context::open, showFolder, context.feedback());
        actions.setOwner(stage);
        actions.setNotOpened(this::showStartInsteadOfOpening);
        actions.setCloseDamaged(workspace -> {
            if (context.session().current() == workspace) {
                context.autosaver().flush();
                context.session().closeCurrent();
                showStart(workspace.file());
            }
        });
        feedbackView = new FeedbackView(context.feedback());
        setCenter(feedbackView);
        context.session().addListener(this::showWorkspace);
        updateItems();
    }

    private static MenuItem item(String id, String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * Puts the menu bar in; {@link CxCadenceApp#show} calls it a frame after the window's first: the bar's
     * skin (a button a menu) was ~20-35 ms of that frame's styling in a JVM just started, and making the
     * menu's items another ~10 % of the FX thread's work before that frame (JFR, 4 starts); the page shown
     * while the workspace opens needs no menu yet.
     */
    void addMenuBar() {
        fileMenu();
        setTop(menuBar);
    }

    /** The File menu, made on first need: the menu bar a frame after the first, or a workspace shown before. */
    private Menu fileMenu() {
        if (fileMenu != null) {
            return fileMenu;
        }
        Messages m = context.messages();
        recentMenu = new Menu(m.get("menu.file.recent"));
        recentMenu.setId("menu-recent");
        exportItem = item("menu-export", m.get("menu.file.export"), null, () -> actions.exportWorkspace(context.session().current()));
        showInFolderItem = item("menu-show-folder", m.get("menu.file.showInFolder"), null,
                () -> actions.showInFolder(context.session().current()));
        Menu file = new Menu(m.get("menu.file"));
        file.setId("menu-file");
        file.getItems().addAll(
                item("menu-new", m.get("menu.file.new"), new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), actions::newWorkspace),
                item("menu-open", m.get("menu.file.open"), new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                        actions::openWorkspace),
                recentMenu,
                new SeparatorMenuItem(),
                item("menu-import", m.get("menu.file.import"), null, actions::importWorkspace),
                exportItem,
                new SeparatorMenuItem(),
                showInFolderItem,
                new SeparatorMenuItem(),
                item("menu-quit", m.get("menu.file.quit"), new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                        this::quit));
        file.setOnShowing(e -> fillRecent());
        fileMenu = file;
        menuBar = new MenuBar(file);
        menuBar.setId("menu-bar");
        menuBar.setUseSystemMenuBar(true);
        updateItems();
        return fileMenu;
    }

    /** Opens what the command line and the defaults ask for (CONTRACT.md: never creates a file silently). */
    public void start() {
        StartupChoice choice = StartupChoice.decide(context.requestedWorkspace(), context.directories().defaultWorkspace(),
                Files::exists);
        switch (choice) {
            case StartupChoice.Open open -> {
                feedbackView.setContent(new OpeningView(open.file(), context.messages()));
                // An open begun while JavaFX started may be done already: its screens are made after the first
                // frame has shown this page, not in its place (that frame came ~600 ms later otherwise).
                context.earlyOpen().takeOpen(open.file()).ifPresentOrElse(
                        begun -> org.cxcadence.ui.common.NextPulse.run(() -> actions.openFile(open.file(), begun)),
                        () -> actions.openFile(open.file()));
            }
            case StartupChoice.FirstStart first -> showStart(first.file());
            case StartupChoice.AskToCreate ask -> {
                showStart(ask.file());
                askToCreate(ask.file());
            }
        }
    }

    /** Opens a workspace file (tests, the screenshot tour, Open recent). */
    public void openFile(Path file) {
        actions.openFile(file);
    }

    /** The page shown while the start's workspace opens gives way to the start page when it cannot be opened. */
    private void showStartInsteadOfOpening(Path file) {
        if (feedbackView.content() instanceof OpeningView) {
            showStart(file);
        }
    }

    public void showStart(Path location) {
        feedbackView.setContent(new StartView(context.startViewModel(location), context.messages()));
        shell = null;
    }

    private void showWorkspace(OpenWorkspace workspace) {
        updateItems();
        if (workspace == null) {
            return;
        }
        shell = new ShellView(context.shell(), context.messages(), context.screens(), busy);
        if (stage.getScene() != null) {
            shell.installShortcuts(stage.getScene());
        }
        // The overlay (F1) lists the File menu's keys with the rest of the window's.
        shell.addWindowKeys(fileMenu().getItems().stream().filter(i -> i.getAccelerator() != null)
                .map(i -> org.cxcadence.ui.common.KeyHelp.Hint.of(i.getAccelerator(), i.getText().replace("…", "")))
                .toList());
        feedbackView.setContent(shell);
        warnAboutLocation(workspace, shell);
        stage.setTitle(workspace.file().getFileName() + " — " + context.messages().get("app.name"));
    }

    /**
     * A dismissible banner above the screens when the workspace sits in a cloud-synced folder or on
     * a network share (Data safety): sync tools copy live database files and can corrupt them; and
     * when a sync tool left conflict copies beside it (another computer's changes may be only there).
     */
    private void warnAboutLocation(OpenWorkspace workspace, ShellView forShell) {
        java.nio.file.Path file = workspace.file();
        context.executor().run(() -> org.cxcadence.service.WorkspaceLocation.warnings(file)).onSuccess(warnings -> {
            if (warnings.isEmpty() || shell != forShell) {
                return;
            }
            javafx.scene.control.Label text = new javafx.scene.control.Label(String.join("\n", warnings));
            text.setWrapText(true);
            text.setId("location-warning-text");
            text.setMaxWidth(Double.MAX_VALUE);
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap onto more lines, never cut
            text.setMinWidth(0);
            javafx.scene.control.Button dismiss = new javafx.scene.control.Button(context.messages().get("location.dismiss"));
            dismiss.setId("location-warning-dismiss");
            dismiss.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.HBox banner = new javafx.scene.layout.HBox(12, text, dismiss);
            banner.setId("location-warning");
            banner.getStyleClass().add("location-warning");
            banner.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            javafx.scene.layout.HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(banner, forShell);
            javafx.scene.layout.VBox.setVgrow(forShell, javafx.scene.layout.Priority.ALWAYS);
            dismiss.setOnAction(e -> box.getChildren().remove(banner));
            feedbackView.setContent(box);
        });
    }

    /** The progress strip, notifications and error dialogs around the window's content. */
    public FeedbackView feedback() {
        return feedbackView;
    }

    public ShellView shell() {
        return shell;
    }

    private void askToCreate(Path file) {
        Messages m = context.messages();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(stage);
        alert.setTitle(m.get("create.title"));
        alert.setHeaderText(m.get("create.header"));
        alert.setContentText(m.format("create.text", file.toAbsolutePath()));
        ButtonType create = new ButtonType(m.get("create.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType other = new ButtonType(m.get("create.other"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(m.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(create, other, cancel);
        alert.getDialogPane().setId("ask-create");
        Platform.runLater(() -> alert.showAndWait().ifPresent(b -> {
            if (b == create) {
                actions.open(() -> context.workspaces().createEmpty(file));
            } else if (b == other) {
                actions.openWorkspace();
            }
        }));
    }

    private void fillRecent() {
        List<Path> recent = context.recent().list();
        recentMenu.getItems().clear();
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem(context.messages().get("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
        for (Path path : recent) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.toAbsolutePath().getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.openFile(path));
            recentMenu.getItems().add(item);
        }
    }

    private void updateItems() {
        if (fileMenu == null) {
            return; // fileMenu() brings it up to date when it is made
        }
        boolean open = context.session().isOpen();
        exportItem.setDisable(!open);
        showInFolderItem.setDisable(!open);
    }

    private void quit() {
        stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        if (stage.isShowing()) {
            stage.close();
        }
        Platform.exit();
    }
}
