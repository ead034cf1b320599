package org.cxcadence.service.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.cxcadence.domain.Workspace;
import org.cxcadence.service.ExchangeService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.service.generate.BenchmarkSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Home reads a slice of the workspace (OpenWorkspace.homeView); its summary must be the one of the whole snapshot. */
class HomeViewSummaryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private final WorkspaceService workspaces = new WorkspaceService();
    private final ExchangeService exchange = new ExchangeService(workspaces, Clock.systemUTC());

    @Test
    void homeViewGivesTheSummaryOfTheWholeDemoWorkspace() {
        Path file = dir.resolve("demo.cxcadence");
        exchange.fillWithDemo(file, TODAY);
        assertSameSummary(file, TODAY);
        assertSameSummary(file, TODAY.plusWeeks(3));
    }

    @Test
    void homeViewGivesTheSummaryOfTheWholeGeneratedWorkspace() {
        Path file = dir.resolve("gen.cxcadence");
        exchange.generate(file, new BenchmarkSize("small", 3, 30, 5, 6, 20, 4, 6), 11, TODAY);
        assertSameSummary(file, TODAY);
    }

    @Test
    void homeViewLeavesOutClosedActionsAndOldAgendas() {
        Path file = dir.resolve("gen.cxcadence");
        exchange.generate(file, new BenchmarkSize("small", 3, 30, 5, 6, 20, 4, 6), 11, TODAY);
        try (OpenWorkspace open = workspaces.openReadOnly(file)) {
            Workspace whole = open.snapshot();
            Workspace home = open.homeView();
            assertEquals(whole.meetings().size(), home.meetings().size(), "every session header is there");
            assertTrue(home.actionItems().size() < whole.actionItems().size());
            assertTrue(home.meetings().stream().mapToInt(m -> m.agenda().size()).sum()
                    < whole.meetings().stream().mapToInt(m -> m.agenda().size()).sum());
        }
    }

    private void assertSameSummary(Path file, LocalDate today) {
        try (OpenWorkspace open = workspaces.openReadOnly(file)) {
            HomeSummary whole = HomeSummaryBuilder.build(open.snapshot(), today);
            HomeSummary home = HomeSummaryBuilder.build(open.homeView(), today);
            assertEquals(whole, home);
            assertTrue(whole.openActions() > 0);
        }
    }
}
