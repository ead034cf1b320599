package org.cxcadence.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The writer connection's prepared statements for the writes that run after every pause in typing.
 * SQLite compiles a statement each time it is prepared, and for a write that means its triggers (the
 * search index) and foreign key checks too: for an autosave that cost as much as the write itself
 * (docs/PERFORMANCE.md, the autosave row). The {@link WriteQueue} owns one cache per writer connection
 * and lends it to the work it runs on its thread; {@link #prepare} hands out a kept statement there, and
 * an ordinary one anywhere else, so callers close what they get either way (closing a kept one only
 * clears its parameters).
 */
final class CachedStatements implements AutoCloseable {
    /** Enough for the autosave statements and the few column sets an item's update names. */
    private static final int KEPT = 32;
    private static final ThreadLocal<CachedStatements> LENT = new ThreadLocal<>();

    private final Connection connection;
    private final Map<String, PreparedStatement> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= KEPT) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    CachedStatements(Connection connection) {
        this.connection = connection;
    }

    /**
     * A statement for {@code sql} on {@code c}: the kept one when {@code c} is the connection whose cache is
     * lent to this thread, otherwise a new one. Close it when done, as any statement.
     */
    static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        CachedStatements cache = LENT.get();
        if (cache == null || cache.connection != c) {
            return c.prepareStatement(sql);
        }
        return cache.keptStatement(sql);
    }

    /** Lends this cache to the calling thread while {@code work} runs on its connection. */
    <T> T lend(SqlWork<T> work) throws SQLException {
        LENT.set(this);
        try {
            return work.run(connection);
        } finally {
            LENT.remove();
        }
    }

    private PreparedStatement keptStatement(String sql) throws SQLException {
        PreparedStatement statement = kept.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            kept.put(sql, statement);
        }
        return borrowed(statement);
    }

    /** The kept statement as its users see it: close() clears the parameters and keeps it prepared. */
    private static PreparedStatement borrowed(PreparedStatement statement) {
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "close" -> {
                    statement.clearParameters();
                    return null;
                }
                case "isClosed" -> {
                    return statement.isClosed();
                }
                default -> {
                    try {
                        return method.invoke(statement, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        };
        return (PreparedStatement) Proxy.newProxyInstance(CachedStatements.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    /** Closes every kept statement; the writer does this before it closes its connection. */
    @Override
    public void close() {
        kept.values().forEach(CachedStatements::closeQuietly);
        kept.clear();
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException ignored) {
            // the connection is closing or gone: SQLite finalizes its statements with it
        }
    }
}
