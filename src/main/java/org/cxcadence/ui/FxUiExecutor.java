package org.cxcadence.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The app's {@link UiExecutor}: work runs in order on one background thread (storage has a
 * single writer anyway, and ordered work keeps autosaves in the order they were typed);
 * outcomes are delivered on the FX thread.
 */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cx-worker");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<Runnable> fxThread;
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public FxUiExecutor() {
        this(Platform::runLater);
    }

    FxUiExecutor(Consumer<Runnable> fxThread) {
        this.fxThread = fxThread;
    }

    @Override
    public <T> UiJob<T> run(Callable<T> work) {
        UiJob<T> job = started();
        worker.execute(() -> {
            T result = null;
            Throwable failure = null;
            try {
                result = work.call();
            } catch (Throwable e) {
                failure = e;
            }
            deliver(job, result, failure);
        });
        return job;
    }

    /** Counts as running (busy) until the work is done; its outcome arrives on the FX thread. */
    @Override
    public <T> UiJob<T> follow(java.util.concurrent.CompletableFuture<T> work) {
        UiJob<T> job = started();
        work.whenComplete((result, failure) -> deliver(job, result,
                failure instanceof java.util.concurrent.CompletionException wrapped && wrapped.getCause() != null
                        ? wrapped.getCause() : failure));
        return job;
    }

    /** A job that counts as running until {@link #deliver} has handed over its outcome. */
    private <T> UiJob<T> started() {
        busy.set(true);
        running.incrementAndGet();
        return new UiJob<>();
    }

    /** Hands the outcome to the job on the FX thread; the executor is idle once nothing else runs. */
    private <T> void deliver(UiJob<T> job, T result, Throwable failure) {
        fxThread.accept(() -> {
            if (running.decrementAndGet() == 0) {
                busy.set(false);
            }
            if (failure == null) {
                job.succeed(result);
            } else {
                job.fail(failure);
            }
        });
    }

    /** True while any work is queued or running: drives the progress indicator in the shell. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void drain() {
        try {
            worker.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
