package org.cxcadence.app;

import org.cxcadence.cli.CliContext;
import org.cxcadence.cli.CommandLineFactory;
import org.cxcadence.store.SqliteNativeLibrary;

import javafx.application.Application;

/**
 * Entry point: {@code cx-cadence [GLOBAL OPTIONS]} opens the window, {@code cx-cadence VERB …}
 * runs a verb. Kept free of JavaFX until the GUI is chosen, so verbs start fast and headless.
 * (It is not the {@link Application} subclass, so JavaFX can also run from the class path.)
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        CliContext context = CliContext.forThisProcess();
        if (!CommandLineFactory.needsVerbs(args) && hasDisplay()) {
            // The window: its arguments are read while JavaFX starts (WindowArguments), not before.
            WindowArguments.readWhileJavaFxStarts(args, context);
            Application.launch(CxCadenceApp.class, args);
            System.exit(WindowArguments.exitCode());
        }
        SqliteNativeLibrary.useKeptCopy(context.directories().cacheDir()); // the window's is in WindowArguments' thread
        int code = CommandLineFactory.forArguments(args, options -> Application.launch(CxCadenceApp.class, args), context)
                .execute(args);
        // Exit explicitly: a verb's or the window's background threads must not keep the process alive.
        System.exit(code);
    }

    /**
     * False on a Linux or BSD machine without X11 or Wayland, where JavaFX cannot start: there a
     * mistyped option must still get its one-line message (read first, as for a verb).
     */
    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null
                || "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
    }
}
