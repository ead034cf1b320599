package org.cxcadence.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cxcadence.service.OpenWorkspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code export [--out FILE]}: the whole workspace as JSON (format cx-cadence-workspace, version 1). */
@Command(name = "export", description = "Write the whole workspace as JSON (a complete backup; see docs/FORMAT.md).")
final class ExportVerb implements Callable<Integer> {
    @ParentCommand
    CxCadenceCommand root;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    private final CliContext context;

    ExportVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        VerbSupport verb = new VerbSupport(context, root.options());
        try (OpenWorkspace workspace = verb.workspaces().openReadOnly(verb.workspace())) {
            if (out == null) {
                verb.exchange().exportJson(workspace, context.out());
                context.out().flush();
            } else {
                OutputFiles.write(verb.resolve(out), stream -> verb.exchange().exportJson(workspace, stream));
            }
        }
        return ExitCodes.OK;
    }

    /** Writes through a temp file and a rename, so a failed export never leaves half a file at FILE. */
    interface StreamWriter {
        void write(OutputStream out) throws Exception;
    }
}
