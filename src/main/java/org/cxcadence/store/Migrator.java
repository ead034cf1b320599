package org.cxcadence.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Applies pending migrations, each in one transaction that also sets {@code user_version}: a
 * script that fails half-way leaves the file at its previous version, never in between.
 */
final class Migrator {
    private Migrator() {
    }

    static int userVersion(Connection c) throws SQLException {
        return Sql.queryInt(c, "PRAGMA user_version");
    }

    static int applicationId(Connection c) throws SQLException {
        return Sql.queryInt(c, "PRAGMA application_id");
    }

    /**
     * @param stampApplicationId true only when creating: the first transaction marks the file as ours
     */
    static void migrate(Connection c, Migrations migrations, boolean stampApplicationId) throws SQLException {
        boolean stamp = stampApplicationId;
        for (Migration migration : migrations.after(userVersion(c))) {
            apply(c, migration, stamp);
            stamp = false;
        }
    }

    private static void apply(Connection c, Migration migration, boolean stampApplicationId) throws SQLException {
        Sql.execute(c, "BEGIN IMMEDIATE");
        try {
            // A script holds many statements (triggers contain semicolons of their own), so it goes
            // through SQLite's own parser: sqlite-jdbc runs Statement.executeUpdate via sqlite3_exec.
            try (Statement script = c.createStatement()) {
                script.executeUpdate(migration.sql());
            }
            // PRAGMA takes no bound parameters; both values are ints we control.
            Sql.execute(c, "PRAGMA user_version = " + migration.version());
            if (stampApplicationId) {
                Sql.execute(c, "PRAGMA application_id = " + SqliteHeader.APPLICATION_ID);
            }
            Sql.execute(c, "COMMIT");
        } catch (SQLException | RuntimeException e) {
            Sql.rollbackQuietly(c);
            throw new StoreException("migration " + migration.name() + " failed: " + e.getMessage(), e);
        }
    }
}
