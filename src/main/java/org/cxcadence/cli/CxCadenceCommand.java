package org.cxcadence.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.cxcadence.service.AppInfo;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cx-cadence [GLOBAL OPTIONS] [VERB ARGS…]}: without a verb the GUI opens, with one the
 * verb runs. Verbs are picocli subcommands registered by {@link CommandLineFactory}.
 */
@Command(name = "cx-cadence", mixinStandardHelpOptions = true, versionProvider = CxCadenceCommand.Version.class,
        description = {"CX Cadence: prepare, run and record customer accountability sessions.",
                "Without a verb, the app's window opens."},
        footer = {"", "Exit codes:", "  0  success", "  1  unexpected internal error", "  2  usage error",
                "  3  invalid input (rejected; the workspace is unchanged)",
                "  4  the workspace cannot be used (missing, foreign, newer, damaged, or open for writing elsewhere)"})
public final class CxCadenceCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions options = new GlobalOptions();

    /** What a desktop's file association passes (double-click on a workspace): the same as --workspace FILE. */
    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "A workspace (.cxcadence) to open in the window, the same as --workspace FILE.")
    Path file;

    @Spec
    CommandSpec spec;

    private final Consumer<GlobalOptions> openGui;

    public CxCadenceCommand(Consumer<GlobalOptions> openGui) {
        this.openGui = openGui;
    }

    public GlobalOptions options() {
        return options;
    }

    @Override
    public Integer call() {
        if (file != null) {
            // A word that is neither a verb nor a workspace is a mistyped verb, not a file to create.
            if (!file.toString().endsWith(".cxcadence") && !Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Unknown verb or workspace file: " + file);
            }
            if (options.workspace != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Give the workspace once: --workspace " + options.workspace + " or " + file);
            }
            options.workspace = file;
        }
        openGui.accept(options);
        return ExitCodes.OK;
    }

    /** Prints the version filtered from the pom. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor", "") + ")"};
        }
    }
}
