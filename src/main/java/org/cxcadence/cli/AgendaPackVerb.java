package org.cxcadence.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.cxcadence.domain.Meeting;
import org.cxcadence.service.AgendaService;
import org.cxcadence.service.InvalidInputException;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.PackImportReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code agenda-pack export MEETING [--out FILE]} · {@code agenda-pack import FILE}: agenda hand-over. */
@Command(name = "agenda-pack", description = "Carry one session's agenda to another workspace as a small JSON file.",
        subcommands = {AgendaPackVerb.Export.class, AgendaPackVerb.Import.class})
final class AgendaPackVerb {
    @ParentCommand
    CxCadenceCommand root;

    @Command(name = "export", description = "Write the session's agenda pack (default: standard output).")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        AgendaPackVerb parent;

        @Parameters(paramLabel = "MEETING", description = "A session id, latest or next.")
        String meeting;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path out;

        @Option(names = "--series", paramLabel = "ID", description = "With next: only sessions of this series.")
        String series;

        @Override
        public Integer call() throws Exception {
            CliContext context = parent.context;
            VerbSupport verb = new VerbSupport(context, parent.root.options());
            try (OpenWorkspace workspace = AgendaVerb.open(verb, "next".equals(meeting))) {
                AgendaService agendas = new AgendaService(workspace, context.clock());
                Meeting m = agendas.resolve(meeting, Optional.ofNullable(series), verb.today(), !workspace.isReadOnly());
                byte[] bytes = agendas.exportPack(m.id());
                if (out == null) {
                    context.out().write(bytes);
                    context.out().flush();
                } else {
                    OutputFiles.write(verb.resolve(out), stream -> stream.write(bytes));
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", description = {"Import an agenda pack: people and topic areas are matched by id, then by name.",
            "All or nothing; prints what matched and what did not."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        AgendaPackVerb parent;

        @Parameters(paramLabel = "FILE", description = "The agenda pack (format cx-cadence-agenda-pack).")
        Path file;

        @Override
        public Integer call() throws Exception {
            CliContext context = parent.context;
            VerbSupport verb = new VerbSupport(context, parent.root.options());
            Path source = verb.resolve(file);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(source);
            } catch (NoSuchFileException e) {
                throw new InvalidInputException(source + ": no such file");
            }
            try (OpenWorkspace workspace = verb.workspaces().openForWriting(verb.workspace())) {
                PackImportReport report = new AgendaService(workspace, context.clock())
                        .importPack(bytes, source.getFileName().toString());
                context.out().print(report.describe());
            }
            return ExitCodes.OK;
        }
    }

    final CliContext context;

    AgendaPackVerb(CliContext context) {
        this.context = context;
    }
}
