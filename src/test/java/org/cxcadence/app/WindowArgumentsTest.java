package org.cxcadence.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.cxcadence.cli.CliContext;
import org.cxcadence.cli.ExitCodes;
import org.cxcadence.cli.GlobalOptions;
import org.cxcadence.service.AppDirectories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's arguments, read while JavaFX starts, give the same options and refusals as the command line. */
class WindowArgumentsTest {
    @TempDir
    Path home;

    private CliContext context() {
        return new CliContext(new AppDirectories(home, home, home, home.resolve("cache")), Clock.systemUTC(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), home);
    }

    @Test
    void theOptionsReadWhileJavaFxStartsAreTheOnesTheWindowOpensWith() {
        String[] args = {"--workspace", "/tmp/a.cxcadence", "--today", "2026-11-16"};
        WindowArguments.readWhileJavaFxStarts(args, context());
        GlobalOptions options = WindowArguments.await(args).orElseThrow();
        assertEquals(Path.of("/tmp/a.cxcadence"), options.workspace().orElseThrow());
        assertEquals(LocalDate.of(2026, 11, 16), options.fixedToday().orElseThrow());
        assertEquals(ExitCodes.OK, WindowArguments.exitCode());
    }

    @Test
    void aMistypedOptionKeepsTheWindowClosedAndExitsAsAUsageError() {
        String[] args = {"--workspace", "/tmp/a.cxcadence", "--todya", "2026-11-16"};
        WindowArguments.readWhileJavaFxStarts(args, context());
        assertTrue(WindowArguments.await(args).isEmpty());
        assertEquals(ExitCodes.USAGE, WindowArguments.exitCode());
    }
}
