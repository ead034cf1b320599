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

    static <T> Map<String, List<T>> group(Connection c, String sql, RowMapper<T> mapper, String... params)
            throws SQLException {
        Map<String, List<T>> byParent = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byParent.computeIfAbsent(Sql.text(rs, 1), k -> new ArrayList<>()).add(mapper.map(rs));
                }
            }
        }
        return byParent;
    }

    /** {@code ids} as a JSON array, for {@code IN (SELECT value FROM json_each(?))}: any number of ids, one parameter. */
    static String jsonArray(java.util.Collection<String> ids) {
        StringBuilder b = new StringBuilder("[");
        for (String id : ids) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"');
            for (int i = 0; i < id.length(); i++) {
                char ch = id.charAt(i);
                if (ch == '"' || ch == '\\') {
                    b.append('\\').append(ch);
                } else if (ch < 0x20) {
                    b.append(String.format("\\u%04x", (int) ch));
                } else {
                    b.append(ch);
                }
            }
            b.append('"');
        }
        return b.append(']').toString();
    }
}
