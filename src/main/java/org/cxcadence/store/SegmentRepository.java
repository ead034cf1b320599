package org.cxcadence.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.cxcadence.domain.Segment;

/** Customer segments, in the user's order. A segment that metric values still name cannot be deleted, only archived. */
public final class SegmentRepository extends NamedListRepository<Segment> {
    static final NamedListTable<Segment> TABLE = new NamedListTable<>("segments", Segment::new,
            new NamedListTable.Fields<>(Segment::id, Segment::name, Segment::position, Segment::archived));

    public SegmentRepository(Database db) {
        super(db, TABLE);
    }

    static List<Segment> listAll(Connection c) throws SQLException {
        return TABLE.listAll(c);
    }

    static void insertAll(Connection c, List<Segment> rows) throws SQLException {
        TABLE.insertAll(c, rows);
    }
}
