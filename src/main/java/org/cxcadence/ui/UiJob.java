package org.cxcadence.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The outcome of one piece of work started by a {@link UiExecutor}. Handlers attached before
 * the outcome arrives run when it does; handlers attached after run at once. Both happen on
 * the thread that delivers outcomes (the FX thread in the app).
 */
public final class UiJob<T> {
    private final List<Consumer<T>> successHandlers = new ArrayList<>();
    private final List<Consumer<Throwable>> errorHandlers = new ArrayList<>();
    private final List<Runnable> finallyHandlers = new ArrayList<>();
    private final List<Runnable> endedHandlers = new ArrayList<>();
    private static final System.Logger LOG = System.getLogger(UiJob.class.getName());
    private final boolean logUnhandledFailures;
    private boolean done;
    private T value;
    private Throwable error;

    /** A job whose failures are logged when no error handler is attached by the time they arrive. */
    public UiJob() {
        this(true);
    }

    /**
     * @param logUnhandledFailures false where outcomes arrive before handlers can be attached
     *                             (the synchronous executor), so "unhandled" cannot be told
     */
    UiJob(boolean logUnhandledFailures) {
        this.logUnhandledFailures = logUnhandledFailures;
    }

    public UiJob<T> onSuccess(Consumer<T> handler) {
        Objects.requireNonNull(handler);
        if (!done) {
            successHandlers.add(handler);
        } else if (error == null) {
            handler.accept(value);
        }
        return this;
    }

    public UiJob<T> onError(Consumer<Throwable> handler) {
        Objects.requireNonNull(handler);
        if (!done) {
            errorHandlers.add(handler);
        } else if (error != null) {
            handler.accept(error);
        }
        return this;
    }

    /**
     * Runs {@code handler} as soon as the work has ended, before the handlers of its outcome, which may
     * open a dialog and wait in it: what says the work is under way (the strip) stops saying so first.
     */
    public UiJob<T> whenEnded(Runnable handler) {
        return runNowOrWhenDone(endedHandlers, handler);
    }

    public UiJob<T> andFinally(Runnable handler) {
        return runNowOrWhenDone(finallyHandlers, handler);
    }

    private UiJob<T> runNowOrWhenDone(List<Runnable> handlers, Runnable handler) {
        Objects.requireNonNull(handler);
        if (!done) {
            handlers.add(handler);
        } else {
            handler.run();
        }
        return this;
    }

    public boolean isDone() {
        return done;
    }

    /** Called by the executor on the delivering thread. */
    void succeed(T result) {
        done = true;
        value = result;
        endedHandlers.forEach(Runnable::run);
        successHandlers.forEach(h -> h.accept(result));
        finish();
    }

    /** Called by the executor on the delivering thread. */
    void fail(Throwable failure) {
        done = true;
        error = failure;
        endedHandlers.forEach(Runnable::run);
        if (errorHandlers.isEmpty() && logUnhandledFailures) {
            LOG.log(System.Logger.Level.ERROR, "Background work failed and nobody handled it", failure);
        }
        errorHandlers.forEach(h -> h.accept(failure));
        finish();
    }

    private void finish() {
        finallyHandlers.forEach(Runnable::run);
        successHandlers.clear();
        errorHandlers.clear();
        finallyHandlers.clear();
        endedHandlers.clear();
    }
}
