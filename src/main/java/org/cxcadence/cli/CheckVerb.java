package org.cxcadence.cli;

import java.util.concurrent.Callable;

import org.cxcadence.service.WorkspaceUnavailableException;
import org.cxcadence.service.CheckResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code check}: integrity report; a damaged workspace is exit 4 and stays untouched. */
@Command(name = "check", description = "Check the workspace's integrity without changing it (damaged: exit 4).")
final class CheckVerb implements Callable<Integer> {
    @ParentCommand
    CxCadenceCommand root;

    private final CliContext context;

    CheckVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        VerbSupport verb = new VerbSupport(context, root.options());
        CheckResult report = verb.workspaces().check(verb.workspace());
        if (!report.ok()) {
            throw new WorkspaceUnavailableException(verb.workspace() + " is damaged: "
                    + String.join("; ", report.problems().stream().limit(5).toList())
                    + ". The file was left untouched; restore a backup from " + verb.workspace().getFileName()
                    + ".backups/.");
        }
        context.out().println(verb.workspace() + ": ok");
        return ExitCodes.OK;
    }
}
