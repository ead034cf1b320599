package org.cxcadence.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that owns the write connection. Every write is a task on it, run inside
 * {@code BEGIN IMMEDIATE … COMMIT} (rolled back on any exception), so writes never interleave
 * and never meet SQLITE_BUSY from another connection of ours.
 */
final class WriteQueue implements AutoCloseable {
    /**
     * Checkpoints are kept off the commit path: SQLite's automatic one (every 1,000 WAL pages) runs
     * inside the COMMIT that crosses the mark, copying the WAL into the main file and syncing both,
     * and an autosave that writes a row, its search entry and index pages crosses it every hundred
     * commits or so. Instead the writer checkpoints once no write came for {@value #QUIET_MILLIS} ms
     * (PASSIVE: it never waits for readers), and at once only when the WAL has grown past
     * {@value #WAL_LIMIT_BYTES} bytes in a long burst of writes. Durability is unchanged: a commit is
     * synced in the WAL (synchronous=FULL) either way, and close() still checkpoints (TRUNCATE).
     */
    static final long QUIET_MILLIS = 1000;
    static final long WAL_LIMIT_BYTES = 16L * 1024 * 1024;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(WriteQueue.class.getName());

    private final Connection connection;
    private final ScheduledThreadPoolExecutor executor;
    private final java.nio.file.Path wal;
    private volatile Thread writerThread;
    private ScheduledFuture<?> quietCheckpoint; // writer thread only

    WriteQueue(Connection connection, String threadName) {
        this(connection, threadName, null);
    }

    /** @param wal the workspace's WAL file, whose size says when to checkpoint; {@code null}: SQLite's own checkpoints */
    WriteQueue(Connection connection, String threadName, java.nio.file.Path wal) {
        this.connection = connection;
        this.wal = wal;
        this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true); // a forgotten close must not keep the app alive; close() checkpoints
            writerThread = thread;
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
        if (wal != null) {
            try {
                Sql.execute(connection, "PRAGMA wal_autocheckpoint = 0");
            } catch (SQLException e) {
                throw new StoreException("write connection: " + e.getMessage(), e);
            }
        }
    }

    /** After a commit, on the writer thread: checkpoint now if the WAL is past its limit, else once writes pause. */
    private void afterCommit() {
        if (wal == null) {
            return;
        }
        if (quietCheckpoint != null) {
            quietCheckpoint.cancel(false);
            quietCheckpoint = null;
        }
        if (walSize() > WAL_LIMIT_BYTES) {
            checkpoint();
        } else {
            quietCheckpoint = executor.schedule(this::checkpoint, QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private long walSize() {
        try {
            return java.nio.file.Files.size(wal);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private void checkpoint() {
        try {
            Sql.execute(connection, "PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException e) {
            // not fatal: the WAL keeps every commit; the next pause or close() tries again
            LOG.fine(() -> "checkpoint skipped: " + e.getMessage());
        }
    }

    /** Queues work to run in one write transaction; the future fails with the work's exception. */
    <T> CompletableFuture<T> submit(SqlWork<T> work) {
        try {
            return CompletableFuture.supplyAsync(() -> runInTransaction(work), executor);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the workspace is closed", e);
        }
    }

    /** Runs work in one write transaction and waits for it. */
    <T> T inTransaction(SqlWork<T> work) {
        refuseFromWriterThread();
        return join(submit(work));
    }

    /** Runs work on the write connection outside any transaction (VACUUM INTO, checkpoints), in queue order. */
    <T> T outsideTransaction(SqlWork<T> work) {
        refuseFromWriterThread();
        try {
            return join(CompletableFuture.supplyAsync(() -> {
                try {
                    return work.run(connection);
                } catch (SQLException e) {
                    throw new StoreException("write connection: " + e.getMessage(), e);
                }
            }, executor));
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the workspace is closed", e);
        }
    }

    private <T> T runInTransaction(SqlWork<T> work) {
        try {
            Sql.execute(connection, "BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw new StoreException("cannot start a write transaction: " + e.getMessage(), e);
        }
        try {
            T result = work.run(connection);
            // A deferred foreign key violation fails here, with the transaction still open.
            Sql.execute(connection, "COMMIT");
            afterCommit();
            return result;
        } catch (SQLException e) {
            Sql.rollbackQuietly(connection);
            throw new StoreException("write failed and was rolled back: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            Sql.rollbackQuietly(connection);
            throw e;
        }
    }

    /** Lets queued work finish, then runs the last task (checkpoint, close) on the writer thread. */
    void shutdown(SqlAction lastTask) {
        Future<?> last = executor.submit(() -> {
            try {
                lastTask.run(connection);
            } catch (SQLException e) {
                throw new StoreException("closing the workspace: " + e.getMessage(), e);
            }
        });
        executor.shutdown();
        try {
            last.get();
            executor.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    @Override
    public void close() {
        shutdown(Connection::close);
    }

    private void refuseFromWriterThread() {
        if (Thread.currentThread() == writerThread) {
            throw new IllegalStateException("a write task must not wait for another write task (it would wait forever)");
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new StoreException(String.valueOf(cause), cause);
    }
}
