package org.cxcadence.ui.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxcadence.domain.AgendaDraft;
import org.cxcadence.domain.CarryForward;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.AgendaService;
import org.cxcadence.service.ExchangeService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.service.generate.BenchmarkSize;
import org.cxcadence.testing.ManualScheduler;
import org.cxcadence.ui.SynchronousUiExecutor;
import org.cxcadence.ui.common.Autosaver;
import org.cxcadence.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prepare's preview of the open-action review on a company with many overdue actions per leader: each
 * leader's first five lines, then how many more there are; every action of the draft is either listed
 * or counted, and the metric lines are all there.
 */
class PrepareReviewLinesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    @Test
    void eachLeaderShowsFiveActionsAndTenMetricsAreListedAndTheRestCounted() {
        WorkspaceService workspaces = new WorkspaceService();
        Clock clock = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Path file = dir.resolve("many.cxcadence");
        new ExchangeService(workspaces, clock).generate(file, new BenchmarkSize("small", 2, 40, 6, 12, 8, 16, 6), 7, TODAY);
        SynchronousUiExecutor executor = new SynchronousUiExecutor();
        try (OpenWorkspace open = workspaces.openForWriting(file)) {
            PrepareViewModel model = new PrepareViewModel(new AgendaService(open, clock), executor,
                    new Autosaver(executor, new ManualScheduler()), new Messages(Locale.ENGLISH), clock);
            model.load();
            Meeting session = model.sessionProperty().get();
            assertNotNull(session, "the first series' next session is open");

            Workspace whole = open.snapshot();
            AgendaDraft draft = CarryForward.propose(whole, session, TODAY);
            Map<String, Integer> expected = new LinkedHashMap<>();
            draft.actionLinesByOwner().forEach((owner, lines) -> expected.put(name(whole, owner), lines.size()));
            assertTrue(expected.values().stream().anyMatch(n -> n > PrepareViewModel.ACTIONS_SHOWN_PER_LEADER),
                    "some leader has more than five actions to review: " + expected);

            assertEquals(expected, shownOrCounted(model.actionReview()));
            assertTrue(draft.metricLines().size() > PrepareViewModel.METRICS_SHOWN,
                    "more metrics off target than the preview lists: " + draft.metricLines().size());
            List<PrepareViewModel.ReviewLine> metrics = model.metricReview();
            assertEquals(PrepareViewModel.METRICS_SHOWN + 1, metrics.size(), "ten metrics, then how many more");
            assertTrue(metrics.subList(0, PrepareViewModel.METRICS_SHOWN).stream()
                    .allMatch(l -> l.kind() == PrepareViewModel.ReviewLine.Kind.METRIC), String.valueOf(metrics));
            PrepareViewModel.ReviewLine more = metrics.getLast();
            assertEquals(PrepareViewModel.ReviewLine.Kind.MORE, more.kind());
            assertEquals("… and " + (draft.metricLines().size() - PrepareViewModel.METRICS_SHOWN)
                    + " more metrics off target: all of them in the live review", more.text());
        }
    }

    /** Reads the preview back: per leader heading, the listed lines plus the number the "more" line gives. */
    private static Map<String, Integer> shownOrCounted(List<PrepareViewModel.ReviewLine> lines) {
        Map<String, Integer> result = new LinkedHashMap<>();
        String leader = null;
        List<String> listed = new ArrayList<>();
        for (PrepareViewModel.ReviewLine line : lines) {
            switch (line.kind()) {
                case LEADER -> {
                    leader = line.text();
                    listed.clear();
                    result.put(leader, 0);
                }
                case MORE -> {
                    assertEquals(PrepareViewModel.ACTIONS_SHOWN_PER_LEADER, listed.size(), "five listed before the count: " + leader);
                    String text = line.text();
                    assertTrue(text.startsWith("… and "), text);
                    int more = Integer.parseInt(text.substring("… and ".length(), text.indexOf(" more")));
                    result.merge(leader, more, Integer::sum);
                }
                case METRIC -> throw new AssertionError("a metric among the actions: " + line.text());
                case ACTION -> {
                    assertTrue(line.text().contains(" — "), "an action line with its reasons: " + line.text());
                    listed.add(line.text());
                    assertTrue(listed.size() <= PrepareViewModel.ACTIONS_SHOWN_PER_LEADER, "at most five listed: " + leader);
                    result.merge(leader, 1, Integer::sum);
                }
            }
        }
        return result;
    }

    private static String name(Workspace w, String personId) {
        return w.people().stream().filter(p -> p.id().equals(personId)).map(Person::name).findFirst().orElse(personId);
    }
}
