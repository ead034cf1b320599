package org.cxcadence.store;

import java.nio.file.Path;

/** The files that live beside a workspace file {@code NAME.cxcadence} (CONTRACT.md, Workspaces). */
public final class WorkspaceFiles {
    public static final String EXTENSION = ".cxcadence";

    private WorkspaceFiles() {
    }

    /** Held with an OS lock by the single writer; a separate file so SQLite's own locks stay untouched. */
    public static Path lockFile(Path workspace) {
        return sibling(workspace, ".lock");
    }

    public static Path backupsFolder(Path workspace) {
        return sibling(workspace, ".backups");
    }

    public static Path walFile(Path workspace) {
        return sibling(workspace, "-wal");
    }

    public static Path shmFile(Path workspace) {
        return sibling(workspace, "-shm");
    }

    public static Path journalFile(Path workspace) {
        return sibling(workspace, "-journal");
    }

    /** {@code NAME} of {@code NAME.cxcadence}; the whole file name for other extensions. */
    public static String baseName(Path workspace) {
        String name = workspace.getFileName().toString();
        return name.endsWith(EXTENSION) && name.length() > EXTENSION.length()
                ? name.substring(0, name.length() - EXTENSION.length())
                : name;
    }

    private static Path sibling(Path workspace, String suffix) {
        Path absolute = workspace.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + suffix);
    }
}
