package org.cxcadence.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cxcadence.service.ActionService;
import org.cxcadence.service.OpenWorkspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code people import FILE.csv}: leaders from a spreadsheet, all or nothing (docs/FORMAT.md, People CSV). */
@Command(name = "people", description = "Leaders of the workspace.", subcommands = PeopleVerb.Import.class)
final class PeopleVerb implements Callable<Integer> {
    @ParentCommand
    CxCadenceCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final CliContext context;

    PeopleVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "people: say what to do, e.g. people import FILE.csv");
    }

    @Command(name = "import", description = {"Import people from CSV (columns in docs/FORMAT.md).",
            "People already there (same id, or same name) are updated; all or nothing (exit 3)."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        PeopleVerb parent;

        @Parameters(paramLabel = "FILE.csv")
        Path file;

        @Override
        public Integer call() {
            VerbSupport verb = new VerbSupport(parent.context, parent.root.options());
            try (OpenWorkspace workspace = verb.workspaces().openForWriting(verb.workspace())) {
                ActionService.ImportSummary summary = new ActionService(workspace).importPeople(verb.resolve(file));
                parent.context.out().println("People imported from " + summary.describe());
            }
            return ExitCodes.OK;
        }
    }
}
