package org.cxcadence.ui.common;

import java.time.Duration;

import javafx.animation.PauseTransition;

/** {@link Scheduler} on the JavaFX animation timer: tasks run on the FX thread. */
public final class FxScheduler implements Scheduler {
    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> task.run());
        pause.play();
        return pause::stop;
    }
}
