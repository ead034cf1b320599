package org.cxcadence.domain;

import java.util.List;

/**
 * One leader's follow-through record over a {@link ScorecardWindow} (see {@link Scorecard} for the
 * exact definitions).
 *
 * @param made              actions the leader owns that were created in the window
 * @param done              actions the leader owns that were completed in the window
 * @param doneOnTime        of {@code done}, those completed on or before their due date
 * @param doneWithDue       of {@code done}, those that had a due date (the on-time rate's base)
 * @param medianDaysToClose median whole days from creation to completion of {@code done}; {@code null} when none
 * @param open              open today (not windowed: what is owed now)
 * @param overdue           open and past due today
 * @param stalled           open and stalled today ({@link StallRule})
 * @param quarters          the on-time rate of the last few calendar quarters, oldest first
 */
public record LeaderScorecard(String personId, String name, String silo, ScorecardWindow window,
                              int made, int done, int doneOnTime, int doneWithDue, Double medianDaysToClose,
                              int open, int overdue, int stalled, List<QuarterRate> quarters) {
    public LeaderScorecard {
        Require.id(personId, "personId");
        quarters = Require.list(quarters);
    }

    /** Done on time as a percentage (0–100) of the done items that had a due date; {@code null} when there were none. */
    public Double onTimePercent() {
        return doneWithDue == 0 ? null : 100.0 * doneOnTime / doneWithDue;
    }

    /** Nothing to judge: no commitment made, none done, none open. */
    public boolean isEmpty() {
        return made == 0 && done == 0 && open == 0;
    }

    /**
     * Completions in one calendar quarter.
     *
     * @param period  the quarter, e.g. {@code 2026-Q3}
     * @param onTime  completed on or before due
     * @param withDue completed with a due date
     */
    public record QuarterRate(String period, int onTime, int withDue) {
        /** 0–100, or {@code null} when nothing with a due date was completed in the quarter. */
        public Double percent() {
            return withDue == 0 ? null : 100.0 * onTime / withDue;
        }
    }
}
