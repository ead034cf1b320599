package org.cxcadence.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on a connection the {@link Database} lends for its duration; never keep the connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
