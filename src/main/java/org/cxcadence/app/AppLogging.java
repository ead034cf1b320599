package org.cxcadence.app;

import java.io.IOException;
import java.nio.file.Files;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.cxcadence.service.AppDirectories;

/** Sends the app's log to a rotating file in the log folder (its path is shown in Settings). */
final class AppLogging {
    private static boolean installed;

    private AppLogging() {
    }

    static synchronized void install(AppDirectories directories) {
        if (installed) {
            return;
        }
        installed = true;
        try {
            Files.createDirectories(directories.logDir());
            FileHandler file = new FileHandler(directories.logFile().toString(), 5_000_000, 1, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            Logger.getLogger("org.cxcadence").addHandler(file);
        } catch (IOException e) {
            Logger.getLogger("org.cxcadence").log(Level.WARNING, "No log file at " + directories.logFile(), e);
        }
    }
}
