package org.cxcadence.domain.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cxcadence.domain.LeaderScorecard;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.Scorecard;
import org.cxcadence.domain.ScorecardWindow;
import org.cxcadence.domain.Workspace;

/**
 * Fills the minutes' scorecard section with each leader's follow-through over the 13 weeks up to
 * the session: commitments made, done, done on time, median days to close, open, overdue, stalled.
 */
public final class FollowThroughScorecard implements ScorecardSource {
    static final List<String> COLUMNS = List.of("Leader", "Made", "Done", "On time", "Median days to close", "Open",
            "Overdue", "Stalled");

    @Override
    public Optional<Minutes.Scorecard> scorecard(Workspace workspace, Meeting meeting, LocalDate asOf) {
        ScorecardWindow window = ScorecardWindow.defaultFor(asOf);
        List<List<String>> rows = new Scorecard(workspace, asOf).all(window).stream()
                .filter(card -> !card.isEmpty())
                .map(FollowThroughScorecard::row)
                .toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Minutes.Scorecard("Leader scorecard, " + window.first() + " to " + window.last(),
                COLUMNS, rows));
    }

    @Override
    public LocalDate countsFrom(LocalDate asOf) {
        return Scorecard.earliestDayCounted(ScorecardWindow.defaultFor(asOf), asOf);
    }

    private static List<String> row(LeaderScorecard c) {
        return List.of(c.name(), Integer.toString(c.made()), Integer.toString(c.done()),
                c.onTimePercent() == null ? "–" : String.format(Locale.ROOT, "%.0f%%", c.onTimePercent()),
                c.medianDaysToClose() == null ? "–" : String.format(Locale.ROOT, "%.0f", c.medianDaysToClose()),
                Integer.toString(c.open()), Integer.toString(c.overdue()), Integer.toString(c.stalled()));
    }
}
