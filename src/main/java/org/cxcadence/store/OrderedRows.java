package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * List order shared by the small lists the user arranges (people, topic areas, journey stages,
 * segments). {@code list_order} is the order lists are shown and exported in; {@code position}
 * is the JSON field, set to 1, 2, 3… when the user reorders. Table names are our constants.
 */
final class OrderedRows {
    private OrderedRows() {
    }

    static int nextListOrder(Connection c, String table) throws SQLException {
        return Sql.queryInt(c, "SELECT coalesce(max(list_order) + 1, 0) FROM " + table);
    }

    /** Puts the given ids first, in that order, and the rest after them in their current order. */
    static void reorder(Connection c, String table, List<String> idsInOrder) throws SQLException {
        List<String> current = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " ORDER BY list_order, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                current.add(rs.getString(1));
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String id : idsInOrder) {
            if (!current.contains(id)) {
                throw new StoreException("cannot reorder " + table + ": no row with id " + id);
            }
            ordered.add(id);
        }
        ordered.addAll(current);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE " + table + " SET list_order = ?, position = ? WHERE id = ?")) {
            int index = 0;
            for (String id : ordered) {
                ps.setInt(1, index);
                ps.setInt(2, index + 1);
                ps.setString(3, id);
                ps.addBatch();
                index++;
            }
            ps.executeBatch();
        }
    }

    static void setPosition(Connection c, String table, String id, Integer position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET position = ? WHERE id = ?")) {
            Sql.setNullable(ps, 1, position);
            ps.setString(2, id);
            if (ps.executeUpdate() == 0) {
                throw new StoreException("no row in " + table + " with id " + id);
            }
        }
    }
}
