package org.cxcadence.app;

import org.cxcadence.cli.CliContext;
import org.cxcadence.cli.CommandLineFactory;

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
        int code = CommandLineFactory.forArguments(args, options -> Application.launch(CxCadenceApp.class, args),
                CliContext.forThisProcess()).execute(args);
        // Exit explicitly: a verb's or the window's background threads must not keep the process alive.
        System.exit(code);
    }
}
