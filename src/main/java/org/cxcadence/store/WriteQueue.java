package org.cxcadence.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that owns the write connection. Every write is a task on it, run inside
 * {@code BEGIN IMMEDIATE … COMMIT} (rolled back on any exception), so writes never interleave
 * and never meet SQLITE_BUSY from another connection of ours.
 */
final class WriteQueue implements AutoCloseable {
    private final Connection connection;
    private final ExecutorService executor;
    private volatile Thread writerThread;
    /** Even between commits, odd while one is under way (a sequence lock for reads on two connections). */
    private final java.util.concurrent.atomic.AtomicLong commitSequence = new java.util.concurrent.atomic.AtomicLong();
    /** Like {@link #commitSequence}, for commits of content only (not derived writes): {@link Database#writeMark}. */
    private final java.util.concurrent.atomic.AtomicLong contentSequence = new java.util.concurrent.atomic.AtomicLong();
    /** Used on the writer thread only. */
    private final CachedStatements statements;
    /** Deletes the rows derived from content ({@link KeptHomeSummaries}); run in a write of content. */
    private final SqlAction dropDerived;
    /**
     * Whether derived rows may be in the file: at first, and after a derived write; a write of content
     * then drops them, and those after it need not. Used on the writer thread only.
     */
    private boolean derivedMayExist = true;

    /**
     * @param dropDerived deletes every row derived from content; run in each write of content (the first
     *        after a derived write, the rest have none to delete), so no such row outlives what it was made from
     */
    WriteQueue(Connection connection, String threadName, SqlAction dropDerived) {
        this.connection = connection;
        this.dropDerived = dropDerived;
        this.statements = new CachedStatements(connection);
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true); // a forgotten close must not keep the app alive; close() checkpoints
            writerThread = thread;
            return thread;
        });
    }

    /**
     * Queues a write of content to run in one write transaction, which also drops the rows derived from
     * content; the future fails with the work's exception.
     */
    <T> CompletableFuture<T> submit(SqlWork<T> work) {
        return queue(work, true);
    }

    /**
     * Queues a write that changes no content, only what is derived from it (search entries brought up to
     * date, Home's kept summary): the derived rows stay. A write that changes content must use {@link #submit}.
     */
    <T> CompletableFuture<T> submitDerived(SqlWork<T> work) {
        return queue(work, false);
    }

    private <T> CompletableFuture<T> queue(SqlWork<T> work, boolean content) {
        try {
            return CompletableFuture.supplyAsync(() -> runInTransaction(work, content), executor);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the workspace is closed", e);
        }
    }

    /** Runs work in one write transaction and waits for it. */
    <T> T inTransaction(SqlWork<T> work) {
        refuseFromWriterThread();
        return join(submit(work));
    }

    /** Like {@link #inTransaction}, for a write that changes no content ({@link #submitDerived}). */
    <T> T inDerivedTransaction(SqlWork<T> work) {
        refuseFromWriterThread();
        return join(submitDerived(work));
    }

    /** Runs work on the write connection outside any transaction (VACUUM INTO, checkpoints), in queue order. */
    <T> T outsideTransaction(SqlWork<T> work) {
        refuseFromWriterThread();
        return join(outsideTransactionLater(work));
    }

    /**
     * Queues work to run on the write connection outside any transaction, in queue order, without
     * waiting for it: writes queued after it wait for it, reads on other connections do not.
     */
    <T> CompletableFuture<T> outsideTransactionLater(SqlWork<T> work) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    // A statement once run and kept counts as "in progress" to VACUUM INTO (sqlite-jdbc
                    // 3.54, CachedStatementsTest): let them go; the next writes prepare them again.
                    statements.close();
                    return work.run(connection);
                } catch (SQLException e) {
                    throw new StoreException("write connection: " + e.getMessage(), e);
                }
            }, executor);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the workspace is closed", e);
        }
    }

    private <T> T runInTransaction(SqlWork<T> work, boolean content) {
        try {
            Sql.execute(connection, "BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw new StoreException("cannot start a write transaction: " + e.getMessage(), e);
        }
        try {
            T result = statements.lend(work);
            boolean dropped = content && derivedMayExist;
            if (dropped) {
                dropDerived.run(connection);
            }
            // A deferred foreign key violation fails here, with the transaction still open.
            commitSequence.incrementAndGet();
            if (content) {
                contentSequence.incrementAndGet();
            }
            try {
                Sql.execute(connection, "COMMIT");
            } finally {
                commitSequence.incrementAndGet();
                if (content) {
                    contentSequence.incrementAndGet();
                }
            }
            if (dropped) {
                derivedMayExist = false;
            } else if (!content) {
                derivedMayExist = true;
            }
            return result;
        } catch (SQLException e) {
            Sql.rollbackQuietly(connection);
            throw new StoreException("write failed and was rolled back: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            Sql.rollbackQuietly(connection);
            throw e;
        }
    }

    /**
     * Even when no commit is under way; it changes with every commit. Two reads begun and ended while it
     * stayed the same even number saw the same committed state, whichever connections they ran on.
     */
    long commitSequence() {
        return commitSequence.get();
    }

    /** Even when no commit of content is under way; it changes with every commit of content, not with derived writes. */
    long contentSequence() {
        return contentSequence.get();
    }

    /** Lets queued work finish, then runs the last task (checkpoint, close) on the writer thread. */
    void shutdown(SqlAction lastTask) {
        Future<?> last = executor.submit(() -> {
            try {
                statements.close();
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
