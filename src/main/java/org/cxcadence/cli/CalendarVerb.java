package org.cxcadence.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cxcadence.service.ActionService;
import org.cxcadence.service.OpenWorkspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code calendar [--out FILE]}: upcoming sessions and every open action's due date as iCalendar (RFC 5545). */
@Command(name = "calendar", description = {"Upcoming sessions and the due date of every open action as an ICS file",
        "(one all-day event per action, owner in the summary, stable UIDs so a re-import updates them)."})
final class CalendarVerb implements Callable<Integer> {
    @ParentCommand
    CxCadenceCommand root;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    private final CliContext context;

    CalendarVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        VerbSupport verb = new VerbSupport(context, root.options());
        try (OpenWorkspace workspace = verb.workspaces().openReadOnly(verb.workspace())) {
            ActionService service = new ActionService(workspace);
            ExportVerb.StreamWriter write = stream -> service.writeCalendar(verb.today(), context.clock().instant(), stream);
            if (out == null) {
                write.write(context.out());
                context.out().flush();
            } else {
                OutputFiles.write(verb.resolve(out), write);
            }
        }
        return ExitCodes.OK;
    }
}
