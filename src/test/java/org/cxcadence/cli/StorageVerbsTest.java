package org.cxcadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.cxcadence.testing.CliRun;
import org.cxcadence.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Storage verbs end to end through the real command line: demo, export, import, check. */
class StorageVerbsTest {
    @TempDir
    Path home;

    private CliRun cli(String... args) {
        return CliRun.run(home, args);
    }

    private String ws(String name) {
        return home.resolve(name).toString();
    }

    private static String withoutExportedAt(String json) {
        return json.replaceAll("\"exportedAt\"\\s*:\\s*\"[^\"]*\",?\\s*", "");
    }

    @Test
    void demoThenExportThenImportIntoANewFileThenExportGivesTheSameJson() throws IOException {
        CliRun demo = cli("--workspace", ws("demo.cxcadence"), "--today", "2026-11-23", "demo");
        assertEquals(0, demo.exitCode, demo.toString());
        assertTrue(demo.out.contains("people"), demo.out);

        CliRun first = cli("--workspace", ws("demo.cxcadence"), "export", "--out", ws("first.json"));
        assertEquals(0, first.exitCode, first.toString());
        CliRun imported = cli("--workspace", ws("copy.cxcadence"), "import", ws("first.json"));
        assertEquals(0, imported.exitCode, imported.toString());
        CliRun second = cli("--workspace", ws("copy.cxcadence"), "export");
        assertEquals(0, second.exitCode, second.toString());

        String a = withoutExportedAt(Files.readString(home.resolve("first.json")));
        String b = withoutExportedAt(second.out);
        assertEquals(a.strip(), b.strip());
        assertTrue(a.contains("\"format\" : \"cx-cadence-workspace\"") || a.contains("\"format\": \"cx-cadence-workspace\""));
    }

    @Test
    void demoIsTheSameForTheSameToday() {
        assertEquals(0, cli("--workspace", ws("a.cxcadence"), "--today", "2026-06-01", "demo").exitCode);
        assertEquals(0, cli("--workspace", ws("b.cxcadence"), "demo", "--today", "2026-06-01").exitCode,
                "--today may follow the verb too");
        String a = withoutExportedAt(cli("--workspace", ws("a.cxcadence"), "export").out);
        String b = withoutExportedAt(cli("--workspace", ws("b.cxcadence"), "export").out);
        assertEquals(a, b);
        String c = withoutExportedAt(cli("--workspace", ws("c.cxcadence"), "--today", "2026-06-08", "demo").exitCode == 0
                ? cli("--workspace", ws("c.cxcadence"), "export").out : "");
        assertFalse(a.equals(c), "another day gives another demo");
    }

    @Test
    void demoRefusesAWorkspaceThatHoldsContentAndLeavesItUnchanged() {
        assertEquals(0, cli("--workspace", ws("full.cxcadence"), "--today", "2026-11-23", "demo").exitCode);
        String before = Files2.sha256(home.resolve("full.cxcadence"));
        CliRun again = cli("--workspace", ws("full.cxcadence"), "demo");
        assertEquals(ExitCodes.INVALID_INPUT, again.exitCode, again.toString());
        assertTrue(again.err.contains("full.cxcadence"), again.err);
        assertEquals(1, again.err.strip().lines().count(), again.err);
        assertEquals(before, Files2.sha256(home.resolve("full.cxcadence")));
    }

    @Test
    void importOfBrokenJsonIsExit3NamingThePathAndCreatesNoWorkspace() throws IOException {
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, """
                {"format": "cx-cadence-workspace", "version": 1,
                 "people": [{"id": "p1", "name": "Ada", "shoeSize": 41}]}
                """, StandardCharsets.UTF_8);
        CliRun run = cli("--workspace", ws("new.cxcadence"), "import", bad.toString());
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
        assertTrue(run.err.contains("bad.json"), run.err);
        assertTrue(run.err.contains("$.people[0]"), run.err);
        assertFalse(Files.exists(home.resolve("new.cxcadence")), "a rejected import leaves no workspace behind");
    }

    @Test
    void importIntoAWorkspaceWithContentIsExit3AndChangesNothing() {
        assertEquals(0, cli("--workspace", ws("demo.cxcadence"), "--today", "2026-11-23", "demo").exitCode);
        assertEquals(0, cli("--workspace", ws("demo.cxcadence"), "export", "--out", ws("x.json")).exitCode);
        String before = Files2.sha256(home.resolve("demo.cxcadence"));
        CliRun run = cli("--workspace", ws("demo.cxcadence"), "import", ws("x.json"));
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
        // SQLite may tidy its own -wal/-shm side files; the workspace itself is byte for byte the same.
        assertEquals(before, Files2.sha256(home.resolve("demo.cxcadence")));
    }

    @Test
    void exportOfAMissingWorkspaceIsExit4AndCreatesNothing() {
        CliRun run = cli("--workspace", ws("nowhere.cxcadence"), "export");
        assertEquals(ExitCodes.WORKSPACE_UNUSABLE, run.exitCode, run.toString());
        assertTrue(run.err.contains("nowhere.cxcadence"), run.err);
        assertFalse(Files.exists(home.resolve("nowhere.cxcadence")));
    }

    @Test
    void exportOfAForeignFileIsExit4AndLeavesItUntouched() throws IOException {
        Path foreign = home.resolve("notes.cxcadence");
        Files.writeString(foreign, "These are my meeting notes, not a database.");
        String before = Files2.sha256(foreign);
        CliRun run = cli("--workspace", foreign.toString(), "export");
        assertEquals(ExitCodes.WORKSPACE_UNUSABLE, run.exitCode, run.toString());
        assertEquals(before, Files2.sha256(foreign));
    }

    @Test
    void checkSaysOkForAHealthyWorkspace() {
        assertEquals(0, cli("--workspace", ws("demo.cxcadence"), "--today", "2026-11-23", "demo").exitCode);
        CliRun run = cli("--workspace", ws("demo.cxcadence"), "check");
        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.out.contains("ok"), run.out);
    }

    @Test
    void checkReportsADamagedWorkspaceWithExit4AndLeavesItUntouched() throws IOException {
        Path file = home.resolve("demo.cxcadence");
        assertEquals(0, cli("--workspace", file.toString(), "--today", "2026-11-23", "demo").exitCode);
        long size = Files.size(file);
        try (var channel = Files.newByteChannel(file, StandardOpenOption.WRITE)) {
            // Overwrite the middle half of the file (table pages, never the header) with garbage.
            byte[] garbage = new byte[(int) (size / 2)];
            java.util.Arrays.fill(garbage, (byte) 0x55);
            channel.position(size / 4);
            channel.write(java.nio.ByteBuffer.wrap(garbage));
        }
        String before = Files2.sha256(file);
        CliRun run = cli("--workspace", file.toString(), "check");
        assertEquals(ExitCodes.WORKSPACE_UNUSABLE, run.exitCode, run.toString());
        assertTrue(run.err.contains("damaged"), run.err);
        assertEquals(before, Files2.sha256(file));
    }
}
