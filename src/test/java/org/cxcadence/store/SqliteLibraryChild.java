package org.cxcadence.store;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/**
 * A process started by {@link SqliteNativeLibraryTest}: does what the launcher does before the first
 * connection, connects, and prints SQLite's version and how many libraries sqlite-jdbc extracted into
 * the temp folder (its own way of loading); then waits for a copy being kept, as a long-running app would.
 */
public final class SqliteLibraryChild {
    private SqliteLibraryChild() {
    }

    public static void main(String[] args) throws Exception {
        SqliteNativeLibrary.useKeptCopy(Path.of(args[0]));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
                ResultSet r = c.createStatement().executeQuery("select sqlite_version()")) {
            r.next();
            System.out.println("version " + r.getString(1));
        }
        String[] extracted = new File(System.getProperty("java.io.tmpdir")).list((dir, name) -> name.startsWith("sqlite-"));
        System.out.println("extracted " + (extracted == null ? 0 : extracted.length));
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("cx-sqlite-library")) {
                t.join();
            }
        }
        System.out.flush();
    }
}
