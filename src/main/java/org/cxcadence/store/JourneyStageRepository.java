package org.cxcadence.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.cxcadence.domain.JourneyStage;

/** Stages of the customer journey, in the user's order. A stage that actions still name cannot be deleted, only archived. */
public final class JourneyStageRepository extends NamedListRepository<JourneyStage> {
    static final NamedListTable<JourneyStage> TABLE = new NamedListTable<>("journey_stages", JourneyStage::new,
            new NamedListTable.Fields<>(JourneyStage::id, JourneyStage::name, JourneyStage::position, JourneyStage::archived));

    public JourneyStageRepository(Database db) {
        super(db, TABLE);
    }

    static List<JourneyStage> listAll(Connection c) throws SQLException {
        return TABLE.listAll(c);
    }

    static void insertAll(Connection c, List<JourneyStage> rows) throws SQLException {
        TABLE.insertAll(c, rows);
    }
}
