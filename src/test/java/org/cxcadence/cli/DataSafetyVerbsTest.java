package org.cxcadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cxcadence.service.BackupService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.service.WorkspaceUnavailableException;
import org.cxcadence.testing.CliRun;
import org.cxcadence.testing.Files2;
import org.cxcadence.testing.TestAppContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, restore and recovery from damage, end to end on real files. */
class DataSafetyVerbsTest {
    @TempDir
    Path home;

    private final WorkspaceService workspaces = new WorkspaceService();

    private Path demo() {
        return TestAppContexts.demoWorkspace(home.resolve("acme.cxcadence"));
    }

    private CliRun cli(Path workspace, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = workspace.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.run(home, all);
    }

    @Test
    void backupWorksWhileTheAppHoldsTheWorkspaceAndWritesAVerifiedCopy() throws Exception {
        Path file = demo();
        try (OpenWorkspace app = workspaces.openForWriting(file)) {
            String before = app.snapshot().toString();
            CliRun run = cli(file, "backup");
            assertEquals(0, run.exitCode, run.toString());
            Path backup = Path.of(run.out.strip());
            assertTrue(backup.startsWith(home.resolve("acme.cxcadence.backups")), run.out);
            CliRun out = cli(file, "backup", "--out", "copy.cxcadence");
            assertEquals(0, out.exitCode, out.toString());
            assertEquals(home.resolve("copy.cxcadence"), Path.of(out.out.strip()));
            for (Path copy : List.of(backup, home.resolve("copy.cxcadence"))) {
                try (OpenWorkspace read = workspaces.openReadOnly(copy)) {
                    assertEquals(before, read.snapshot().toString());
                }
                assertEquals(0, cli(copy, "check").exitCode);
            }
        }
    }

    @Test
    void restoreIsExit4WhileLockedAndOtherwiseReplacesTheWorkspaceKeepingTheOldOne() throws Exception {
        Path file = demo();
        Path backup = Path.of(cli(file, "backup").out.strip());
        try (OpenWorkspace app = workspaces.openForWriting(file)) {
            String sha = Files2.sha256(file);
            CliRun locked = cli(file, "restore", backup.toString());
            assertEquals(4, locked.exitCode, locked.toString());
            assertTrue(locked.err.contains("open in another window"), locked.err);
            assertEquals(sha, Files2.sha256(file), "a refused restore changes nothing");
        }
        Path notABackup = home.resolve("notes.txt");
        Files.writeString(notABackup, "hello");
        String sha = Files2.sha256(file);
        CliRun bad = cli(file, "restore", notABackup.toString());
        assertEquals(3, bad.exitCode, bad.toString());
        assertEquals(sha, Files2.sha256(file));

        CliRun ok = cli(file, "restore", backup.toString());
        assertEquals(0, ok.exitCode, ok.toString());
        assertTrue(ok.out.contains("before-restore"), ok.out);
        assertEquals(Files2.sha256(backup), Files2.sha256(file));
        assertEquals(0, cli(file, "check").exitCode);
    }

    @Test
    void aFlippedTablePageIsFoundByCheckAndRecoveredFromTheNewestGoodBackup() throws Exception {
        Path file = demo();
        BackupService backups = new BackupService(TestAppContexts.clock());
        Path good;
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            good = backups.backUpNow(w, "manual");
        }
        String goodSha = Files2.sha256(good);
        flipTablePage(file, "people");
        String damagedSha = Files2.sha256(file);

        CliRun check = cli(file, "check");
        assertEquals(4, check.exitCode, check.toString());
        assertTrue(check.err.contains("damaged"), check.err);
        assertEquals(damagedSha, Files2.sha256(file), "check leaves the file untouched");

        // The app's open path: quick_check on open finds it in a file this small ...
        java.time.Clock twoDaysOn = java.time.Clock.offset(TestAppContexts.clock(), java.time.Duration.ofDays(2));
        WorkspaceUnavailableException refused = org.junit.jupiter.api.Assertions.assertThrows(
                WorkspaceUnavailableException.class, () -> workspaces.openForEditing(file, twoDaysOn));
        assertTrue(refused.isDamaged(), refused.getMessage());
        assertEquals(damagedSha, Files2.sha256(file));
        // ... and in a file too large for it, the daily backup's copy (it reads every page) fails with the damage.
        WorkspaceService.OpenedForEditing opened = new WorkspaceService(f -> { }, 0).openForEditing(file, twoDaysOn);
        java.util.concurrent.CompletionException copyFailed = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.CompletionException.class, () -> opened.dailyBackup().join());
        assertTrue(copyFailed.getCause() instanceof WorkspaceUnavailableException u && u.isDamaged(), copyFailed.toString());
        opened.workspace().close();
        assertEquals(damagedSha, Files2.sha256(file));

        // What the window's "Restore the newest backup" button calls.
        assertEquals(good, backups.newestGoodBackup(file).orElseThrow().file());
        BackupService.RestoreOutcome outcome = backups.recoverFromNewestBackup(file);
        assertTrue(outcome.previousWasDamaged());
        assertEquals(home.resolve("acme.cxcadence.damaged"), outcome.keptAside());
        assertEquals(damagedSha, Files2.sha256(outcome.keptAside()), "the damaged file is kept byte for byte");
        assertEquals(goodSha, Files2.sha256(good));
        assertEquals(0, cli(file, "check").exitCode);
        try (OpenWorkspace w = workspaces.openForEditing(file, TestAppContexts.clock()).workspace()) {
            assertFalse(w.snapshot().people().isEmpty());
        }
    }

    @Test
    void theCliRestoresADamagedWorkspaceKeepingItAsDamaged() throws Exception {
        Path file = demo();
        Path backup = Path.of(cli(file, "backup").out.strip());
        flipTablePage(file, "people");
        String damagedSha = Files2.sha256(file);
        CliRun run = cli(file, "restore", backup.toString());
        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.out.contains("acme.cxcadence.damaged"), run.out);
        assertEquals(damagedSha, Files2.sha256(home.resolve("acme.cxcadence.damaged")));
        assertEquals(0, cli(file, "check").exitCode);
    }

    @Test
    void writingVerbsWarnOnStderrWhenTheWorkspaceIsInASyncedFolderAndReadingVerbsDoNot() {
        Path synced = home.resolve("Dropbox").resolve("acme.cxcadence");
        CliRun demo = CliRun.run(home, "--workspace", synced.toString(), "--today", "2026-11-23", "demo");
        assertEquals(0, demo.exitCode, demo.toString());
        assertTrue(demo.err.contains("warning") && demo.err.contains("Dropbox") && demo.err.contains("local disk"),
                demo.err);
        assertEquals(1, demo.err.split("warning", -1).length - 1, "one warning, not one per open");
        CliRun export = cli(synced, "export");
        assertEquals(0, export.exitCode);
        assertFalse(export.err.contains("warning"), export.err);
        CliRun local = CliRun.run(home, "--workspace", home.resolve("local.cxcadence").toString(), "demo");
        assertFalse(local.err.contains("warning"), local.err);
    }

    @Test
    void aWritingVerbNamesTheConflictCopiesASyncToolLeftBesideTheWorkspace() throws Exception {
        Path file = demo();
        Files.copy(file, home.resolve("acme (Pat's conflicted copy 2026-11-20).cxcadence"));
        Path people = Files.writeString(home.resolve("people.csv"), "name\nAnn Newcomer\n");
        CliRun run = cli(file, "people", "import", people.toString());
        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.err.contains("warning") && run.err.contains("acme (Pat's conflicted copy 2026-11-20).cxcadence")
                && run.err.contains("another computer"), run.err);
        assertFalse(cli(file, "export").err.contains("conflict"), "reading verbs stay quiet");
    }

    @Test
    void importIntoAnExistingWorkspaceTakesAVerifiedBackupFirst() throws Exception {
        Path source = demo();
        assertEquals(0, cli(source, "export", "--out", "acme.json").exitCode);
        Path empty = home.resolve("empty.cxcadence");
        workspaces.createEmpty(empty).close();
        CliRun run = cli(empty, "import", home.resolve("acme.json").toString());
        assertEquals(0, run.exitCode, run.toString());
        List<BackupService.BackupEntry> backups = new BackupService(TestAppContexts.clock()).list(empty);
        assertEquals(1, backups.size(), backups.toString());
        assertEquals("before-import", backups.getFirst().reason());
        try (OpenWorkspace before = workspaces.openReadOnly(backups.getFirst().file())) {
            assertTrue(before.snapshot().people().isEmpty(), "the backup holds the workspace as it was");
        }
    }

    @Test
    void peopleAndActionCsvImportsTakeAVerifiedBackupFirstAndARefusedOneTakesNone() throws Exception {
        Path file = demo();
        BackupService backups = new BackupService(TestAppContexts.clock());
        Path bad = home.resolve("bad-people.csv");
        Files.writeString(bad, "name,email\nAnn,not-an-email\n");
        assertEquals(3, cli(file, "people", "import", bad.toString()).exitCode);
        assertTrue(backups.list(file).isEmpty(), "a refused import writes nothing, not even a backup");

        Path people = home.resolve("people.csv");
        Files.writeString(people, "name,silo\nAnn Newcomer,Service\n");
        CliRun run = cli(file, "people", "import", people.toString());
        assertEquals(0, run.exitCode, run.toString());
        assertEquals(List.of("before-import"), backups.list(file).stream().map(BackupService.BackupEntry::reason).toList());
        try (OpenWorkspace before = workspaces.openReadOnly(backups.list(file).getFirst().file())) {
            assertTrue(before.snapshot().people().stream().noneMatch(p -> p.name().equals("Ann Newcomer")),
                    "the backup holds the workspace as it was before the import");
        }

        Path actions = home.resolve("actions.csv");
        Files.writeString(actions, "title,owner\nCall the new customer,Ann Newcomer\n");
        CliRun imported = CliRun.run(home, "--workspace", file.toString(), "--today", "2026-11-24", "actions", "import",
                actions.toString());
        assertEquals(0, imported.exitCode, imported.toString());
        assertEquals(2, backups.list(file).size(), backups.list(file).toString());
    }

    private static void flipTablePage(Path file, String table) throws Exception {
        Files2.damageTablePage(file, table);
    }
}
