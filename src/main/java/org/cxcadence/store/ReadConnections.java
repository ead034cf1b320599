package org.cxcadence.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A few read-only connections, opened on demand and reused. Each read runs in its own read
 * transaction, so a multi-query read (a whole workspace) sees one consistent snapshot while the
 * writer goes on (WAL).
 */
final class ReadConnections implements AutoCloseable {
    private final Path file;
    private final int max;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private int open;
    private boolean closed;

    ReadConnections(Path file, int max) {
        this.file = file;
        this.max = max;
    }

    <T> T read(SqlWork<T> work) {
        Connection c = borrow();
        try {
            Sql.execute(c, "BEGIN");
            try {
                return work.run(c);
            } finally {
                Sql.rollbackQuietly(c); // ends the read snapshot; there is nothing to commit
            }
        } catch (SQLException e) {
            throw new StoreException("read failed: " + e.getMessage(), e);
        } finally {
            giveBack(c);
        }
    }

    /** Runs work on a read connection outside a transaction (VACUUM INTO, integrity checks). */
    <T> T withoutTransaction(SqlWork<T> work) throws SQLException {
        Connection c = borrow();
        try {
            return work.run(c);
        } finally {
            giveBack(c);
        }
    }

    private synchronized Connection borrow() {
        while (true) {
            if (closed) {
                throw new IllegalStateException("the workspace is closed");
            }
            if (!idle.isEmpty()) {
                return idle.pop();
            }
            if (open < max) {
                try {
                    Connection c = SqliteConnections.openReader(file);
                    open++;
                    return c;
                } catch (SQLException e) {
                    throw new StoreException("cannot open " + file + " for reading: " + e.getMessage(), e);
                }
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a read connection", e);
            }
        }
    }

    private synchronized void giveBack(Connection c) {
        if (closed) {
            closeQuietly(c);
            open--;
        } else {
            idle.push(c);
        }
        notifyAll();
    }

    @Override
    public synchronized void close() {
        closed = true;
        while (!idle.isEmpty()) {
            closeQuietly(idle.pop());
            open--;
        }
        notifyAll();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort; the OS frees the rest
        }
    }
}
