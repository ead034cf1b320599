package org.cxcadence.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.cxcadence.service.generate.BenchmarkCompany;
import org.cxcadence.service.generate.BenchmarkSize;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code generate --size medium|large --out FILE}: a benchmark workspace, the same bytes of export every time. */
@Command(name = "generate", description = {"Create a benchmark workspace (a large company over a decade) at FILE.",
        "large: 10 weekly series over ten years, 5,000 sessions, 100,000 agenda items, 200,000 actions, 500 people,",
        "200 metrics x 120 months x 3 segments; medium: a tenth of the sessions, items, actions and people.",
        "Deterministic: dates end at --today (default 2026-11-23), so the same command gives the same workspace."})
final class GenerateVerb implements Callable<Integer> {
    /** The day the generated history ends when no --today is given, so that the output never depends on the clock. */
    static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 11, 23);

    @ParentCommand
    CxCadenceCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--size", required = true, paramLabel = "medium|large", description = "medium or large.")
    String size;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The new workspace file to write.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed = BenchmarkCompany.DEFAULT_SEED;

    private final CliContext context;

    GenerateVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        BenchmarkSize chosen = BenchmarkSize.named(size).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--size must be medium or large, not '" + size + "'"));
        VerbSupport verb = new VerbSupport(context, root.options());
        LocalDate today = root.options().fixedToday().orElse(DEFAULT_TODAY);
        Path target = verb.resolve(out);
        BenchmarkCompany.Summary s = verb.exchange().generate(target, chosen, seed, today);
        context.out().printf("Benchmark workspace (%s) written to %s: %,d people, %,d sessions, %,d agenda items, "
                + "%,d actions with %,d updates, %,d metric values%n", chosen.name(), target, s.people(), s.sessions(),
                s.agendaItems(), s.actions(), s.updates(), s.metricValues());
        return ExitCodes.OK;
    }
}
