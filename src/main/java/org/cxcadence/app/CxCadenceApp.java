package org.cxcadence.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.cxcadence.cli.GlobalOptions;
import org.cxcadence.service.AppDirectories;
import org.cxcadence.ui.FxUiExecutor;
import org.cxcadence.ui.common.Theme;
import org.cxcadence.ui.common.WindowPlacement;
import org.cxcadence.ui.common.WindowPlacement.Rect;
import org.cxcadence.ui.common.FxScheduler;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: builds the context, shows the main window, and tidies up on exit. */
public final class CxCadenceApp extends Application {
    private static final Logger LOG = Logger.getLogger(CxCadenceApp.class.getName());
    private static final Rect PREFERRED = new Rect(0, 0, 1280, 800);
    /** How long after the window's start the platform's desktop (opening files) is looked for. */
    private static final java.time.Duration DESKTOP_DETECTION_DELAY = java.time.Duration.ofSeconds(3);

    private AppContext context;
    private FxUiExecutor executor;

    @Override
    public void start(Stage stage) {
        java.util.Optional<GlobalOptions> read = WindowArguments.await(getParameters().getRaw().toArray(String[]::new));
        if (read.isEmpty()) {
            Platform.exit(); // the mistake is on stderr; the exit code is WindowArguments'
            return;
        }
        GlobalOptions options = read.get();
        AppDirectories directories = AppDirectories.forThisMachine();
        AppLogging.install(directories);
        executor = new FxUiExecutor();
        FxScheduler scheduler = new FxScheduler();
        context = new AppContext(directories, clockFor(options), executor, scheduler, Locale.getDefault(),
                options.workspace());
        context.setEarlyOpen(WindowArguments.earlyOpen());
        context.setOpenLink(link -> getHostServices().showDocument(link));
        // AWT's Desktop starts its toolkit: off the FX thread (macOS), and after the start, whose two cores it
        // took while the first frame and Home were made (6 starts alternating: first frame ~50 ms later). It is
        // needed once a file was written (the notice's Open and Show buttons), never within seconds of a start.
        AppContext ready = context;
        scheduler.schedule(DESKTOP_DETECTION_DELAY, () -> Thread.ofVirtual().name("cx-desktop-detect").start(() -> {
            org.cxcadence.ui.feedback.FileOpener files = org.cxcadence.ui.feedback.DesktopFileOpener.detect();
            javafx.application.Platform.runLater(() -> ready.feedback().setFiles(files));
        }));
        ExitGuard.hook(context); // SIGTERM, logout: typed text is committed and the WAL checkpointed
        MainWindow window = show(stage, context, executor, folder -> getHostServices().showDocument(folder.toUri().toString()));
        window.start();
    }

    /** The window's clock: the system's, or 9:00 of the day {@code --today} fixes. */
    static Clock clockFor(GlobalOptions options) {
        return options.fixedToday()
                .map(d -> Clock.fixed(d.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()))
                .orElse(Clock.systemDefaultZone());
    }

    /**
     * Builds the main window into the stage, without opening anything yet; also used by the
     * screenshot tour and TestFX tests, which then open the workspace they want.
     */
    public static MainWindow show(Stage stage, AppContext context, FxUiExecutor executor, Consumer<Path> showFolder) {
        context.shell().followSystemScheme(Platform.getPreferences().colorSchemeProperty());
        context.shell().themeProperty().get().apply();
        context.setShowFolder(showFolder);
        MainWindow window = new MainWindow(stage, context, executor.busyProperty(), showFolder);
        Scene scene = new Scene(window, PREFERRED.width(), PREFERRED.height());
        scene.getStylesheets().add(Theme.appStylesheet());
        StartupProbe.installIfAsked(scene, section -> context.shell().show(section));
        context.shell().themeProperty().addListener((obs, old, now) -> now.apply());
        context.shell().themeChoiceProperty().addListener((obs, old, now) -> context.preferences().setThemeChoice(now));
        stage.setTitle(context.messages().get("app.name"));
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        placeWindow(stage, context);
        stage.setOnCloseRequest(e -> {
            context.shell().flushAll();
            rememberWindow(stage, context);
        });
        stage.show();
        // The menu bar and the window icon come a frame after the first (bench/startup.sh: the first frame
        // 576 -> 542 ms on the large workspace): what the first frame must show is the page saying what opens.
        org.cxcadence.ui.common.NextPulse.run(() -> {
            context.earlyOpen().firstFrameShown();
            window.addMenuBar();
            stage.getIcons().setAll(new Image(CxCadenceApp.class.getResource("/org/cxcadence/ui/icon-256.png").toExternalForm()));
        });
        return window;
    }

    private static void placeWindow(Stage stage, AppContext context) {
        List<Rect> screens = Screen.getScreens().stream()
                .sorted((a, b) -> a == Screen.getPrimary() ? -1 : b == Screen.getPrimary() ? 1 : 0)
                .map(Screen::getVisualBounds)
                .map(b -> new Rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()))
                .toList();
        Rect place = WindowPlacement.place(context.preferences().windowBounds().orElse(null), screens, PREFERRED);
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setWidth(place.width());
        stage.setHeight(place.height());
        stage.setMaximized(context.preferences().windowMaximized());
    }

    private static void rememberWindow(Stage stage, AppContext context) {
        if (!stage.isMaximized() && !stage.isIconified()) {
            context.preferences().setWindow(new Rect(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()), false);
        } else {
            context.preferences().setWindow(context.preferences().windowBounds()
                    .orElse(toRect(Screen.getPrimary().getVisualBounds())), stage.isMaximized());
        }
        try {
            context.preferences().save();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save window preferences to " + context.preferences().file(), e);
        }
    }

    private static Rect toRect(Rectangle2D b) {
        return new Rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    /** Every exit path flushes typed text, then closes the workspace (WAL checkpoint, lock released). */
    @Override
    public void stop() {
        if (context != null) {
            context.shell().flushAll();
            context.session().close();
        }
        if (executor != null) {
            executor.close();
        }
    }
}
