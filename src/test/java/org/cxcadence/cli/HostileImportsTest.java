package org.cxcadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.cxcadence.service.ExchangeService;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.testing.CliRun;
import org.cxcadence.testing.Files2;
import org.cxcadence.testing.TestAppContexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile seeds of the fuzz corpus (every file not named {@code valid…}), imported for real
 * through the command line into the demo workspace: each is refused with exit 3 and a message
 * naming the file and the line, and the workspace stays byte for byte what it was (sha256 of the
 * file and its WAL before and after).
 */
class HostileImportsTest {
    private static final Path CORPUS = corpus();

    @TempDir
    static Path home;
    private static Path workspace;

    private static Path corpus() {
        try {
            return Path.of(HostileImportsTest.class.getResource("/org/cxcadence/fuzz/HostileInputFuzzTestInputs").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void demo() {
        workspace = home.resolve("acme.cxcadence");
        new ExchangeService(new WorkspaceService(), TestAppContexts.clock()).fillWithDemo(workspace, LocalDate.of(2026, 11, 23));
    }

    private static List<Path> hostileSeeds(String target) throws IOException {
        try (Stream<Path> files = Files.list(CORPUS.resolve(target))) {
            return files.filter(f -> !f.getFileName().toString().startsWith("valid")).sorted().toList();
        }
    }

    /** Imports each hostile seed of {@code target} with {@code verb…}; {@code lineNamed}: the message must name a line. */
    private static void everySeedIsRefusedAndChangesNothing(String target, String extension, boolean lineNamed,
                                                            String... verb) throws IOException {
        List<Path> seeds = hostileSeeds(target);
        assertFalse(seeds.isEmpty(), target);
        for (Path seed : seeds) {
            Path file = home.resolve(seed.getFileName() + extension);
            Files.copy(seed, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String before = Files2.sha256(workspace) + Files2.sha256(wal());
            String[] args = Stream.concat(Stream.of("--workspace", workspace.toString(), "--today", "2026-11-23"),
                    Stream.concat(Stream.of(verb), Stream.of(file.toString()))).toArray(String[]::new);
            CliRun run = CliRun.run(home, args);
            String seedName = target + "/" + seed.getFileName();
            assertEquals(3, run.exitCode, seedName + ": " + run);
            String firstLine = run.err.lines().findFirst().orElse("");
            assertTrue(firstLine.contains(file.getFileName().toString()), seedName + " names the file: " + run.err);
            if (lineNamed) {
                assertTrue(firstLine.matches(".*line [1-9][0-9]*.*"), seedName + " names the line: " + run.err);
            }
            assertFalse(run.err.contains("Exception") || run.err.contains("org.cxcadence") || run.err.contains("jackson"),
                    seedName + " speaks no Java: " + run.err);
            assertEquals(before, Files2.sha256(workspace) + Files2.sha256(wal()), seedName + " changed the workspace");
        }
    }

    private static Path wal() {
        return workspace.resolveSibling(workspace.getFileName() + "-wal");
    }

    @Test
    void hostileAgendaPacksAreRefusedWithFileLineAndPathAndChangeNothing() throws IOException {
        everySeedIsRefusedAndChangesNothing("agendaPackImport", ".json", true, "agenda-pack", "import");
    }

    @Test
    void hostileMetricsCsvFilesAreRefusedWithFileAndLineAndChangeNothing() throws IOException {
        everySeedIsRefusedAndChangesNothing("metricsCsvImport", ".csv", true, "metrics", "import");
    }

    @Test
    void hostilePeopleCsvFilesAreRefusedWithFileAndLineAndChangeNothing() throws IOException {
        everySeedIsRefusedAndChangesNothing("peopleCsvImport", ".csv", true, "people", "import");
    }

    @Test
    void hostileActionCsvFilesAreRefusedWithFileAndLineAndChangeNothing() throws IOException {
        everySeedIsRefusedAndChangesNothing("actionsCsvImport", ".csv", true, "actions", "import");
    }
}
