package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.cxcadence.domain.Person;
import org.cxcadence.store.Database.Mode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file;

    private Path workspaceWithBackup() throws Exception {
        file = dir.resolve("acme.cxcadence");
        Path backup;
        try (Database db = Database.create(file)) {
            new WorkspaceStore(db).replaceAll(SampleWorkspace.full());
            backup = db.backup("manual", CLOCK);
            new PersonRepository(db).upsert(new Person("later", "Added Later", null, null, null, null, true));
        }
        return backup;
    }

    private static int people(Path file) throws Exception {
        try (Database db = Database.openExisting(file, Mode.READ_ONLY)) {
            return new PersonRepository(db).list().size();
        }
    }

    @Test
    void restorePutsTheBackupInPlaceAndKeepsTheCurrentFileAsAVerifiedBackup() throws Exception {
        Path backup = workspaceWithBackup();
        int withLater = people(file);
        String backupSha = Files2.sha256(backup);

        Restore.Result result = Restore.restore(file, backup, Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC));

        assertFalse(result.previousWasDamaged());
        assertEquals(withLater - 1, people(file));
        assertEquals(withLater, people(result.keptAside()), "the previous content is kept");
        assertTrue(result.keptAside().getFileName().toString().contains("before-restore"));
        assertEquals(backupSha, Files2.sha256(backup), "the backup itself is unchanged");
        try (Database db = Database.openExisting(file, Mode.WRITE)) {
            assertTrue(db.checkIntegrity().ok());
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheWorkspaceStaysByteIdentical() throws Exception {
        Path backup = workspaceWithBackup();
        Files2.poke(backup, 100, (byte) 0x42, (byte) 0x42, (byte) 0x42, (byte) 0x42); // page 1's b-tree header
        String before = Files2.sha256(file);
        assertThrows(WorkspaceOpenException.class, () -> Restore.restore(file, backup, CLOCK));
        assertEquals(before, Files2.sha256(file));
        Path foreign = dir.resolve("notes.txt");
        Files.writeString(foreign, "not a workspace");
        WorkspaceOpenException e = assertThrows(WorkspaceOpenException.class, () -> Restore.restore(file, foreign, CLOCK));
        assertEquals(WorkspaceOpenException.Reason.FOREIGN, e.reason());
        assertEquals(before, Files2.sha256(file));
    }

    @Test
    void anUnreadableCurrentFileIsKeptAsARawDamagedCopyNeverOverwritten() throws Exception {
        Path backup = workspaceWithBackup();
        Files2.poke(file, 100, (byte) 0x42, (byte) 0x42, (byte) 0x42, (byte) 0x42);
        String damagedSha = Files2.sha256(file);

        Restore.Result first = Restore.restore(file, backup, CLOCK);
        assertTrue(first.previousWasDamaged());
        assertEquals(dir.resolve("acme.cxcadence.damaged"), first.keptAside());
        assertEquals(damagedSha, Files2.sha256(first.keptAside()));

        Files2.poke(file, 100, (byte) 0x43, (byte) 0x43, (byte) 0x43, (byte) 0x43);
        Restore.Result second = Restore.restore(file, backup, CLOCK);
        assertEquals(dir.resolve("acme.cxcadence.damaged-2"), second.keptAside());
        assertEquals(damagedSha, Files2.sha256(first.keptAside()), "the first damaged copy is not overwritten");
        assertEquals(Files2.sha256(backup), Files2.sha256(file));
    }

    @Test
    void restoreIsRefusedWhileTheWorkspaceIsOpenForWriting() throws Exception {
        Path backup = workspaceWithBackup();
        try (Database db = Database.openExisting(file, Mode.WRITE)) {
            WorkspaceOpenException e = assertThrows(WorkspaceOpenException.class, () -> Restore.restore(file, backup, CLOCK));
            assertEquals(WorkspaceOpenException.Reason.LOCKED, e.reason());
        }
    }

    @Test
    void workspaceSideFilesAndBackupsAreReadableByTheUserOnly() throws Exception {
        Assumptions.assumeTrue(OwnerOnly.supported(dir), "POSIX permissions");
        Path backup = workspaceWithBackup();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (Database db = Database.openExisting(file, Mode.WRITE)) {
            new PersonRepository(db).upsert(new Person("x", "X", null, null, null, null, true));
            for (Path p : new Path[] {file, WorkspaceFiles.walFile(file), WorkspaceFiles.shmFile(file), backup}) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
            }
            assertEquals("rwx------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(WorkspaceFiles.backupsFolder(file))));
            Path out = db.backupTo(dir.resolve("copy.cxcadence"));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        }
        Restore.Result r = Restore.restore(file, backup, CLOCK);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(r.keptAside())));
    }
}
