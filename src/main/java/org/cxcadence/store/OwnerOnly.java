package org.cxcadence.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Workspace files hold customer names and notes: on POSIX file systems the workspace, its -wal,
 * -shm and lock files and every backup are readable by the user only (0600), the backups folder
 * 0700. Other file systems (Windows ACLs) are left to their own defaults.
 */
public final class OwnerOnly {
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** True when the file system of {@code path} has POSIX permissions. */
    public static boolean supported(Path path) {
        return path.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Restricts an existing file to its owner; a missing file is skipped. */
    public static void file(Path file) {
        set(file, FILE);
    }

    /** Restricts an existing folder to its owner. */
    public static void folder(Path folder) {
        set(folder, FOLDER);
    }

    /** The workspace and whichever of its side files exist. */
    static void workspace(Path workspace) {
        file(workspace);
        file(WorkspaceFiles.walFile(workspace));
        file(WorkspaceFiles.shmFile(workspace));
        file(WorkspaceFiles.lockFile(workspace));
    }

    private static void set(Path path, Set<PosixFilePermission> permissions) {
        if (!supported(path) || !Files.exists(path)) {
            return;
        }
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not our file (another user's share): reading and writing still work; nothing to tighten.
        }
    }
}
