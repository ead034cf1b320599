package org.cxcadence.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.cxcadence.domain.minutes.Minutes;
import org.cxcadence.domain.minutes.MinutesSection;
import org.cxcadence.domain.minutes.FollowThroughScorecard;
import org.cxcadence.exchange.minutes.MinutesFormat;
import org.cxcadence.exchange.minutes.MinutesRenderer;
import org.cxcadence.service.InvalidInputException;
import org.cxcadence.service.MinutesService;
import org.cxcadence.service.OpenWorkspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code minutes MEETING [--format pdf|docx|md|html|txt] [--out FILE] [--without S,…]}. */
@Command(name = "minutes", description = {"Write the minutes of a session.",
        "MEETING is a session id or 'latest' (the latest completed session).",
        "Text formats (md, html, txt) go to standard output unless --out; pdf and docx without --out go to a",
        "safely named file in the current folder, whose path is printed.",
        "Your own HTML or Markdown template: --template FILE, or minutes-template.html / minutes-template.md in",
        "the app's config folder (placeholders: docs/MINUTES-TEMPLATES.md)."})
final class MinutesVerb implements Callable<Integer> {
    @ParentCommand
    CxCadenceCommand root;

    @Parameters(index = "0", paramLabel = "MEETING", description = "A session id, or 'latest'.")
    String meeting;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "pdf, docx, md, html or txt (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE.")
    Path out;

    @Option(names = "--without", paramLabel = "S,…",
            description = "Leave sections out: attendance, notes, decisions, actions, updates, review, metrics, "
                    + "scorecard, deferred, next.")
    String without;

    @Option(names = "--template", paramLabel = "FILE", description = "An HTML or Markdown template for html or md.")
    Path template;

    private final CliContext context;

    MinutesVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        VerbSupport verb = new VerbSupport(context, root.options());
        MinutesFormat chosen;
        try {
            chosen = MinutesFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--format: " + e.getMessage(), e);
        }
        Set<MinutesSection> sections = MinutesService.sectionsWithout(without);
        try (OpenWorkspace workspace = verb.workspaces().openReadOnly(verb.workspace())) {
            MinutesService service = new MinutesService(workspace, Locale.getDefault(),
                    context.directories().configDir(), new FollowThroughScorecard());
            Minutes minutes = service.build(meeting, sections);
            MinutesRenderer renderer = template == null ? service.renderer()
                    : service.renderer(chosen, verb.resolve(template));
            if (out != null) {
                OutputFiles.write(verb.resolve(out), stream -> renderer.write(minutes, chosen, stream));
            } else if (chosen.binary()) {
                Path file = verb.resolve(Path.of(MinutesService.fileName(minutes, chosen)));
                OutputFiles.write(file, stream -> renderer.write(minutes, chosen, stream));
                context.out().println(file);
            } else {
                renderer.write(minutes, chosen, context.out());
                context.out().flush();
            }
        }
        return ExitCodes.OK;
    }
}
