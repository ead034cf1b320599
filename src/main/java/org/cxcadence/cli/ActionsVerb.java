package org.cxcadence.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cxcadence.exchange.actions.ActionListRenderer;
import org.cxcadence.service.ActionService;
import org.cxcadence.service.OpenWorkspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code actions [--owner O] [--status …] [--format …]} and {@code actions import FILE.csv}. */
@Command(name = "actions", description = {"List action items, each with its customer impact, overdue and stalled said in words.",
        "Read-only: works while the app has the workspace open."},
        subcommands = ActionsVerb.Import.class)
final class ActionsVerb implements Callable<Integer> {
    enum Status { open, overdue, stalled, done, all }

    enum Format { table, csv, md, json }

    @ParentCommand
    CxCadenceCommand root;

    @Option(names = "--owner", paramLabel = "O", description = "Only this leader's actions: a person id or exact name (any case).")
    String owner;

    @Option(names = "--status", paramLabel = "S", defaultValue = "open",
            description = "open (default), overdue, stalled, done or all.")
    Status status;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
            description = "table (default), csv, md or json (the workspace format's action shape).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    private final CliContext context;

    ActionsVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        VerbSupport verb = new VerbSupport(context, root.options());
        try (OpenWorkspace workspace = verb.workspaces().openReadOnly(verb.workspace())) {
            ActionService service = new ActionService(workspace);
            ActionListRenderer.Format f = ActionListRenderer.Format.valueOf(format.name().toUpperCase(Locale.ROOT));
            ActionService.StatusFilter s = ActionService.StatusFilter.valueOf(status.name().toUpperCase(Locale.ROOT));
            ExportVerb.StreamWriter write = stream -> service.writeList(f, owner, s, verb.today(), Locale.getDefault(), stream);
            if (out == null) {
                write.write(context.out());
                context.out().flush();
            } else {
                OutputFiles.write(verb.resolve(out), write);
            }
        }
        return ExitCodes.OK;
    }

    /** {@code actions import FILE.csv}: an existing action log, all or nothing (docs/FORMAT.md, Actions CSV). */
    @Command(name = "import", description = {"Import an action log from CSV (columns in docs/FORMAT.md).",
            "All or nothing: every bad line is reported with its column and nothing is imported (exit 3).",
            "Owners, topic areas and journey stages must exist: import people first."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        ActionsVerb parent;

        @Parameters(paramLabel = "FILE.csv")
        Path file;

        @Override
        public Integer call() {
            VerbSupport verb = new VerbSupport(parent.context, parent.root.options());
            try (OpenWorkspace workspace = verb.workspaces().openForWriting(verb.workspace())) {
                ActionService.ImportSummary summary = new ActionService(workspace)
                        .importActions(verb.resolve(file), verb.today(), parent.context.clock().getZone());
                parent.context.out().println("Actions imported from " + summary.describe());
            }
            return ExitCodes.OK;
        }
    }
}
