package org.cxcadence.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code metrics list|import}: the customer metrics (CONTRACT.md, Metrics). */
@Command(name = "metrics", description = {"The customer metrics: list them, or import values from a CSV file.",
        "See 'metrics list --help' and 'metrics import --help'."})
final class MetricsVerb implements Callable<Integer> {
    @ParentCommand
    CxCadenceCommand root;

    @Spec
    CommandSpec spec;

    static void register(CommandLine root, CliContext context) {
        CommandLine metrics = new CommandLine(new MetricsVerb());
        metrics.addSubcommand("list", new MetricsListVerb(context));
        metrics.addSubcommand("import", new MetricsImportVerb(context));
        root.addSubcommand("metrics", metrics);
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing what to do: list or import");
    }
}
