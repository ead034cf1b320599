package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL of a table holding just {@code (id, name, position, archived)} in list order: journey stages and
 * segments have the same shape, so they share it. {@code table} is one of our constants.
 */
final class NamedListTable<T> {
    interface Factory<T> {
        T create(String id, String name, Integer position, boolean archived);
    }

    /** How to read the four columns back out of a row record. */
    record Fields<T>(java.util.function.Function<T, String> id, java.util.function.Function<T, String> name,
                     java.util.function.Function<T, Integer> position, java.util.function.Predicate<T> archived) {
    }

    private final String table;
    private final Factory<T> factory;
    private final Fields<T> fields;

    NamedListTable(String table, Factory<T> factory, Fields<T> fields) {
        this.table = table;
        this.factory = factory;
        this.fields = fields;
    }

    String table() {
        return table;
    }

    List<T> listAll(Connection c) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, position, archived FROM " + table + " ORDER BY list_order, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(factory.create(rs.getString("id"), rs.getString("name"), Sql.getInteger(rs, "position"),
                        rs.getInt("archived") == 1));
            }
        }
        return rows;
    }

    void insertAll(Connection c, List<T> rows) throws SQLException {
        for (int i = 0; i < rows.size(); i++) {
            upsert(c, rows.get(i), i);
        }
    }

    void upsertAtEnd(Connection c, T row) throws SQLException {
        upsert(c, row, OrderedRows.nextListOrder(c, table));
    }

    /** Deletes a row; fails (and changes nothing) while anything still refers to it. */
    void delete(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            ps.setString(1, id);
            if (ps.executeUpdate() == 0) {
                throw new StoreException("no row in " + table + " with id " + id);
            }
        }
    }

    private void upsert(Connection c, T row, int listOrder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
                + " (id, list_order, name, position, archived) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                + " position = coalesce(excluded.position, position), archived = excluded.archived")) {
            ps.setString(1, fields.id().apply(row));
            ps.setInt(2, listOrder);
            ps.setString(3, fields.name().apply(row));
            Sql.setNullable(ps, 4, fields.position().apply(row));
            ps.setInt(5, fields.archived().test(row) ? 1 : 0);
            ps.executeUpdate();
        }
    }
}
