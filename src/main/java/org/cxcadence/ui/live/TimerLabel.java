package org.cxcadence.ui.live;

import org.cxcadence.domain.Timebox;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/** A clock that turns amber near the end of its timebox and red past it (and says so in words too). */
final class TimerLabel extends Label {
    TimerLabel(String id, ObservableValue<Timebox> timebox, boolean showRemaining) {
        setId(id);
        getStyleClass().add("timer");
        timebox.addListener((o, was, now) -> show(now, showRemaining));
        show(timebox.getValue(), showRemaining);
    }

    private void show(Timebox t, boolean showRemaining) {
        if (t == null) {
            setText("");
            return;
        }
        getStyleClass().removeAll("timer-near", "timer-over");
        switch (t.state()) {
            case NEAR_END -> getStyleClass().add("timer-near");
            case OVER -> getStyleClass().add("timer-over");
            default -> { }
        }
        if (!showRemaining || t.planned().isZero()) {
            setText(Timebox.clock(t.elapsed()));
        } else {
            setText(Timebox.clock(t.elapsed()) + " / " + Timebox.clock(t.planned()));
        }
    }
}
