package org.cxcadence.domain.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.demo.DemoCompany;
import org.junit.jupiter.api.Test;

class FollowThroughScorecardTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void theDemosLatestMinutesCarryOneRowPerLeaderWithWork() {
        Workspace w = DemoCompany.build(TODAY);
        Meeting latest = w.meetings().stream().filter(m -> m.status() == MeetingStatus.COMPLETED)
                .max(java.util.Comparator.comparing(Meeting::start)).orElseThrow();
        Minutes.Scorecard card = new FollowThroughScorecard().scorecard(w, latest, latest.start().toLocalDate())
                .orElseThrow();
        assertEquals(FollowThroughScorecard.COLUMNS, card.columns());
        assertTrue(card.rows().size() >= 5, card.rows().toString());
        assertTrue(card.rows().stream().allMatch(r -> r.size() == FollowThroughScorecard.COLUMNS.size()));
        assertTrue(card.title().contains(latest.start().toLocalDate().toString()));
    }

    @Test
    void aWorkspaceWithoutActionsHasNoScorecardSection() {
        Workspace w = DemoCompany.build(TODAY);
        Workspace quiet = w.withActionItems(java.util.List.of());
        Meeting any = w.meetings().getFirst();
        assertTrue(new FollowThroughScorecard().scorecard(quiet, any, TODAY).isEmpty());
    }
}
