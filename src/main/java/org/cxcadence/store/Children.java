package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a child table in one query, grouped by its parent id (the query's first column) and in
 * the query's order: one query per table instead of one per parent row.
 */
final class Children {
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Children() {
    }

    static <T> Map<String, List<T>> group(Connection c, String sql, RowMapper<T> mapper) throws SQLException {
        Map<String, List<T>> byParent = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byParent.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(mapper.map(rs));
            }
        }
        return byParent;
    }
}
