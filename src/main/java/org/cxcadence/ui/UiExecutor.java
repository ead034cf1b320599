package org.cxcadence.ui;

import java.util.concurrent.Callable;

/**
 * Runs disk work (storage, import, export, search) off the FX thread and delivers the outcome
 * back to it. Every handler runs on the FX thread, and only handlers change properties or
 * observable lists, so view models never need locks.
 *
 * <pre>{@code executor.run(() -> store.load()).onSuccess(this::show).onError(this::fail); }</pre>
 *
 * Handlers may be attached right after {@link #run}: the outcome is only delivered once the
 * current FX event has finished, or at once if the job is already done (the synchronous test
 * implementation).
 */
public interface UiExecutor {

    <T> UiJob<T> run(Callable<T> work);

    /**
     * Delivers the outcome of work already under way on another thread (the workspace's writer
     * thread) as {@link #run} does, without holding this executor's thread while it runs.
     */
    <T> UiJob<T> follow(java.util.concurrent.CompletableFuture<T> work);

    /** Runs work that returns nothing. */
    default UiJob<Void> run(ThrowingRunnable work) {
        return run(() -> {
            work.run();
            return null;
        });
    }

    /** Work without a result that may fail with a checked exception. */
    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Waits for queued work to finish (exit paths); default implementations finish at once. */
    default void drain() {
    }
}
