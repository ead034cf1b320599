package org.cxcadence.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cxcadence.domain.StarterMetrics;
import org.cxcadence.store.Database;
import org.cxcadence.store.IntegrityCheck;
import org.cxcadence.store.IntegrityReport;
import org.cxcadence.store.WorkspaceOpenException;

/**
 * Opens and creates workspace files with the messages of CONTRACT.md. Existing files are opened
 * without SQLite's create flag, so a wrong path never yields an empty workspace; only the
 * explicit create paths (first start, New workspace, import, demo) make a file.
 */
public final class WorkspaceService {
    private final java.util.function.Consumer<Path> beforeWriting;
    private final long quickCheckMaxBytes;

    public WorkspaceService() {
        this(file -> { });
    }

    /**
     * @param beforeWriting told the path of every workspace about to be opened or created for
     *                      writing (the command line warns there about synced folders and network shares)
     */
    public WorkspaceService(java.util.function.Consumer<Path> beforeWriting) {
        this(beforeWriting, QUICK_CHECK_ON_OPEN_MAX_BYTES);
    }

    /**
     * @param quickCheckMaxBytes files up to this size get {@code quick_check} on {@link #openForEditing};
     *                           larger ones are checked only by the daily backup's copy (tests pass 0
     *                           to leave the finding of damage to the copy)
     */
    public WorkspaceService(java.util.function.Consumer<Path> beforeWriting, long quickCheckMaxBytes) {
        this.beforeWriting = beforeWriting;
        this.quickCheckMaxBytes = quickCheckMaxBytes;
    }

    public OpenWorkspace openForWriting(Path file) {
        return open(file, Database.Mode.WRITE);
    }

    /**
     * Workspaces up to this size get {@code PRAGMA quick_check} (every page read) each time the app
     * opens them; larger ones only when the daily backup reads them. Measured on a loaded 2-core
     * machine: the demo (0.9 MB) 9–50 ms, a {@code generate --size medium} workspace (38 MB)
     * 0.5–1.3 s; so 16 MB costs at most a few hundred ms and covers years of real sessions
     * (docs/RELIABILITY.md, "Damage found on open").
     */
    public static final long QUICK_CHECK_ON_OPEN_MAX_BYTES = 16L * 1024 * 1024;

    /** A workspace the window opened, and its daily backup under way (done at once when none was due). */
    public record OpenedForEditing(OpenWorkspace workspace, CompletableFuture<Optional<Path>> dailyBackup) {
    }

    /**
     * The app's open: for writing, a {@code quick_check} of every page when the file is at most
     * {@link #QUICK_CHECK_ON_OPEN_MAX_BYTES} (disk work: call it off the FX thread); damage found
     * closes the file again (unchanged) and throws a DAMAGED {@link WorkspaceUnavailableException},
     * so the window can offer a restore. Then the daily backup is started, not waited for
     * ({@link BackupService#dailyBackupIfDue}): damage found by the copy fails its future, and the
     * window closes the workspace and offers the restore then.
     */
    public OpenedForEditing openForEditing(Path file, java.time.Clock clock) {
        OpenWorkspace workspace = openForWriting(file);
        try {
            checkOnOpen(workspace);
            return new OpenedForEditing(workspace, new BackupService(clock).dailyBackupIfDue(workspace));
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    public OpenWorkspace openReadOnly(Path file) {
        return open(file, Database.Mode.READ_ONLY);
    }

    private OpenWorkspace open(Path file, Database.Mode mode) {
        if (mode == Database.Mode.WRITE) {
            beforeWriting.accept(file);
        }
        try {
            return new OpenWorkspace(Database.openExisting(file, mode));
        } catch (WorkspaceOpenException e) {
            throw unavailable(e);
        }
    }

    /** Creates a new workspace with the five competencies, starter journey stages and starter metrics. */
    public OpenWorkspace createEmpty(Path file) {
        OpenWorkspace workspace = createBare(file);
        try {
            workspace.store().initialiseDefaults(StarterMetrics.all());
            return workspace;
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /** Creates the file with the schema only; import and demo fill it in one transaction. */
    OpenWorkspace createBare(Path file) {
        beforeWriting.accept(file);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new OpenWorkspace(Database.create(file));
        } catch (WorkspaceOpenException e) {
            throw unavailable(e);
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(file + ": cannot create the folder (" + e.getMessage() + ")", e);
        }
    }

    /** True when there is nothing at the path yet (or only an empty file), so creating it loses nothing. */
    public boolean isNew(Path file) {
        try {
            return !Files.exists(file) || (Files.isRegularFile(file) && Files.size(file) == 0);
        } catch (IOException e) {
            return false;
        }
    }

    /** Integrity report of a closed or open workspace; never changes the file. */
    public CheckResult check(Path file) {
        try {
            IntegrityReport report = IntegrityCheck.check(file);
            return new CheckResult(report.ok(), report.problems());
        } catch (WorkspaceOpenException e) {
            throw unavailable(e);
        }
    }

    private void checkOnOpen(OpenWorkspace workspace) {
        long size;
        try {
            size = Files.size(workspace.file());
        } catch (IOException e) {
            return; // the daily backup reads every page anyway
        }
        if (size > quickCheckMaxBytes) {
            return;
        }
        IntegrityReport report = workspace.database().quickCheck();
        if (report.damaged()) {
            throw new WorkspaceUnavailableException(workspace.file() + " is damaged (" + report.problems().getFirst()
                    + "). Restore it from a backup in " + org.cxcadence.store.WorkspaceFiles.backupsFolder(workspace.file())
                    + ".", null, WorkspaceUnavailableException.Kind.DAMAGED);
        }
    }

    static WorkspaceUnavailableException unavailable(WorkspaceOpenException e) {
        return new WorkspaceUnavailableException(e.getMessage(), e,
                WorkspaceUnavailableException.Kind.valueOf(e.reason().name()));
    }
}
