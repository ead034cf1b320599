package org.cxcadence.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cxcadence.service.ProgramService;
import org.cxcadence.service.OpenWorkspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code roadmap [--format md|pdf] [--out FILE]}: the multi-year road map. Read-only. */
@Command(name = "roadmap", description = {"The multi-year road map: per competency its maturity trend and its",
        "milestones by quarter (late ones marked), then every late milestone.",
        "A PDF without --out goes to a new file in the current folder, whose path is printed."})
final class RoadmapVerb implements Callable<Integer> {
    enum Format { md, pdf }

    @ParentCommand
    CxCadenceCommand root;

    @Option(names = "--format", paramLabel = "F", defaultValue = "md", description = "md (default) or pdf.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write exactly this file.")
    Path out;

    private final CliContext context;

    RoadmapVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        VerbSupport verb = new VerbSupport(context, root.options());
        LocalDate today = verb.today();
        try (OpenWorkspace workspace = verb.workspaces().openReadOnly(verb.workspace())) {
            ProgramService service = new ProgramService(workspace);
            ExportVerb.StreamWriter write = format == Format.pdf
                    ? stream -> service.writeRoadmapPdf(today, Locale.getDefault(), stream)
                    : stream -> service.writeRoadmapMarkdown(today, Locale.getDefault(), stream);
            if (out != null) {
                OutputFiles.write(verb.resolve(out), write);
            } else if (format == Format.pdf) {
                Path target = BriefVerb.freeName(context.workingDir(), "road-map-" + today, ".pdf");
                OutputFiles.write(target, write);
                context.out().println(target);
            } else {
                write.write(context.out());
                context.out().flush();
            }
        }
        return ExitCodes.OK;
    }
}
