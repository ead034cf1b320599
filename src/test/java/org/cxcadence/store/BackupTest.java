package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.cxcadence.store.Database.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {
    @TempDir
    Path dir;

    private Path workspaceWithSample() throws Exception {
        Path file = dir.resolve("acme.cxcadence");
        try (Database db = Database.create(file)) {
            new WorkspaceStore(db).replaceAll(SampleWorkspace.full());
        }
        return file;
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void backupIsAVerifiedCopyNamedWithTimeAndReason() throws Exception {
        Path file = workspaceWithSample();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T14:05:09Z"), ZoneOffset.UTC);
        Path backup;
        try (Database db = Database.openExisting(file, Mode.WRITE)) {
            backup = db.backup("Before import!", clock);
        }
        assertEquals(dir.resolve("acme.cxcadence.backups").resolve("acme-20261123-140509-before-import.cxcadence"), backup);
        assertEquals(List.of(backup), filesIn(backup.getParent()), "no temporary or side files left");
        try (Database copy = Database.openExisting(backup, Mode.READ_ONLY)) {
            assertEquals(SampleWorkspace.full(), new WorkspaceStore(copy).load());
            assertTrue(copy.checkIntegrity().ok());
        }
    }

    @Test
    void aSecondBackupFolderGetsAByteIdenticalCopyOfEachBackupAndIsRotatedToo() throws Exception {
        Path file = workspaceWithSample();
        Path share = Files.createDirectories(dir.resolve("network-drive"));
        Path backup;
        try (Database db = Database.openExisting(file, Mode.WRITE)) {
            new SettingsRepository(db).setSecondBackupFolder(share);
            assertEquals(share, new SettingsRepository(db).secondBackupFolder().orElseThrow());
            for (int day = 1; day <= 14; day++) {
                db.backup("daily", Clock.fixed(Instant.parse("2026-11-01T09:00:00Z").plus(java.time.Duration.ofDays(day)),
                        ZoneOffset.UTC));
            }
            backup = db.backup("manual", Clock.fixed(Instant.parse("2026-11-23T14:05:09Z"), ZoneOffset.UTC));
        }
        Path mirrored = share.resolve("acme.cxcadence.backups").resolve(backup.getFileName());
        assertEquals(-1L, Files.mismatch(backup, mirrored), "the second copy is byte for byte the verified backup");
        assertEquals(filesIn(backup.getParent()).stream().map(Path::getFileName).toList(),
                filesIn(mirrored.getParent()).stream().map(Path::getFileName).toList(),
                "the same backups are kept in both folders (no temporary files)");
        assertTrue(filesIn(mirrored.getParent()).size() < 15, "rotation runs in the second folder too");
    }

    @Test
    void anUnreachableSecondFolderDoesNotStopTheBackup() throws Exception {
        Path file = workspaceWithSample();
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "x");
        try (Database db = Database.openExisting(file, Mode.WRITE)) {
            new SettingsRepository(db).setSecondBackupFolder(notAFolder.resolve("sub"));
            Path backup = db.backup("manual");
            assertTrue(Files.isRegularFile(backup));
            new SettingsRepository(db).setSecondBackupFolder(null);
            assertTrue(new SettingsRepository(db).secondBackupFolder().isEmpty());
        }
    }

    @Test
    void twoBackupsInTheSameSecondGetDistinctNames() throws Exception {
        Path file = workspaceWithSample();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T14:05:09Z"), ZoneOffset.UTC);
        try (Database db = Database.openExisting(file, Mode.WRITE)) {
            Path first = db.backup(null, clock);
            Path second = db.backup(null, clock);
            assertEquals("acme-20261123-140509.cxcadence", first.getFileName().toString());
            assertEquals("acme-20261123-140509-2.cxcadence", second.getFileName().toString());
        }
    }

    @Test
    void readOnlyOpenCanBackUpWhileAnotherWindowWrites() throws Exception {
        Path file = workspaceWithSample();
        try (Database writer = Database.openExisting(file, Mode.WRITE);
             Database reader = Database.openExisting(file, Mode.READ_ONLY)) {
            writer.write(c -> Sql.execute(c, "UPDATE settings SET value = 'Changed' WHERE key = 'companyName'"));
            Path backup = reader.backup("manual");
            try (Database copy = Database.openExisting(backup, Mode.READ_ONLY)) {
                assertEquals("Changed", new WorkspaceStore(copy).load().settings().companyName());
            }
        }
    }

    @Test
    void backupDoesNotChangeTheWorkspace() throws Exception {
        Path file = workspaceWithSample();
        String before = Files2.sha256(file);
        try (Database db = Database.openExisting(file, Mode.READ_ONLY)) {
            Path backup = db.backup(null);
            assertNotEquals(file, backup);
        }
        assertEquals(before, Files2.sha256(file));
    }
}
