package org.cxcadence.service.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.cxcadence.domain.WorkspaceSettings;
import org.cxcadence.service.ExchangeService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.SettingsService;
import org.cxcadence.service.WorkspaceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Home's summary kept in the workspace between starts (docs/decisions/0010): the one kept is the one
 * Home's read gives for that day, and an edit makes Home read afresh. Real workspace files throughout.
 */
class HomeSummariesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private final WorkspaceService workspaces = new WorkspaceService();

    private Path demo() {
        Path file = dir.resolve("demo.cxcadence");
        new ExchangeService(workspaces, Clock.systemUTC()).fillWithDemo(file, TODAY);
        return file;
    }

    /** The keep is queued behind Home's read, not waited for. */
    private static Optional<HomeSummary> keptWithin(OpenWorkspace workspace, LocalDate day, Duration wait) throws InterruptedException {
        long until = System.nanoTime() + wait.toNanos();
        Optional<HomeSummary> kept = HomeSummaries.kept(workspace, day);
        while (kept.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
            kept = HomeSummaries.kept(workspace, day);
        }
        return kept;
    }

    @Test
    void homesSummaryIsKeptAsBuiltAndServesUntilTheNextEdit() throws Exception {
        try (OpenWorkspace workspace = workspaces.openForWriting(demo())) {
            assertTrue(HomeSummaries.kept(workspace, TODAY).isEmpty(), "a file just made has none");
            HomeSummary built = HomeSummaries.of(workspace, TODAY);
            assertEquals(HomeSummaryBuilder.build(workspace.homeView(), TODAY), built);
            assertEquals(Optional.of(built), keptWithin(workspace, TODAY, Duration.ofSeconds(30)));
            assertEquals(built, HomeSummaries.of(workspace, TODAY));

            SettingsService settings = new SettingsService(workspace);
            settings.save(new WorkspaceSettings("Northwind Renamed", settings.load().stalledAfterSessions()));
            assertTrue(HomeSummaries.kept(workspace, TODAY).isEmpty(), "the edit dropped it");
            assertEquals("Northwind Renamed", HomeSummaries.of(workspace, TODAY).companyName());
        }
    }

    @Test
    void aWorkspaceClosingKeepsTodaysSummaryAndTheNextDaysEachAsHomeWouldBuildIt() throws Exception {
        Path file = demo();
        try (OpenWorkspace workspace = workspaces.openForWriting(file)) {
            HomeSummaries.keepForNextStart(workspace, TODAY);
        }
        try (OpenWorkspace workspace = workspaces.openReadOnly(file)) {
            for (int ahead = 0; ahead <= HomeSummaries.DAYS_KEPT_AHEAD; ahead++) {
                LocalDate day = TODAY.plusDays(ahead);
                assertEquals(Optional.of(HomeSummaryBuilder.build(workspace.homeView(), day)), HomeSummaries.kept(workspace, day),
                        "kept for " + day);
            }
            assertTrue(HomeSummaries.kept(workspace, TODAY.plusDays(HomeSummaries.DAYS_KEPT_AHEAD + 1)).isEmpty());
            assertTrue(HomeSummaries.kept(workspace, TODAY.minusDays(1)).isEmpty());
        }
    }

    @Test
    void theDemosSummariesDifferFromDayToDaySoTheDayIsPartOfWhatIsKept() {
        try (OpenWorkspace workspace = workspaces.openReadOnly(demo())) {
            assertTrue(!HomeSummaryBuilder.build(workspace.homeView(), TODAY)
                    .equals(HomeSummaryBuilder.build(workspace.homeView(), TODAY.plusWeeks(2))));
        }
    }
}
