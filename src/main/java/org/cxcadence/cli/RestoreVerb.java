package org.cxcadence.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cxcadence.service.BackupService;
import org.cxcadence.service.BackupService.RestoreOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code restore FILE}: puts a verified backup in place of the workspace, keeping the current file aside. */
@Command(name = "restore", description = {"Restore the workspace from a backup file, without a prompt.",
        "The backup is checked first (a bad one: exit 3, nothing changes). The current workspace is kept aside as a",
        "verified backup, or as NAME.cxcadence.damaged when it cannot be read. Exit 4 while the workspace is open",
        "for writing elsewhere."})
final class RestoreVerb implements Callable<Integer> {
    @ParentCommand
    CxCadenceCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup (a .cxcadence file, e.g. from NAME.cxcadence.backups/).")
    Path file;

    private final CliContext context;

    RestoreVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        VerbSupport verb = new VerbSupport(context, root.options());
        verb.warnAboutLocation(spec.commandLine().getErr());
        RestoreOutcome outcome = new BackupService(context.clock()).restore(verb.workspace(), verb.resolve(file));
        context.out().println("Restored " + outcome.workspace() + " from " + outcome.restoredFrom());
        if (outcome.keptAside() != null) {
            context.out().println((outcome.previousWasDamaged() ? "The damaged previous file was kept as "
                    : "The previous content was kept as the backup ") + outcome.keptAside());
        }
        return ExitCodes.OK;
    }
}
