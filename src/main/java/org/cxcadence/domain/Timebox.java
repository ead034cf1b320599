package org.cxcadence.domain;

import java.time.Duration;

/**
 * A running timer against a planned length: elapsed, remaining, and the colour the room sees —
 * normal, amber near the end (the last fifth of the timebox, at least the last minute), red past
 * it. Computed from wall-clock instants, so a crash or restart does not stop the meeting's clock.
 */
public record Timebox(Duration elapsed, Duration planned) {
    public enum State { NORMAL, NEAR_END, OVER }

    public Timebox {
        Require.present(elapsed, "elapsed");
        Require.present(planned, "planned");
        if (elapsed.isNegative()) {
            elapsed = Duration.ZERO;
        }
    }

    /** Negative once past the end. */
    public Duration remaining() {
        return planned.minus(elapsed);
    }

    public State state() {
        if (planned.isZero()) {
            return State.NORMAL;
        }
        Duration left = remaining();
        if (left.isNegative()) {
            return State.OVER;
        }
        Duration warning = planned.dividedBy(5);
        if (warning.compareTo(Duration.ofMinutes(1)) < 0) {
            warning = Duration.ofMinutes(1);
        }
        return left.compareTo(warning) <= 0 ? State.NEAR_END : State.NORMAL;
    }

    /** "12:05" or "-1:30": minutes and seconds, with a sign when past. */
    public static String clock(Duration d) {
        long s = Math.abs(d.toSeconds());
        String text = (s / 60) + ":" + String.format("%02d", s % 60);
        return d.isNegative() && s > 0 ? "-" + text : text;
    }
}
