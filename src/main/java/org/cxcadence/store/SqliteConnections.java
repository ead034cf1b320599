package org.cxcadence.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Opens JDBC connections to a workspace file with the pragmas of ARCHITECTURE.md (Storage). */
final class SqliteConnections {
    static final int BUSY_TIMEOUT_MILLIS = 5000;

    private SqliteConnections() {
    }

    /**
     * The single write connection of an existing file. No CREATE flag: a wrong path must fail,
     * never yield a fresh empty database.
     */
    static Connection openWriter(Path file) throws SQLException {
        SQLiteConfig config = baseConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return config.createConnection(url(file));
    }

    /** A read connection: SQLite itself refuses writes on it, and it takes no writer lock. */
    static Connection openReader(Path file) throws SQLException {
        SQLiteConfig config = baseConfig();
        config.setReadOnly(true);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        return config.createConnection(url(file));
    }

    /**
     * A connection that may create the file: used only on a fresh temporary file while a
     * workspace is being created. Rollback journal (not WAL) so that the first transaction,
     * which stamps the application id, lands in the main file and its header at once.
     */
    static Connection openForCreation(Path file) throws SQLException {
        SQLiteConfig config = baseConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return config.createConnection(url(file));
    }

    private static SQLiteConfig baseConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return config;
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }
}
