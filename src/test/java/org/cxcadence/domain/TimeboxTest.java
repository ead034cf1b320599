package org.cxcadence.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TimeboxTest {
    private static Timebox at(int elapsedSeconds, int plannedMinutes) {
        return new Timebox(Duration.ofSeconds(elapsedSeconds), Duration.ofMinutes(plannedMinutes));
    }

    @Test
    void normalUntilTheLastFifthOfTheTimebox() {
        assertEquals(Timebox.State.NORMAL, at(11 * 60 + 59, 15).state());
        assertEquals(Timebox.State.NEAR_END, at(12 * 60, 15).state());
    }

    @Test
    void shortTimeboxesWarnInTheLastMinute() {
        assertEquals(Timebox.State.NORMAL, at(3 * 60 + 59, 5).state());
        assertEquals(Timebox.State.NEAR_END, at(4 * 60, 5).state());
    }

    @Test
    void exactlyAtTheEndIsStillAmberAndASecondLaterRed() {
        assertEquals(Timebox.State.NEAR_END, at(15 * 60, 15).state());
        assertEquals(Timebox.State.OVER, at(15 * 60 + 1, 15).state());
    }

    @Test
    void remainingGoesNegativePastTheEndAndTheClockShowsTheSign() {
        Timebox t = at(16 * 60 + 30, 15);
        assertEquals(Duration.ofSeconds(-90), t.remaining());
        assertEquals("-1:30", Timebox.clock(t.remaining()));
        assertEquals("15:00", Timebox.clock(Duration.ofMinutes(15)));
        assertEquals("0:00", Timebox.clock(Duration.ZERO));
    }

    @Test
    void aClockBeforeTheStartCountsAsNoTimeSpent() {
        assertEquals(Duration.ZERO, new Timebox(Duration.ofSeconds(-30), Duration.ofMinutes(5)).elapsed());
    }

    @Test
    void anItemWithoutATimeboxIsNeverAmberOrRed() {
        assertEquals(Timebox.State.NORMAL, at(3600, 0).state());
    }
}
