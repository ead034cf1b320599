package org.cxcadence.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cxcadence.service.ExchangeService.FillSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import FILE}: a workspace JSON export into a new or empty workspace, all or nothing. */
@Command(name = "import", description = {"Import a workspace JSON file into a new or empty workspace.",
        "All or nothing: any problem is reported with its JSON path and nothing is written."})
final class ImportVerb implements Callable<Integer> {
    @ParentCommand
    CxCadenceCommand root;

    @Parameters(paramLabel = "FILE", description = "The JSON file (format cx-cadence-workspace).")
    Path file;

    private final CliContext context;

    ImportVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        VerbSupport verb = new VerbSupport(context, root.options());
        FillSummary summary = verb.exchange().importJson(verb.workspace(), verb.resolve(file));
        context.out().println("Imported into " + summary.describe());
        return ExitCodes.OK;
    }
}
