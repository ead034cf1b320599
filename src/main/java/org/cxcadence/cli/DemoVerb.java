package org.cxcadence.cli;

import java.util.concurrent.Callable;

import org.cxcadence.service.ExchangeService.FillSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code demo}: fills a new workspace with the demo company, the same for the same --today. */
@Command(name = "demo", description = {"Create a workspace holding the demo company (needs a new or empty workspace).",
        "The same --today gives the same workspace."})
final class DemoVerb implements Callable<Integer> {
    @ParentCommand
    CxCadenceCommand root;

    private final CliContext context;

    DemoVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        VerbSupport verb = new VerbSupport(context, root.options());
        FillSummary summary = verb.exchange().fillWithDemo(verb.workspace(), verb.today());
        context.out().println("Demo company written to " + summary.describe());
        return ExitCodes.OK;
    }
}
