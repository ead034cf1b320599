package org.cxcadence.cli;

import java.io.PrintWriter;
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
        CxCadenceCommand root = new CxCadenceCommand(openGui);
        CommandLine cl = new CommandLine(root);
        Verbs.register(cl, context);
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
