package org.cxcadence.ui;

import java.util.concurrent.Callable;

/**
 * Runs work at once on the calling thread. For view-model tests (no threads, no waiting) and
 * for command-line code paths that share view models.
 */
public final class SynchronousUiExecutor implements UiExecutor {
    @Override
    public <T> UiJob<T> run(Callable<T> work) {
        UiJob<T> job = new UiJob<>(false);
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            job.fail(e);
            return job;
        }
        job.succeed(result);
        return job;
    }

    /** Waits for the work on the calling thread (tests: the outcome is there when this returns). */
    @Override
    public <T> UiJob<T> follow(java.util.concurrent.CompletableFuture<T> work) {
        return run(() -> {
            try {
                return work.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        });
    }
}
