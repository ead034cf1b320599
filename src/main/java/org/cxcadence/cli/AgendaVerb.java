package org.cxcadence.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.cxcadence.domain.Meeting;
import org.cxcadence.service.AgendaFormat;
import org.cxcadence.service.AgendaService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceUnavailableException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code agenda MEETING [--format pdf|md|html|txt|ics] [--out FILE] [--series ID]}. */
@Command(name = "agenda", description = {"Write a session's agenda (default Markdown to standard output).",
        "MEETING is a session id, latest (the latest completed session) or next (the earliest session not completed",
        "or cancelled from today on; with no such session and a known series, its next slot is drafted).",
        "An ics invitation keeps one UID per session; its SEQUENCE rises when the agenda changed since the last one."})
final class AgendaVerb implements Callable<Integer> {
    @ParentCommand
    CxCadenceCommand root;

    @Parameters(paramLabel = "MEETING", description = "A session id, latest or next.")
    String meeting;

    @Option(names = "--format", paramLabel = "FORMAT", description = "pdf, md, html, txt or ics (default: md).")
    AgendaFormat format = AgendaFormat.MD;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (default: standard output; pdf: a file here).")
    Path out;

    @Option(names = "--series", paramLabel = "ID", description = "With next: only sessions of this series.")
    String series;

    private final CliContext context;

    AgendaVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        VerbSupport verb = new VerbSupport(context, root.options());
        boolean wantsWriter = "next".equals(meeting) || format == AgendaFormat.ICS;
        try (OpenWorkspace workspace = open(verb, wantsWriter)) {
            AgendaService agendas = new AgendaService(workspace, context.clock());
            Meeting m = agendas.resolve(meeting, Optional.ofNullable(series), verb.today(), !workspace.isReadOnly());
            byte[] bytes = agendas.render(m.id(), format, verb.today(), Locale.getDefault(), true);
            Path target = out != null ? verb.resolve(out)
                    : format.binary() ? freeName(context.workingDir(), AgendaService.fileName(m, format.extension())) : null;
            if (target == null) {
                context.out().write(bytes);
                context.out().flush();
            } else {
                OutputFiles.write(target, stream -> stream.write(bytes));
                if (out == null) {
                    context.out().println(target);
                }
            }
        }
        return ExitCodes.OK;
    }

    /** Writes (to draft a session or count an invitation) when it can; reads beside another writer otherwise. */
    static OpenWorkspace open(VerbSupport verb, boolean wantsWriter) {
        if (wantsWriter) {
            try {
                return verb.workspaces().openForWriting(verb.workspace());
            } catch (WorkspaceUnavailableException e) {
                if (!Files.exists(verb.workspace())) {
                    throw e;
                }
            }
        }
        return verb.workspaces().openReadOnly(verb.workspace());
    }

    /** NAME, or NAME-2, NAME-3… when a file of that name is already there: never overwrites. */
    static Path freeName(Path dir, String name) {
        Path candidate = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = dir.resolve(name.substring(0, dot) + "-" + n + name.substring(dot));
        }
        return candidate;
    }
}
