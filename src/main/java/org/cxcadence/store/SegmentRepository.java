package org.cxcadence.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.cxcadence.domain.Segment;

/** Customer segments, in the user's order. A segment that metric values still name cannot be deleted. */
public final class SegmentRepository {
    static final NamedListTable<Segment> TABLE = new NamedListTable<>("segments", Segment::new,
            new NamedListTable.Fields<>() {
                @Override
                public String id(Segment row) {
                    return row.id();
                }

                @Override
                public String name(Segment row) {
                    return row.name();
                }

                @Override
                public Integer position(Segment row) {
                    return row.position();
                }

                @Override
                public boolean archived(Segment row) {
                    return row.archived();
                }
            });

    private final Database db;

    public SegmentRepository(Database db) {
        this.db = db;
    }

    public List<Segment> list() {
        return db.read(TABLE::listAll);
    }

    /** Adds at the end of the list, or updates name and position in place. */
    public void upsert(Segment row) {
        db.write(c -> TABLE.upsertAtEnd(c, row));
    }

    public void reorder(List<String> idsInOrder) {
        db.write(c -> OrderedRows.reorder(c, TABLE.table(), idsInOrder));
    }

    public void setPosition(String id, Integer position) {
        db.write(c -> OrderedRows.setPosition(c, TABLE.table(), id, position));
    }

    /** There is no archived flag in the format for this list, so unused entries are deleted. */
    public void delete(String id) {
        db.write(c -> TABLE.delete(c, id));
    }

    /**
     * Deletes the row if nothing refers to it (undo of an add) and says whether it did; a row still
     * named by history is kept, because the deferred foreign keys refuse the delete at commit.
     */
    public boolean deleteIfUnreferenced(String id) {
        try {
            db.write(c -> Sql.execute(c, "DELETE FROM segments WHERE id = ?", id));
            return true;
        } catch (StoreException e) {
            return false;
        }
    }

    static List<Segment> listAll(Connection c) throws SQLException {
        return TABLE.listAll(c);
    }

    static void insertAll(Connection c, List<Segment> rows) throws SQLException {
        TABLE.insertAll(c, rows);
    }
}
