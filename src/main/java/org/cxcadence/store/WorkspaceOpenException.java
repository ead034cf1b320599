package org.cxcadence.store;

import java.nio.file.Path;

/**
 * A workspace file cannot be used. The message is one line for a person: it names the file,
 * says why, and says what to do next. The command line maps every reason to exit code 4.
 */
public final class WorkspaceOpenException extends Exception {

    public enum Reason {
        /** No file there, or an empty one, where an existing workspace is needed. */
        MISSING,
        /** Not an SQLite file, or the SQLite database of another program. */
        FOREIGN,
        /** Written by a newer CX Cadence whose format this app does not know. */
        NEWER_VERSION,
        /** Written by an older CX Cadence and must be upgraded, which a read-only open cannot do. */
        NEEDS_UPGRADE,
        /** The file's header or pages are inconsistent. */
        DAMAGED,
        /** Another window or process holds the single-writer lock. */
        LOCKED,
        /** Creating a workspace where a non-empty file already exists. */
        ALREADY_EXISTS
    }

    private final Reason reason;
    private final Path file;

    WorkspaceOpenException(Reason reason, Path file, String message) {
        super(message);
        this.reason = reason;
        this.file = file;
    }

    WorkspaceOpenException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    static WorkspaceOpenException missing(Path file) {
        return new WorkspaceOpenException(Reason.MISSING, file,
                file + " does not exist. Check the path, or create a new workspace there.");
    }

    static WorkspaceOpenException empty(Path file) {
        return new WorkspaceOpenException(Reason.MISSING, file,
                file + " is empty (no workspace has been created in it yet). Create a new workspace there, or choose another file.");
    }

    static WorkspaceOpenException notSqlite(Path file) {
        return new WorkspaceOpenException(Reason.FOREIGN, file,
                file + " is not a CX Cadence workspace (it is not an SQLite file). Choose another file.");
    }

    static WorkspaceOpenException foreignSqlite(Path file) {
        return new WorkspaceOpenException(Reason.FOREIGN, file,
                file + " is not a CX Cadence workspace (it is the SQLite database of another program). Choose another file.");
    }

    static WorkspaceOpenException newer(Path file, int fileVersion, int latestVersion) {
        return new WorkspaceOpenException(Reason.NEWER_VERSION, file,
                file + " was written by a newer CX Cadence (format " + fileVersion + ", this app reads up to "
                        + latestVersion + "). Update the app to open it.");
    }

    static WorkspaceOpenException needsUpgrade(Path file, int fileVersion, int latestVersion) {
        return new WorkspaceOpenException(Reason.NEEDS_UPGRADE, file,
                file + " was written by an older CX Cadence (format " + fileVersion + ", this app uses "
                        + latestVersion + ") and cannot be upgraded while opened read-only. Open it once in the app to upgrade it.");
    }

    static WorkspaceOpenException damaged(Path file, String detail) {
        return new WorkspaceOpenException(Reason.DAMAGED, file,
                file + " is damaged (" + detail + "). Restore it from a backup in "
                        + WorkspaceFiles.backupsFolder(file) + ".");
    }

    static WorkspaceOpenException damaged(Path file, String detail, Throwable cause) {
        WorkspaceOpenException e = damaged(file, detail);
        e.initCause(cause);
        return e;
    }

    static WorkspaceOpenException locked(Path file) {
        return new WorkspaceOpenException(Reason.LOCKED, file,
                file + " is open in another window (or another program). Close it there first.");
    }

    static WorkspaceOpenException alreadyExists(Path file) {
        return new WorkspaceOpenException(Reason.ALREADY_EXISTS, file,
                file + " already exists and is not empty. Open it instead, or choose a new file name.");
    }
}
