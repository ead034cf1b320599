package org.cxcadence.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxcadence.ui.UiExecutor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Debounced autosave: every edit is handed in as a write keyed by what it changes (a field of a
 * record); the latest write per key is committed {@link #DELAY} after typing pauses, or at once
 * on {@link #flush()} (screen switch, item switch, window close, exit). There is no Save
 * button anywhere in the app.
 *
 * <p>A failed commit (disk full, file gone) keeps its writes pending — the text stays in the
 * window — shows the error, and retries; a newer edit of the same field replaces the failed one.
 */
public final class Autosaver {
    /** Typing pause after which edits are committed; CONTRACT of the issues: at most 500 ms. */
    public static final Duration DELAY = Duration.ofMillis(400);
    static final Duration RETRY = Duration.ofSeconds(3);

    /** What the "saved" indicator shows. */
    public enum State { SAVED, PENDING, SAVING, FAILED }

    private final UiExecutor executor;
    private final Scheduler scheduler;
    private final Map<Object, UiExecutor.ThrowingRunnable> pending = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.SAVED);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Scheduler.Cancellable timer;
    private int inFlight;

    public Autosaver(UiExecutor executor, Scheduler scheduler) {
        this.executor = executor;
        this.scheduler = scheduler;
    }

    /** Records an edit; {@code key} identifies what it changes, so only the latest write per key runs. */
    public void submit(Object key, UiExecutor.ThrowingRunnable write) {
        pending.remove(key);
        pending.put(key, write);
        if (state.get() != State.FAILED) {
            state.set(State.PENDING);
        }
        restartTimer(DELAY);
    }

    /** Commits every pending edit now (through the executor, in the order they were made). */
    public void flush() {
        cancelTimer();
        if (pending.isEmpty()) {
            return;
        }
        Map<Object, UiExecutor.ThrowingRunnable> batch = new LinkedHashMap<>(pending);
        pending.clear();
        inFlight++;
        state.set(State.SAVING);
        List<UiExecutor.ThrowingRunnable> writes = new ArrayList<>(batch.values());
        executor.run(() -> {
            for (UiExecutor.ThrowingRunnable write : writes) {
                write.run();
            }
        }).onSuccess(v -> {
            inFlight--;
            error.set("");
            state.set(pending.isEmpty() ? (inFlight == 0 ? State.SAVED : State.SAVING) : State.PENDING);
        }).onError(e -> {
            inFlight--;
            // Keep what failed unless a newer edit of the same thing arrived meanwhile.
            Map<Object, UiExecutor.ThrowingRunnable> again = new LinkedHashMap<>(batch);
            again.keySet().removeAll(pending.keySet());
            again.putAll(pending);
            pending.clear();
            pending.putAll(again);
            error.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            state.set(State.FAILED);
            restartTimer(RETRY);
        });
    }

    /**
     * For the JVM shutdown hook only (SIGTERM, logout, a dying FX thread): runs the pending writes
     * on the calling thread, in order, without the executor or the FX thread, which may be gone.
     * Best effort: a write that fails is logged by the caller; the rest still run.
     *
     * @return the number of writes that failed
     */
    public synchronized int runPendingOnThisThread() {
        cancelTimer();
        List<UiExecutor.ThrowingRunnable> writes = new ArrayList<>(pending.values());
        pending.clear();
        int failed = 0;
        for (UiExecutor.ThrowingRunnable write : writes) {
            try {
                write.run();
            } catch (Exception | Error e) {
                failed++;
            }
        }
        return failed;
    }

    public boolean hasPending() {
        return !pending.isEmpty() || inFlight > 0;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The last failure's message, empty once a commit succeeds again. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private void restartTimer(Duration delay) {
        cancelTimer();
        timer = scheduler.schedule(delay, this::flush);
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
