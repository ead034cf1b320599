package org.cxcadence.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cxcadence.service.MetricImportPlan;
import org.cxcadence.service.MetricService;
import org.cxcadence.service.OpenWorkspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code metrics import FILE.csv}: values and targets from a spreadsheet, all or nothing. */
@Command(name = "import", description = {"Import metric values from a CSV file (see docs/FORMAT.md, Metrics CSV).",
        "Header: metric, period, value, and optionally segment and target, in any order and case.",
        "Separator , ; or tab; UTF-8. A row replaces the value stored for its metric, period and segment.",
        "The whole file is checked first: any bad row and nothing is imported (exit 3), every bad line listed."})
final class MetricsImportVerb implements Callable<Integer> {
    @ParentCommand
    MetricsVerb parent;

    @Parameters(paramLabel = "FILE.csv", description = "The CSV file.")
    Path file;

    private final CliContext context;

    MetricsImportVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        VerbSupport verb = new VerbSupport(context, parent.root.options());
        try (OpenWorkspace workspace = verb.workspaces().openForWriting(verb.workspace())) {
            MetricImportPlan plan = new MetricService(workspace).importCsv(verb.resolve(file));
            context.out().println(plan.fileName() + ": " + plan.describe()
                    + (plan.changesAnything() ? "" : " (nothing to change)"));
        }
        return ExitCodes.OK;
    }
}
