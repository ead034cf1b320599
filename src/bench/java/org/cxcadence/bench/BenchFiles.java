package org.cxcadence.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/** Where the benchmark workspace is, and scratch copies of it for benchmarks that write. */
final class BenchFiles {
    /** The generated history ends here (generate's default --today). */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** A leader with open actions in the large and medium workspaces. */
    static final String LEADER = "person-1";
    static final String SERIES = "series-1";
    /** The latest completed session of series 1 (20 agenda items). */
    static final String SESSION = "s1-m" + 499;

    private BenchFiles() {
    }

    /** -Dcx.bench.workspace, default target/bench/large.cxcadence (bench/README.md makes it). */
    static Path workspace() {
        Path file = Path.of(System.getProperty("cx.bench.workspace", "target/bench/large.cxcadence")).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: ./cx-cadence generate --size large --out " + file);
        }
        return file;
    }

    static String session() {
        return System.getProperty("cx.bench.session", SESSION);
    }

    /** A copy of the workspace in a fresh scratch folder (never the original: benchmarks that write use it). */
    static Path scratchCopy() throws IOException {
        Path dir = Files.createTempDirectory("cx-bench");
        Path copy = dir.resolve("copy.cxcadence");
        Files.copy(workspace(), copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    static void deleteTree(Path file) {
        if (file == null) {
            return;
        }
        try (var walk = Files.walk(file.getParent())) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // scratch only
        }
    }
}
