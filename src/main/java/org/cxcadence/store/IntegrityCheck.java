package org.cxcadence.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code PRAGMA integrity_check} and {@code foreign_key_check}, on a read-only connection so that
 * checking a damaged file never changes it (and works while another window writes).
 */
public final class IntegrityCheck {
    private static final int MAX_PROBLEMS = 100;

    private IntegrityCheck() {
    }

    /**
     * Checks a workspace file. A file too damaged to open yields a damaged report; a missing,
     * foreign or newer file is not a workspace to check and is refused with the usual exception.
     */
    public static IntegrityReport check(Path file) throws WorkspaceOpenException {
        try (Database db = Database.openExisting(file, Database.Mode.READ_ONLY)) {
            return db.checkIntegrity();
        } catch (WorkspaceOpenException e) {
            if (e.reason() == WorkspaceOpenException.Reason.DAMAGED) {
                return IntegrityReport.of(List.of(e.getMessage()));
            }
            throw e;
        }
    }

    static IntegrityReport check(Connection c) {
        List<String> problems = new ArrayList<>();
        try {
            try (PreparedStatement ps = c.prepareStatement("PRAGMA integrity_check(" + MAX_PROBLEMS + ")");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    if (!"ok".equals(line)) {
                        problems.add(line);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("PRAGMA foreign_key_check");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next() && problems.size() < MAX_PROBLEMS) {
                    problems.add("row " + rs.getLong(2) + " of " + rs.getString(1)
                            + " refers to a missing row of " + rs.getString(3));
                }
            }
        } catch (SQLException e) {
            // A corrupt page can make the check itself fail; that is a finding, not a crash.
            problems.add(e.getMessage());
        }
        return IntegrityReport.of(problems);
    }
}
