package org.cxcadence.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.Scorecard;
import org.cxcadence.domain.ScorecardWindow;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.generate.BenchmarkSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Actions board's done and all filters read closed actions a page at a time (the newest closed
 * first) on top of the board's part, never every action: on a generated workspace, a real SQLite file.
 */
class ActionsBoardPagingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private final WorkspaceService workspaces = new WorkspaceService();
    private final ExchangeService exchange = new ExchangeService(workspaces, Clock.systemUTC());

    private Path generated() {
        Path file = dir.resolve("gen.cxcadence");
        exchange.generate(file, new BenchmarkSize("small", 3, 70, 4, 5, 20, 4, 6), 11, TODAY);
        return file;
    }

    private static OffsetDateTime closedAt(ActionItem a) {
        return a.completedAt() != null ? a.completedAt() : a.createdAt();
    }

    @Test
    void aPageHoldsTheBoardsPartAndTheNewestClosedActionsAndGrowsToEveryActionPageByPage() {
        try (OpenWorkspace open = workspaces.openReadOnly(generated())) {
            Workspace whole = open.snapshot();
            LocalDate since = Scorecard.earliestDayCounted(ScorecardWindow.defaultFor(TODAY), TODAY);
            Set<String> part = open.actionsView(since).actionItems().stream().map(ActionItem::id).collect(Collectors.toSet());
            List<ActionItem> closed = whole.actionItems().stream().filter(a -> !a.isOpen()).toList();
            assertEquals(closed.size(), open.closedActionCount());
            assertTrue(closed.size() > 40, "the generated workspace has history enough to page: " + closed.size());

            int limit = 25;
            Workspace page = open.actionsView(since, limit);
            Set<String> read = page.actionItems().stream().map(ActionItem::id).collect(Collectors.toSet());
            assertTrue(read.containsAll(part), "the open ones and those the scorecard counts are all there");
            assertTrue(page.actionItems().size() < whole.actionItems().size(), "not every action");
            List<ActionItem> newest = closed.stream()
                    .sorted(Comparator.comparing(ActionsBoardPagingTest::closedAt, Comparator.nullsFirst(
                            Comparator.<OffsetDateTime>naturalOrder())).reversed())
                    .limit(limit).toList();
            OffsetDateTime oldestShown = closedAt(newest.getLast());
            assertTrue(newest.stream().filter(a -> closedAt(a).isAfter(oldestShown)).allMatch(a -> read.contains(a.id())),
                    "every action closed after the page's oldest is read");
            long beyondPart = page.actionItems().stream().filter(a -> !part.contains(a.id())).count();
            assertTrue(beyondPart <= limit, "at most a page besides the board's part: " + beyondPart);
            assertEquals(whole.actionItems().stream().filter(a -> read.contains(a.id())).toList(), page.actionItems(),
                    "in the whole list's order, each action as stored");

            Workspace all = open.actionsView(since, closed.size());
            assertEquals(whole.actionItems(), all.actionItems(), "enough pages read every action");
        }
    }
}
