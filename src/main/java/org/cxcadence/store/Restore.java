package org.cxcadence.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;

/**
 * Puts a backup in the place of a workspace. Nothing is lost on the way:
 * <ol>
 *   <li>the backup is verified first (our header and format, {@code integrity_check}); a bad one
 *       changes nothing;</li>
 *   <li>the single-writer lock is taken (a window or process writing the workspace refuses it);</li>
 *   <li>the current file is kept aside: as a verified backup when it is readable, else as a raw
 *       copy {@code NAME.cxcadence.damaged} (numbered, never overwritten), with its -wal;</li>
 *   <li>the backup is copied to a temporary file beside the workspace, checked again, synced and
 *       renamed over the workspace atomically.</li>
 * </ol>
 */
public final class Restore {

    /** What was done: the file restored from, and where the previous content was kept. */
    public record Result(Path workspace, Path restoredFrom, Path keptAside, boolean previousWasDamaged) {
    }

    private Restore() {
    }

    /**
     * Checks that {@code backup} is a complete, readable workspace of a format this app reads.
     *
     * @throws WorkspaceOpenException when it is not (the reason says why)
     */
    public static void verify(Path backup) throws WorkspaceOpenException {
        Path file = backup.toAbsolutePath();
        SqliteHeader.Classification verdict;
        try {
            verdict = SqliteHeader.classify(file, Database.latestSchemaVersion());
        } catch (IOException e) {
            throw WorkspaceOpenException.damaged(file, e.getMessage(), e);
        }
        switch (verdict.state()) {
            case OK -> { }
            case MISSING -> throw WorkspaceOpenException.missing(file);
            case EMPTY -> throw WorkspaceOpenException.empty(file);
            case NOT_SQLITE -> throw WorkspaceOpenException.notSqlite(file);
            case FOREIGN_SQLITE -> throw WorkspaceOpenException.foreignSqlite(file);
            case NEWER -> throw WorkspaceOpenException.newer(file, verdict.userVersion(), Database.latestSchemaVersion());
            case DAMAGED -> throw WorkspaceOpenException.damaged(file, verdict.detail());
        }
        try (Connection c = SqliteConnections.openReader(file)) {
            if (Migrator.applicationId(c) != SqliteHeader.APPLICATION_ID) {
                throw WorkspaceOpenException.foreignSqlite(file);
            }
            IntegrityReport report = IntegrityCheck.check(c);
            if (!report.ok()) {
                throw WorkspaceOpenException.damaged(file, String.join("; ", report.problems().stream().limit(3).toList()));
            }
        } catch (SQLException e) {
            throw WorkspaceOpenException.damaged(file, e.getMessage(), e);
        }
    }

    /** Restores {@code backup} into {@code workspace} (see the class comment). */
    public static Result restore(Path workspace, Path backup, Clock clock) throws WorkspaceOpenException {
        Path target = workspace.toAbsolutePath();
        Path source = backup.toAbsolutePath();
        if (target.equals(source)) {
            throw new StoreException(source + " is the workspace itself; choose a backup file");
        }
        verify(source);
        Path key = OpenInThisProcess.key(target);
        synchronized (OpenInThisProcess.class) {
            if (OpenInThisProcess.isOpen(key)) {
                throw WorkspaceOpenException.locked(target);
            }
            OpenInThisProcess.register(key, true);
        }
        try (WorkspaceLock lock = WorkspaceLock.acquire(target)) {
            Path keptAside = null;
            boolean damaged = false;
            if (Files.exists(target)) {
                keptAside = backUpCurrent(target, clock);
                if (keptAside == null) {
                    damaged = true;
                    keptAside = keepDamagedCopy(target);
                }
            }
            placeCopy(source, target);
            return new Result(target, source, keptAside, damaged);
        } finally {
            OpenInThisProcess.unregister(key, true);
        }
    }

    /** A verified backup of the current file, or {@code null} when it cannot be read as a workspace. */
    private static Path backUpCurrent(Path target, Clock clock) {
        try {
            verify(target);
        } catch (WorkspaceOpenException e) {
            return null;
        }
        try (Connection c = SqliteConnections.openWriter(target)) {
            Path kept = Backup.create(c, target, "before-restore", clock);
            Sql.execute(c, "PRAGMA wal_checkpoint(TRUNCATE)");
            return kept;
        } catch (SQLException | StoreException e) {
            return null;
        }
    }

    /** Copies the unreadable file (and its -wal) byte for byte to a free {@code NAME.cxcadence.damaged[-n]}. */
    static Path keepDamagedCopy(Path target) {
        Path aside = freeDamagedName(target);
        try {
            Files.copy(target, aside, StandardCopyOption.COPY_ATTRIBUTES);
            OwnerOnly.file(aside);
            Backup.fsync(aside);
            Path wal = WorkspaceFiles.walFile(target);
            if (Files.exists(wal) && Files.size(wal) > 0) {
                Path walAside = aside.resolveSibling(aside.getFileName() + "-wal");
                Files.copy(wal, walAside, StandardCopyOption.COPY_ATTRIBUTES);
                OwnerOnly.file(walAside);
            }
            return aside;
        } catch (IOException e) {
            throw new StoreException("cannot keep a copy of " + target + " aside: " + e.getMessage(), e);
        }
    }

    private static Path freeDamagedName(Path target) {
        Path candidate = target.resolveSibling(target.getFileName() + ".damaged");
        for (int n = 2; Files.exists(candidate) || Files.exists(candidate.resolveSibling(candidate.getFileName() + "-wal")); n++) {
            candidate = target.resolveSibling(target.getFileName() + ".damaged-" + n);
        }
        return candidate;
    }

    private static void placeCopy(Path source, Path target) {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".restoring");
        try {
            Files.copy(source, temp);
            OwnerOnly.file(temp);
            try {
                verify(temp);
            } catch (WorkspaceOpenException e) {
                throw new StoreException("the copy of " + source + " did not check out: " + e.getMessage(), e);
            }
            Backup.fsync(temp);
            // The old -wal and -shm belong to the old file: SQLite must not replay them onto the restored one.
            Files.deleteIfExists(WorkspaceFiles.walFile(target));
            Files.deleteIfExists(WorkspaceFiles.shmFile(target));
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Backup.fsyncFolder(target.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot put " + source + " in place of " + target + ": " + e.getMessage(), e);
        } finally {
            Backup.deleteWithSideFiles(temp);
        }
    }
}
