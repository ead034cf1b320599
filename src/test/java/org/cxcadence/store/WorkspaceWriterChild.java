package org.cxcadence.store;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link TwoProcessLockTest}: opens the workspace for writing, says
 * "LOCKED", and holds it until its standard input closes (or the process is killed).
 */
public final class WorkspaceWriterChild {
    private WorkspaceWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.openExisting(Path.of(args[0]), Database.Mode.WRITE)) {
            System.out.println("LOCKED");
            System.out.flush();
            while (System.in.read() != -1) {
                // wait; the parent kills us
            }
        }
    }
}
