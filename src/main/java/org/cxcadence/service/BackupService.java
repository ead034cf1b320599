package org.cxcadence.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.cxcadence.store.Backups;
import org.cxcadence.store.Restore;
import org.cxcadence.store.SettingsRepository;
import org.cxcadence.store.StoreException;
import org.cxcadence.store.WorkspaceFiles;
import org.cxcadence.store.WorkspaceOpenException;

/**
 * Backups of a workspace (CONTRACT.md: {@code NAME.cxcadence.backups/}): on demand, once a day
 * when the app opens a workspace, before imports and restores; listing; restore; and recovery of
 * a damaged workspace from its newest good backup. Every backup is verified before it counts.
 */
public final class BackupService {
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    private final Clock clock;

    public BackupService(Clock clock) {
        this.clock = clock;
    }

    /** A backup as the Settings card and the damage dialog show it. */
    public record BackupEntry(Path file, LocalDateTime taken, long size, String reason) {
    }

    /** What a restore did: where the previous content went and whether it was damaged. */
    public record RestoreOutcome(Path workspace, Path restoredFrom, Path keptAside, boolean previousWasDamaged) {
    }

    /** Writes a verified backup of an open workspace now (read-only opens work too). */
    public Path backUpNow(OpenWorkspace workspace, String reason) {
        return workspace.database().backup(reason, clock);
    }

    /** Writes a verified backup of an open workspace to exactly {@code target}. */
    public Path backUpTo(OpenWorkspace workspace, Path target) {
        return workspace.database().backupTo(target);
    }

    /**
     * The daily backup of a workspace opened for editing: starts one on its writer thread unless a
     * backup was taken within the last day, and returns at once, so the window reads Home meanwhile
     * (a verified copy of the large workspace takes seconds); the day's first edits queue behind the
     * copy, so it holds the file as it was before them. The future holds the backup, or empty when
     * none was due or the copy failed (logged: the user keeps working); it fails with a damaged
     * {@link WorkspaceUnavailableException} when the copy finds damage (it reads every page, so it is
     * the check on open of files too large for quick_check): the window then offers to restore.
     */
    public CompletableFuture<Optional<Path>> dailyBackupIfDue(OpenWorkspace workspace) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Backups.Info> existing = Backups.list(workspace.file());
        if (!existing.isEmpty() && existing.getFirst().taken().isAfter(now.minusDays(1))) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return workspace.database().backupLater("daily", clock).handle((backup, failure) -> {
            if (failure == null) {
                return Optional.of(backup);
            }
            Throwable cause = failure instanceof CompletionException wrapped && wrapped.getCause() != null
                    ? wrapped.getCause() : failure;
            if (isCorruption(cause)) {
                throw new WorkspaceUnavailableException(workspace.file() + " is damaged (" + cause.getMessage()
                        + "). Restore it from a backup in " + WorkspaceFiles.backupsFolder(workspace.file()) + ".", cause,
                        WorkspaceUnavailableException.Kind.DAMAGED);
            }
            if (cause instanceof StoreException) {
                LOG.log(Level.WARNING, "The daily backup of " + workspace.file() + " failed", cause);
                return Optional.empty();
            }
            throw failure instanceof CompletionException c ? c : new CompletionException(cause);
        });
    }

    private static boolean isCorruption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("SQLITE_CORRUPT") || m.contains("malformed") || m.contains("SQLITE_NOTADB")) {
                return true;
            }
        }
        return false;
    }

    /** The folder each backup is also copied to (a network drive, say), if one is set. */
    public Optional<Path> secondFolder(OpenWorkspace workspace) {
        return new SettingsRepository(workspace.database()).secondBackupFolder();
    }

    /**
     * Sets the second backup folder ({@code null}: none). It must be a folder that exists now and is
     * not the workspace's own backups folder; from the next backup on, each is copied there too.
     */
    public void setSecondFolder(OpenWorkspace workspace, Path folder) {
        if (folder != null) {
            Path absolute = folder.toAbsolutePath().normalize();
            if (!java.nio.file.Files.isDirectory(absolute)) {
                throw new InvalidInputException(folder + ": not a folder that can be reached now");
            }
            if (absolute.equals(WorkspaceFiles.backupsFolder(workspace.file()).toAbsolutePath().normalize())
                    || absolute.equals(workspace.file().toAbsolutePath().getParent())) {
                throw new InvalidInputException(folder + ": choose another place than the workspace's own folder, "
                        + "so that one lost disk or folder does not take both copies");
            }
            folder = absolute;
        }
        new SettingsRepository(workspace.database()).setSecondBackupFolder(folder);
    }

    /** Every backup of the workspace at {@code workspace}, newest first. */
    public List<BackupEntry> list(Path workspace) {
        return Backups.list(workspace).stream()
                .map(i -> new BackupEntry(i.file(), i.taken(), i.size(), i.reason()))
                .toList();
    }

    /**
     * Restores {@code backup} into the workspace at {@code workspace}, which must not be open for
     * writing anywhere. A backup that is not a good workspace is invalid input; nothing changes.
     */
    public RestoreOutcome restore(Path workspace, Path backup) {
        try {
            Restore.verify(backup);
        } catch (WorkspaceOpenException e) {
            throw new InvalidInputException(e.getMessage().replace("Restore it from a backup in", "It cannot be restored; choose another backup in"), e);
        }
        try {
            Restore.Result r = Restore.restore(workspace, backup, clock);
            return new RestoreOutcome(r.workspace(), r.restoredFrom(), r.keptAside(), r.previousWasDamaged());
        } catch (WorkspaceOpenException e) {
            throw WorkspaceService.unavailable(e);
        }
    }

    /** The newest backup that passes verification, if any. */
    public Optional<BackupEntry> newestGoodBackup(Path workspace) {
        for (BackupEntry entry : list(workspace)) {
            try {
                Restore.verify(entry.file());
                return Optional.of(entry);
            } catch (WorkspaceOpenException | RuntimeException e) {
                LOG.log(Level.INFO, "Skipping the backup " + entry.file() + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * Recovers a damaged workspace: keeps the damaged file aside ({@code .damaged}, never deleted
     * or overwritten) and puts the newest good backup in its place. The caller opens it afterwards.
     */
    public RestoreOutcome recoverFromNewestBackup(Path workspace) {
        BackupEntry newest = newestGoodBackup(workspace).orElseThrow(() -> new WorkspaceUnavailableException(
                workspace + ": no good backup was found in " + WorkspaceFiles.backupsFolder(workspace) + "."));
        return restore(workspace, newest.file());
    }

    /** Today's date on the service clock (the daily backup's day). */
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
