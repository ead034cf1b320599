package org.cxcadence.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.cxcadence.service.InvalidInputException;
import org.cxcadence.service.WorkspaceUnavailableException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Builds the command line: the root command, its verbs, and the error style of CONTRACT.md
 * (one clear line on stderr, the exit code for the kind of failure, a stack trace only with --debug).
 */
public final class CommandLineFactory {

    private CommandLineFactory() {
    }

    public static CommandLine create(Consumer<GlobalOptions> openGui, CliContext context) {
        return create(openGui, context, true);
    }

    /**
     * The command line for {@code args}: without the verbs when no argument names a verb or asks for
     * help, so opening the window does not pay for building every verb's picocli model (about a third
     * of a second before the first frame, docs/PERFORMANCE.md). Such arguments parse and fail alike
     * either way: the verbs only add subcommands.
     */
    public static CommandLine forArguments(String[] args, Consumer<GlobalOptions> openGui, CliContext context) {
        return create(openGui, context, needsVerbs(args));
    }

    /**
     * The window's options when it is started as a desktop starts it — with no argument (the app's icon)
     * or with one workspace file (a double-click: {@code NAME.cxcadence}) — without building picocli's
     * model, which in a JVM just started costs a core for ~0.45 s beside the toolkit's own start (its
     * classes are Java 5 bytecode, outside the AOT cache): first frame 1,310 -> 1,199 ms on the large
     * workspace (docs/PERFORMANCE.md). These are the options picocli gives for those arguments
     * ({@code CommandLineTest}); for any other arguments, empty: picocli reads them.
     */
    public static Optional<GlobalOptions> desktopStart(String[] args) {
        if (args.length == 0) {
            return Optional.of(new GlobalOptions());
        }
        String file = args[0];
        // A leading '-' is an option, '@' picocli's argument file; other names than *.cxcadence are checked there.
        if (args.length != 1 || !file.endsWith(".cxcadence") || file.startsWith("-") || file.startsWith("@")) {
            return Optional.empty();
        }
        try {
            GlobalOptions options = new GlobalOptions();
            options.workspace = Path.of(file);
            return Optional.of(options);
        } catch (InvalidPathException e) {
            return Optional.empty(); // picocli's own message for it
        }
    }

    /**
     * True when an argument is a verb's name, asks for help or the version (whose text lists the
     * verbs), or is any short option (the only ones are -h and -V, perhaps clustered).
     */
    public static boolean needsVerbs(String[] args) {
        for (String arg : args) {
            boolean shortOption = arg.length() > 1 && arg.charAt(0) == '-' && arg.charAt(1) != '-';
            if (Verbs.NAMES.contains(arg) || shortOption || arg.equals("--help") || arg.equals("--version")) {
                return true;
            }
        }
        return false;
    }

    private static CommandLine create(Consumer<GlobalOptions> openGui, CliContext context, boolean withVerbs) {
        CxCadenceCommand root = new CxCadenceCommand(openGui);
        CommandLine cl = new CommandLine(root);
        if (withVerbs) {
            Verbs.register(cl, context);
        }
        cl.setExecutionExceptionHandler(new ErrorToExitCode(root));
        cl.setParameterExceptionHandler(CommandLineFactory::usageError);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** A usage error is one line naming what was wrong and where help is, exit 2 (not the whole usage text). */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("cx-cadence: " + ex.getMessage() + " (see: cx-cadence "
                + (ex.getCommandLine().getParent() == null ? "" : ex.getCommandLine().getCommandName() + " ")
                + "--help)");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** Maps what went wrong to an exit code and one line on stderr. */
    static final class ErrorToExitCode implements IExecutionExceptionHandler {
        private final CxCadenceCommand root;

        ErrorToExitCode(CxCadenceCommand root) {
            this.root = root;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            int code = exitCodeOf(ex);
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            err.println("cx-cadence: " + (code == ExitCodes.INTERNAL_ERROR ? "internal error: " : "") + message);
            if (root.options().debug()) {
                ex.printStackTrace(err);
            } else if (code == ExitCodes.INTERNAL_ERROR) {
                err.println("Run again with --debug for details.");
            }
            err.flush();
            return code;
        }

        static int exitCodeOf(Throwable ex) {
            if (ex instanceof InvalidInputException) {
                return ExitCodes.INVALID_INPUT;
            }
            if (ex instanceof WorkspaceUnavailableException) {
                return ExitCodes.WORKSPACE_UNUSABLE;
            }
            if (ex instanceof CommandLine.ParameterException) {
                return ExitCodes.USAGE;
            }
            return ExitCodes.INTERNAL_ERROR;
        }
    }
}
