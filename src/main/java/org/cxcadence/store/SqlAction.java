package org.cxcadence.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Like {@link SqlWork}, for work that returns nothing. */
@FunctionalInterface
public interface SqlAction {
    void run(Connection connection) throws SQLException;
}
