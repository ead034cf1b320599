package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.cxcadence.domain.TopicArea;

/** Topic areas of the agenda: listed in the user's order; archived, never deleted, because old agendas name them. */
public final class TopicAreaRepository {
    private static final String TABLE = "topic_areas";
    private static final String UPSERT = """
            INSERT INTO topic_areas (id, list_order, name, position, archived) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, position = coalesce(excluded.position, position), archived = excluded.archived
            """;

    private final Database db;

    public TopicAreaRepository(Database db) {
        this.db = db;
    }

    public List<TopicArea> list() {
        return db.read(TopicAreaRepository::listAll);
    }

    public void upsert(TopicArea area) {
        db.write(c -> upsert(c, area, OrderedRows.nextListOrder(c, TABLE)));
    }

    public void reorder(List<String> idsInOrder) {
        db.write(c -> OrderedRows.reorder(c, TABLE, idsInOrder));
    }

    public void setPosition(String id, Integer position) {
        db.write(c -> OrderedRows.setPosition(c, TABLE, id, position));
    }

    public void archive(String id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE topic_areas SET archived = 1 WHERE id = ?")) {
                ps.setString(1, id);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException("no topic area with id " + id);
                }
            }
        });
    }

    /**
     * Deletes the row if nothing refers to it (undo of an add) and says whether it did; a row still
     * named by history is kept, because the deferred foreign keys refuse the delete at commit.
     */
    public boolean deleteIfUnreferenced(String id) {
        try {
            db.write(c -> Sql.execute(c, "DELETE FROM topic_areas WHERE id = ?", id));
            return true;
        } catch (StoreException e) {
            return false;
        }
    }

    static List<TopicArea> listAll(Connection c) throws SQLException {
        List<TopicArea> areas = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, position, archived FROM topic_areas ORDER BY list_order, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                areas.add(new TopicArea(rs.getString("id"), rs.getString("name"),
                        Sql.getInteger(rs, "position"), rs.getInt("archived") == 1));
            }
        }
        return areas;
    }

    static void insertAll(Connection c, List<TopicArea> areas) throws SQLException {
        for (int i = 0; i < areas.size(); i++) {
            upsert(c, areas.get(i), i);
        }
    }

    private static void upsert(Connection c, TopicArea area, int listOrder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, area.id());
            ps.setInt(2, listOrder);
            ps.setString(3, area.name());
            Sql.setNullable(ps, 4, area.position());
            ps.setInt(5, area.archived() ? 1 : 0);
            ps.executeUpdate();
        }
    }
}
