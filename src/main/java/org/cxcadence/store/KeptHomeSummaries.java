package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Home's summary as last built, kept in the workspace between starts (table {@code kept_home_summaries},
 * docs/decisions/0010). The bytes are the service's; the store keeps them for one day and one build of
 * the app. Rows appear only through derived writes of the {@link WriteQueue}, and the first write of
 * content after one deletes them all in its own transaction (so do migrations), so a row found is the
 * summary of exactly what the file holds.
 */
final class KeptHomeSummaries {
    /** Run by {@link WriteQueue} in a write of content. */
    static final SqlAction DROP_ALL = c -> Sql.execute(c, "DELETE FROM kept_home_summaries");

    private KeptHomeSummaries() {
    }

    /** Whether the file has the table (migration V003). */
    static boolean tableIn(Connection c) throws SQLException {
        return !Sql.queryStrings(c, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'kept_home_summaries'")
                .isEmpty();
    }

    static Optional<byte[]> find(Connection c, LocalDate day, String build) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT summary FROM kept_home_summaries WHERE made_for = ? AND app_build = ?")) {
            ps.setString(1, day.toString());
            ps.setString(2, build);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    static Set<LocalDate> days(Connection c, String build) throws SQLException {
        Set<LocalDate> days = new TreeSet<>();
        for (String day : Sql.queryStrings(c, "SELECT made_for FROM kept_home_summaries WHERE app_build = ?", build)) {
            days.add(LocalDate.parse(day));
        }
        return days;
    }

    /** Keeps a summary for each day given; rows of another build or of a day before the first given go. */
    static void keep(Connection c, String build, SortedMap<LocalDate, byte[]> byDay) throws SQLException {
        if (byDay.isEmpty()) {
            return;
        }
        Sql.execute(c, "DELETE FROM kept_home_summaries WHERE app_build <> ? OR made_for < ?", build,
                byDay.firstKey().toString());
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO kept_home_summaries (made_for, app_build, summary) VALUES (?, ?, ?)")) {
            for (Map.Entry<LocalDate, byte[]> day : byDay.entrySet()) {
                ps.setString(1, day.getKey().toString());
                ps.setString(2, build);
                ps.setBytes(3, day.getValue());
                ps.executeUpdate();
            }
        }
    }
}
