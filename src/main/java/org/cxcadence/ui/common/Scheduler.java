package org.cxcadence.ui.common;

import java.time.Duration;

/** Runs a task later on the FX thread; a seam so debounce logic is tested with a manual clock. */
public interface Scheduler {

    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduled task that may still be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
