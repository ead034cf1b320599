package org.cxcadence.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every verb (and the GUI) takes: which workspace, which day is today, and debug output. */
public final class GlobalOptions {

    @Option(names = "--workspace", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Workspace file (default: workspace.cxcadence in the user data folder).")
    Path workspace;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", scope = ScopeType.INHERIT,
            converter = IsoDateConverter.class,
            description = "The date taken as today for overdue, stalled, next and upcoming (default: the system clock).")
    LocalDate today;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    public Optional<Path> workspace() {
        return Optional.ofNullable(workspace);
    }

    public LocalDate today(Clock clock) {
        return today != null ? today : LocalDate.now(clock);
    }

    public Optional<LocalDate> fixedToday() {
        return Optional.ofNullable(today);
    }

    public boolean debug() {
        return debug;
    }

    /** The command this mixin belongs to, for stderr warnings of the verbs (Data safety). */
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    /** Standard error of the running command line (captured in tests). */
    java.io.PrintWriter err() {
        return mixee == null ? new java.io.PrintWriter(System.err, true) : mixee.commandLine().getErr();
    }
}
