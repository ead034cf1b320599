package org.cxcadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.cxcadence.service.AppDirectories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class CommandLineTest {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicReference<GlobalOptions> guiOpenedWith = new AtomicReference<>();

    private int run(String... args) {
        CliContext context = new CliContext(new AppDirectories(home, home, home, home.resolve("cache")),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), home);
        return run(CommandLineFactory.forArguments(args, guiOpenedWith::set, context), args);
    }

    /** The whole command line, verbs included, whatever the arguments. */
    private int runWithEveryVerb(String... args) {
        CliContext context = new CliContext(new AppDirectories(home, home, home, home.resolve("cache")),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), home);
        return run(CommandLineFactory.create(guiOpenedWith::set, context), args);
    }

    private int run(CommandLine cl, String... args) {
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void theVerbNamesKnownBeforeBuildingTheVerbsAreExactlyTheRegisteredVerbs() {
        CommandLine every = CommandLineFactory.create(o -> { }, CliContext.forThisProcess());
        assertEquals(every.getSubcommands().keySet(), Verbs.NAMES);
    }

    @Test
    void argumentsNamingAVerbOrAskingForHelpGetTheWholeCommandLineAndWindowArgumentsDoNot() {
        assertTrue(CommandLineFactory.needsVerbs(new String[] {"--workspace", "a.cxcadence", "minutes", "latest"}));
        assertTrue(CommandLineFactory.needsVerbs(new String[] {"--help"}));
        assertTrue(CommandLineFactory.needsVerbs(new String[] {"-hV"}));
        assertTrue(CommandLineFactory.needsVerbs(new String[] {"--version"}));
        assertFalse(CommandLineFactory.needsVerbs(new String[] {"--workspace", "a.cxcadence", "--today", "2026-11-23"}));
        assertFalse(CommandLineFactory.needsVerbs(new String[] {"/tmp/b.cxcadence"}));
        assertFalse(CommandLineFactory.needsVerbs(new String[] {}));
    }

    @Test
    void windowArgumentsFailWithTheSameMessageWithoutTheVerbsAsWithThem() {
        String[][] mistakes = {{"frobnicate"}, {"--bogus"}, {"--today", "23/11/2026"},
                {"--workspace", "/tmp/a.cxcadence", "/tmp/b.cxcadence"}};
        for (String[] args : mistakes) {
            int light = run(args);
            String lightErr = err.toString();
            err.getBuffer().setLength(0);
            int whole = runWithEveryVerb(args);
            assertEquals(whole, light, String.join(" ", args));
            assertEquals(err.toString(), lightErr, String.join(" ", args));
            err.getBuffer().setLength(0);
        }
    }

    @Test
    void noVerbOpensTheWindowWithTheGlobalOptions() {
        assertEquals(ExitCodes.OK, run("--workspace", "/tmp/a.cxcadence", "--today", "2026-11-16"));
        assertEquals(Path.of("/tmp/a.cxcadence"), guiOpenedWith.get().workspace().orElseThrow());
        assertEquals(LocalDate.of(2026, 11, 16), guiOpenedWith.get().fixedToday().orElseThrow());
    }

    @Test
    void helpListsTheGlobalOptionsAndExitCodes() {
        assertEquals(ExitCodes.OK, run("--help"));
        assertTrue(out.toString().contains("--workspace"), out.toString());
        assertTrue(out.toString().contains("--today"));
        assertTrue(out.toString().contains("Exit codes"));
        assertFalse(guiOpenedWith.get() != null, "help must not open the window");
    }

    @Test
    void versionNamesTheApp() {
        assertEquals(ExitCodes.OK, run("--version"));
        assertTrue(out.toString().startsWith("CX Cadence "), out.toString());
    }

    @Test
    void malformedTodayIsAUsageErrorNamingTheExpectedForm() {
        assertEquals(ExitCodes.USAGE, run("--today", "23/11/2026"));
        assertTrue(err.toString().contains("YYYY-MM-DD"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), "one clear line, not the whole usage: " + err);
    }

    @Test
    void unknownVerbIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("frobnicate"));
        assertTrue(err.toString().contains("frobnicate"), err.toString());
    }

    @Test
    void aWorkspaceFileAloneOpensItInTheWindowAsADesktopFileAssociationPassesIt() {
        assertEquals(ExitCodes.OK, run("/tmp/b.cxcadence"));
        assertEquals(Path.of("/tmp/b.cxcadence"), guiOpenedWith.get().workspace().orElseThrow());
    }

    @Test
    void theDesktopsStartsGetTheOptionsPicocliGivesWithoutPicocli() {
        for (String[] args : List.of(new String[0], new String[] {"/tmp/b.cxcadence"}, new String[] {"acme.cxcadence"},
                new String[] {"Board pack 2026/acme west.cxcadence"})) {
            GlobalOptions quick = CommandLineFactory.desktopStart(args).orElseThrow(() -> new AssertionError(List.of(args)));
            guiOpenedWith.set(null);
            assertEquals(ExitCodes.OK, run(args));
            GlobalOptions parsed = guiOpenedWith.get();
            assertEquals(parsed.workspace(), quick.workspace(), List.of(args).toString());
            assertEquals(parsed.fixedToday(), quick.fixedToday());
            assertEquals(parsed.debug(), quick.debug());
        }
    }

    @Test
    void everyOtherWindowStartIsLeftToPicocli() {
        for (String[] args : List.of(new String[] {"--workspace", "/tmp/a.cxcadence"}, new String[] {"--debug"},
                new String[] {"/tmp/a.cxcadence", "--today", "2026-11-16"}, new String[] {"notes.txt"},
                new String[] {"@options.cxcadence"}, new String[] {"-x.cxcadence"},
                new String[] {"a.cxcadence", "b.cxcadence"}, new String[] {"nul\u0000.cxcadence"})) {
            assertTrue(CommandLineFactory.desktopStart(args).isEmpty(), List.of(args).toString());
        }
    }

    @Test
    void aWorkspaceFileAndWorkspaceOptionTogetherAreAUsageError() {
        assertEquals(ExitCodes.USAGE, run("--workspace", "/tmp/a.cxcadence", "/tmp/b.cxcadence"));
        assertTrue(err.toString().contains("once"), err.toString());
        assertEquals(null, guiOpenedWith.get());
    }
}
