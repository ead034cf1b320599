package org.cxcadence.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cxcadence.service.ActionService;
import org.cxcadence.service.OpenWorkspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code brief [--format md|pdf] [--out FILE]}: the one-page air-cover brief for the CEO. */
@Command(name = "brief", description = {"The CEO's one-page air-cover brief: stalled work, lowest on-time rates,",
        "metrics off target three or more periods running, blocked work.",
        "A PDF without --out goes to a new file in the current folder, whose path is printed."})
final class BriefVerb implements Callable<Integer> {
    enum Format { md, pdf }

    @ParentCommand
    CxCadenceCommand root;

    @Option(names = "--format", paramLabel = "F", defaultValue = "md", description = "md (default) or pdf.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write exactly this file.")
    Path out;

    private final CliContext context;

    BriefVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        VerbSupport verb = new VerbSupport(context, root.options());
        LocalDate today = verb.today();
        try (OpenWorkspace workspace = verb.workspaces().openReadOnly(verb.workspace())) {
            ActionService service = new ActionService(workspace);
            ExportVerb.StreamWriter write = format == Format.pdf
                    ? stream -> service.writeBriefPdf(today, Locale.getDefault(), stream)
                    : stream -> service.writeBriefMarkdown(today, Locale.getDefault(), stream);
            if (out != null) {
                OutputFiles.write(verb.resolve(out), write);
            } else if (format == Format.pdf) {
                Path target = freeName(context.workingDir(), "air-cover-brief-" + today, ".pdf");
                OutputFiles.write(target, write);
                context.out().println(target);
            } else {
                write.write(context.out());
                context.out().flush();
            }
        }
        return ExitCodes.OK;
    }

    /** {@code base.pdf}, or {@code base-2.pdf}, {@code base-3.pdf}… when taken: never overwrites. */
    static Path freeName(Path folder, String base, String extension) {
        Path candidate = folder.resolve(base + extension);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + n + extension);
        }
        return candidate;
    }
}
