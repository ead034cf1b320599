package org.cxcadence.domain;

import java.time.LocalDate;

/**
 * The days a leader scorecard looks at, both ends included. The default is the last 13 weeks up to
 * and including today: 91 days, one quarter of weekly sessions.
 */
public record ScorecardWindow(LocalDate first, LocalDate last) {
    public static final int DEFAULT_WEEKS = 13;

    public ScorecardWindow {
        Require.present(first, "first");
        Require.present(last, "last");
        if (first.isAfter(last)) {
            throw new DomainException("window", "starts " + first + ", after its end " + last);
        }
    }

    /** The {@code weeks} weeks ending with {@code today}: {@code today - 7*weeks + 1} to {@code today}. */
    public static ScorecardWindow lastWeeks(int weeks, LocalDate today) {
        if (weeks < 1) {
            throw new DomainException("weeks", "must be at least 1, was " + weeks);
        }
        return new ScorecardWindow(today.minusWeeks(weeks).plusDays(1), today);
    }

    public static ScorecardWindow defaultFor(LocalDate today) {
        return lastWeeks(DEFAULT_WEEKS, today);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(first) && !date.isAfter(last);
    }
}
