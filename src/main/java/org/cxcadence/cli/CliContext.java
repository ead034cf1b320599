package org.cxcadence.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

import org.cxcadence.service.AppDirectories;

/**
 * What verbs need from the outside world, passed in so tests can run verbs in-process with
 * their own folders, clock and streams.
 */
public record CliContext(AppDirectories directories, Clock clock, PrintStream out, Path workingDir) {
    public static CliContext forThisProcess() {
        return new CliContext(AppDirectories.forThisMachine(), Clock.systemDefaultZone(), System.out,
                Path.of("").toAbsolutePath());
    }
}
