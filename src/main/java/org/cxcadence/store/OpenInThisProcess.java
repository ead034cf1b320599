package org.cxcadence.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Which workspaces this JVM has open, and whether for writing. POSIX locks belong to the process,
 * and closing <em>any</em> descriptor of a file drops all of them; so while a workspace is open
 * here we must neither re-read its header through a new descriptor (SQLite's locks on it) nor open
 * a second channel on its lock file (our writer lock). This registry answers before we touch either.
 */
final class OpenInThisProcess {
    private static final Map<Path, int[]> OPEN = new HashMap<>(); // key → {writers, readers}

    private OpenInThisProcess() {
    }

    /** One spelling per file, so "a/../a.cxcadence" and a symlinked folder find the same entry. */
    static Path key(Path workspace) {
        Path absolute = workspace.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            if (parent != null && Files.isDirectory(parent)) {
                return parent.toRealPath().resolve(absolute.getFileName());
            }
        } catch (IOException ignored) {
            // fall back to the normalised path
        }
        return absolute;
    }

    static synchronized boolean hasWriter(Path key) {
        int[] counts = OPEN.get(key);
        return counts != null && counts[0] > 0;
    }

    static synchronized boolean isOpen(Path key) {
        return OPEN.containsKey(key);
    }

    static synchronized void register(Path key, boolean writer) {
        int[] counts = OPEN.computeIfAbsent(key, k -> new int[2]);
        counts[writer ? 0 : 1]++;
    }

    static synchronized void unregister(Path key, boolean writer) {
        int[] counts = OPEN.get(key);
        if (counts == null) {
            return;
        }
        counts[writer ? 0 : 1]--;
        if (counts[0] <= 0 && counts[1] <= 0) {
            OPEN.remove(key);
        }
    }
}
