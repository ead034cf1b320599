package org.cxcadence.exchange.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cxcadence.domain.LeaderScorecard;
import org.cxcadence.domain.ScorecardWindow;
import org.junit.jupiter.api.Test;

/** The scorecard as CSV (locale-neutral, empty when nothing to judge) and as the minutes' section. */
class ScorecardReportTest {
    private static final ScorecardWindow WINDOW = ScorecardWindow.defaultFor(LocalDate.of(2026, 11, 23));
    private static final List<LeaderScorecard> CARDS = List.of(
            new LeaderScorecard("ana", "=Ana", "Service", WINDOW, 3, 2, 1, 2, 12.5, 4, 1, 1,
                    List.of(new LeaderScorecard.QuarterRate("2026-Q3", 1, 3), new LeaderScorecard.QuarterRate("2026-Q4", 0, 0))),
            new LeaderScorecard("ben", "Ben", null, WINDOW, 0, 0, 0, 0, null, 0, 0, 0,
                    List.of(new LeaderScorecard.QuarterRate("2026-Q3", 0, 0), new LeaderScorecard.QuarterRate("2026-Q4", 0, 0))));

    @Test
    void csvHasAHeaderAColumnPerQuarterAndEmptyCellsForNothingToJudge() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScorecardReport.csv(CARDS, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("person_id,leader,silo,window_start,window_end,made,done,done_on_time,done_with_due,"
                + "on_time_percent,median_days_to_close,open,overdue,stalled,on_time_percent_2026-Q3,"
                + "on_time_percent_2026-Q4", lines.get(0));
        assertEquals("ana,'=Ana,Service,2026-08-25,2026-11-23,3,2,1,2,50.0,12.5,4,1,1,33.3,", lines.get(1));
        assertEquals("ben,Ben,,2026-08-25,2026-11-23,0,0,0,0,,,0,0,0,,", lines.get(2));
    }

    @Test
    void minutesSectionIsAMarkdownTableWithTheQuarterlyRates() {
        String md = ScorecardReport.markdownSection(CARDS, WINDOW, Locale.ENGLISH);
        assertTrue(md.startsWith("## Leader scorecard"), md);
        assertTrue(md.contains("| **\\=Ana**<br>Service | 3 | 2 | 50% | 12.5 | 4 | 1 | 1 | Q3 33% · Q4 – |")
                || md.contains("| **=Ana**<br>Service | 3 | 2 | 50% | 12.5 | 4 | 1 | 1 | Q3 33% · Q4 – |"), md);
    }
}
