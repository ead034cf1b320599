package org.cxcadence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, kept in the app's cache folder so that a start loads it at once. Left to
 * itself, sqlite-jdbc works the platform out at every start (one of its checks starts a process),
 * copies the library out of its jar into the temp folder and reads both again to compare them: on a
 * two-core machine that was ~40 % of the window's early open, beside JavaFX's own start
 * (docs/PERFORMANCE.md). The copy kept here is the one sqlite-jdbc picks for this machine, in a folder
 * named by sqlite-jdbc's version, the OS and the architecture, and it is only ever there whole (written
 * beside, then renamed). sqlite-jdbc is told its folder ({@code org.sqlite.lib.path}); should loading it
 * fail, sqlite-jdbc goes on to its own way, so a bad copy costs time, never the workspace.
 */
public final class SqliteNativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String PART = ".part";
    /** A copy being written by another process is left alone for this long. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(SqliteNativeLibrary.class.getName());

    private SqliteNativeLibrary() {
    }

    /**
     * Call before the process's first connection: hands sqlite-jdbc the copy kept under {@code cacheDir},
     * or, when there is none yet, starts keeping one (a background thread) for the next start.
     */
    public static void useKeptCopy(Path cacheDir) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return; // whoever started the JVM chose the library
        }
        try {
            Path folder = folderFor(cacheDir, SQLiteJDBCLoader.getVersion(), System.getProperty("os.name", ""),
                    System.getProperty("os.arch", ""));
            String name = LibraryLoaderUtil.getNativeLibName();
            keptCopy(folder, name).ifPresentOrElse(kept -> {
                System.setProperty(PATH_PROPERTY, kept.getParent().toString());
                System.setProperty(NAME_PROPERTY, name);
            }, () -> Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("cx-sqlite-library")
                    .start(() -> keepCopy(folder, name)));
        } catch (RuntimeException e) {
            // Only time is at stake (an odd cache path, say): sqlite-jdbc loads its library its own way. Never
            // let it reach the thread that reads the window's arguments, which the window waits for.
            LOG.log(Level.FINE, "SQLite's kept library not used", e);
        }
    }

    /** Where this sqlite-jdbc keeps its library for this platform. */
    static Path folderFor(Path cacheDir, String version, String os, String arch) {
        return cacheDir.resolve("sqlite-jdbc").resolve((version + "-" + os + "-" + arch).replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    static Optional<Path> keptCopy(Path folder, String name) {
        Path library = folder.resolve(name);
        return Files.isRegularFile(library) ? Optional.of(library) : Optional.empty();
    }

    /**
     * Copies the library sqlite-jdbc would load on this machine into {@code folder}, whole or not at all;
     * false when there is nothing to copy (a platform whose library sqlite-jdbc finds elsewhere) or the
     * copy failed (the next start tries again).
     */
    static boolean keepCopy(Path folder, String name) {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
            if (in == null) {
                return false;
            }
            Files.createDirectories(folder);
            dropAbandonedParts(folder);
            Path part = Files.createTempFile(folder, name, PART);
            try {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return true;
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException | RuntimeException e) {
            // e.g. another process has the kept copy loaded (Windows will not replace it): it is whole anyway
            LOG.log(Level.FINE, "SQLite's library not kept in " + folder, e);
            return false;
        }
    }

    /** Parts left by a process killed while it copied. */
    private static void dropAbandonedParts(Path folder) throws IOException {
        Instant before = Instant.now().minus(ABANDONED_AFTER);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*" + PART)) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(before)) {
                    Files.deleteIfExists(part);
                }
            }
        }
    }
}
