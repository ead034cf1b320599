package org.cxcadence.app;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.cxcadence.cli.CliContext;
import org.cxcadence.cli.CommandLineFactory;
import org.cxcadence.cli.ExitCodes;
import org.cxcadence.cli.GlobalOptions;
import org.cxcadence.service.AppDirectories;
import org.cxcadence.store.SqliteNativeLibrary;

/**
 * The window's command line, read by picocli on a thread of its own while JavaFX starts: building
 * even the root command's model costs picocli ~0.2 s, as long as the toolkit's own start, and the
 * two need not wait on each other. The desktop's own starts (no argument, or the file double-clicked)
 * need no parser at all ({@link CommandLineFactory#desktopStart}). A mistake is reported exactly as on
 * the command line (one line on stderr, exit 2) and the window never shows. Once read, the same thread
 * opens the workspace the window will open and reads Home's part of it ({@link EarlyOpen}).
 */
final class WindowArguments {
    private static volatile CompletableFuture<Optional<GlobalOptions>> parsing;
    /** Set before {@link #parsing} completes, so whoever {@link #await}ed it sees it. */
    private static volatile EarlyOpen early = EarlyOpen.none();
    private static final AtomicInteger EXIT_CODE = new AtomicInteger(ExitCodes.OK);

    private WindowArguments() {
    }

    /** Starts reading {@code args} (which name no verb: {@link CommandLineFactory#needsVerbs}). */
    static void readWhileJavaFxStarts(String[] args, CliContext context) {
        CompletableFuture<Optional<GlobalOptions>> read = new CompletableFuture<>();
        parsing = read;
        Thread thread = new Thread(() -> {
            SqliteNativeLibrary.useKeptCopy(context.directories().cacheDir()); // before the early open's connection
            Optional<GlobalOptions> options;
            EarlyOpen opening;
            try {
                options = parse(args, context);
                opening = options.map(o -> {
                    AppDirectories directories = AppDirectories.forThisMachine();
                    AppLogging.install(directories); // before the open, which may log (a daily backup that failed)
                    return EarlyOpen.forStart(o.workspace(), directories.defaultWorkspace(), CxCadenceApp.clockFor(o));
                }).orElse(EarlyOpen.none());
            } catch (RuntimeException | Error e) {
                read.completeExceptionally(e);
                return;
            }
            early = opening;
            read.complete(options);
            opening.run(new StartReadAhead(Locale.getDefault())); // the window's locale (CxCadenceApp)
        }, "cx-window-arguments");
        thread.setDaemon(true);
        thread.start();
    }

    /** The open begun once the arguments were read ({@link EarlyOpen#none()} for an app started another way). */
    static EarlyOpen earlyOpen() {
        return early;
    }

    /**
     * The options the window opens with, waiting for the reading begun in {@code main}, or read now
     * (an app started another way, e.g. as the Application class itself); empty after a mistake.
     */
    static Optional<GlobalOptions> await(String[] args) {
        CompletableFuture<Optional<GlobalOptions>> started = parsing;
        return started != null ? started.join() : parse(args, CliContext.forThisProcess());
    }

    /** What the process exits with once the window has closed: not OK when the arguments were refused. */
    static int exitCode() {
        return EXIT_CODE.get();
    }

    private static Optional<GlobalOptions> parse(String[] args, CliContext context) {
        Optional<GlobalOptions> desktop = CommandLineFactory.desktopStart(args);
        if (desktop.isPresent()) {
            return desktop;
        }
        GlobalOptions[] holder = new GlobalOptions[1];
        int code = CommandLineFactory.forArguments(args, options -> holder[0] = options, context).execute(args);
        EXIT_CODE.set(code);
        return code == ExitCodes.OK ? Optional.ofNullable(holder[0]) : Optional.empty();
    }
}
