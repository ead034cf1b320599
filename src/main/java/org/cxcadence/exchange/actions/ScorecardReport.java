package org.cxcadence.exchange.actions;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cxcadence.domain.LeaderScorecard;
import org.cxcadence.domain.ScorecardWindow;

/**
 * Leader scorecards as a minutes section ({@link #section}) and as CSV ({@link #csv}). The quarterly
 * on-time rate is written as text in documents ("Q3 50% · Q4 100%") and one column per quarter in CSV.
 */
public final class ScorecardReport {
    private ScorecardReport() {
    }

    /** The scorecard section of the minutes (the {@code scorecard} section of CONTRACT.md's {@code minutes}). */
    public static Report.Section section(List<LeaderScorecard> cards, ScorecardWindow window, Locale locale) {
        ReportFormats f = new ReportFormats(locale);
        List<List<Report.Cell>> rows = new ArrayList<>();
        for (LeaderScorecard c : cards) {
            rows.add(List.of(Report.Cell.of(c.name(), c.silo()), Report.Cell.of(String.valueOf(c.made())),
                    Report.Cell.of(String.valueOf(c.done())), Report.Cell.of(f.percent(c.onTimePercent())),
                    Report.Cell.of(f.days(c.medianDaysToClose())), Report.Cell.of(String.valueOf(c.open())),
                    Report.Cell.of(String.valueOf(c.overdue())), Report.Cell.of(String.valueOf(c.stalled())),
                    Report.Cell.of(quarters(c, f))));
        }
        return new Report.Section("Leader scorecard",
                "Commitments from " + f.date(window.first()) + " to " + f.date(window.last())
                        + "; open, overdue and stalled as of today.",
                List.of("Leader", "Made", "Done", "On time", "Median days to close", "Open", "Overdue", "Stalled",
                        "On time by quarter"), rows, "No leaders yet.", 0);
    }

    public static String markdownSection(List<LeaderScorecard> cards, ScorecardWindow window, Locale locale) {
        return ReportMarkdown.section(section(cards, window, locale));
    }

    static String quarters(LeaderScorecard c, ReportFormats f) {
        return String.join(" · ", c.quarters().stream()
                .map(q -> q.period().substring(5) + " " + f.percent(q.percent())).toList());
    }

    /** Locale-neutral CSV: percentages 0–100 with one decimal, empty when there is nothing to judge. */
    public static void csv(List<LeaderScorecard> cards, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(List.of("person_id", "leader", "silo", "window_start", "window_end",
                "made", "done", "done_on_time", "done_with_due", "on_time_percent", "median_days_to_close", "open",
                "overdue", "stalled"));
        if (!cards.isEmpty()) {
            cards.getFirst().quarters().forEach(q -> header.add("on_time_percent_" + q.period()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (LeaderScorecard c : cards) {
            List<String> row = new ArrayList<>(List.of(c.personId(), c.name(), c.silo() == null ? "" : c.silo(),
                    c.window().first().toString(), c.window().last().toString(), String.valueOf(c.made()),
                    String.valueOf(c.done()), String.valueOf(c.doneOnTime()), String.valueOf(c.doneWithDue()),
                    decimal(c.onTimePercent()), decimal(c.medianDaysToClose()), String.valueOf(c.open()),
                    String.valueOf(c.overdue()), String.valueOf(c.stalled())));
            c.quarters().forEach(q -> row.add(decimal(q.percent())));
            rows.add(row);
        }
        CsvCells.write(out, header, rows);
    }

    private static String decimal(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.1f", d);
    }
}
