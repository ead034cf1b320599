package org.cxcadence.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cxcadence.service.BackupService;
import org.cxcadence.service.OpenWorkspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backup [--out FILE]}: a verified copy; read-only, so it works while the app has the workspace open. */
@Command(name = "backup", description = {"Write a verified backup of the workspace (works while the app has it open).",
        "Default: a new file in NAME.cxcadence.backups/ (old backups rotate: the last 10 days and 4 weeks are kept).",
        "Prints the path of the backup."})
final class BackupVerb implements Callable<Integer> {
    @ParentCommand
    CxCadenceCommand root;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the backup to exactly this file.")
    Path out;

    private final CliContext context;

    BackupVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        VerbSupport verb = new VerbSupport(context, root.options());
        BackupService backups = new BackupService(context.clock());
        try (OpenWorkspace workspace = verb.workspaces().openReadOnly(verb.workspace())) {
            Path written = out == null ? backups.backUpNow(workspace, "manual")
                    : backups.backUpTo(workspace, verb.resolve(out));
            context.out().println(written);
        }
        return ExitCodes.OK;
    }
}
