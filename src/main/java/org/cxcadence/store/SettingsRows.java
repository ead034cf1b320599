package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.cxcadence.domain.WorkspaceSettings;

/** Workspace settings as key/value rows, so a new setting needs no migration. Keys are the JSON keys. */
final class SettingsRows {
    static final String COMPANY_NAME = "companyName";
    static final String STALLED_AFTER_SESSIONS = "stalledAfterSessions";
    /**
     * Where each backup is also copied (a network drive, a synced folder). A path of this machine,
     * so it is not part of {@link WorkspaceSettings} nor of the JSON export.
     */
    static final String SECOND_BACKUP_FOLDER = "secondBackupFolder";

    private SettingsRows() {
    }

    static WorkspaceSettings load(Connection c) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM settings");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        }
        String stalled = values.get(STALLED_AFTER_SESSIONS);
        return new WorkspaceSettings(values.get(COMPANY_NAME), stalled == null ? null : Integer.valueOf(stalled));
    }

    static void save(Connection c, WorkspaceSettings settings) throws SQLException {
        put(c, COMPANY_NAME, settings.companyName());
        put(c, STALLED_AFTER_SESSIONS, settings.stalledAfterSessions() == null ? null
                : settings.stalledAfterSessions().toString());
    }

    static java.util.Optional<java.nio.file.Path> secondBackupFolder(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            ps.setString(1, SECOND_BACKUP_FOLDER);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1).isBlank()) {
                    return java.util.Optional.empty();
                }
                try {
                    return java.util.Optional.of(java.nio.file.Path.of(rs.getString(1)));
                } catch (java.nio.file.InvalidPathException e) {
                    return java.util.Optional.empty();
                }
            }
        }
    }

    static void setSecondBackupFolder(Connection c, java.nio.file.Path folder) throws SQLException {
        put(c, SECOND_BACKUP_FOLDER, folder == null ? null : folder.toAbsolutePath().toString());
    }

    /** A null value removes the key: absent and unset mean the same, as in the JSON. */
    private static void put(Connection c, String key, String value) throws SQLException {
        String sql = value == null ? "DELETE FROM settings WHERE key = ?"
                : "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            if (value != null) {
                ps.setString(2, value);
            }
            ps.executeUpdate();
        }
    }
}
