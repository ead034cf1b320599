package org.cxcadence.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.CarryForward;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.Scorecard;
import org.cxcadence.domain.ScorecardWindow;
import org.cxcadence.domain.StallRule;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.actions.ActionRow;
import org.cxcadence.service.ActionService;
import org.cxcadence.service.AgendaService;
import org.cxcadence.service.HistoryService;
import org.cxcadence.service.MetricService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.service.home.HomeSummaryBuilder;
import org.cxcadence.service.live.LiveSessionService;
import org.cxcadence.service.metrics.MetricViews;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What each screen reads and computes when it opens on the large workspace, through the same
 * service calls as its view model (the view models themselves need JavaFX): Run, Prepare, the
 * Actions board (open filters, and done/all), Metrics, the History list. Floors: bench/sql-floors.sh
 * (run.sql, prepare.sql, actions-board.sql, metrics.sql, history.sql).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
public class ScreenBenchmarks {
    private static final Clock CLOCK = Clock.fixed(BenchFiles.TODAY.atTime(9, 0).atZone(ZoneId.of("America/Chicago"))
            .toInstant(), ZoneId.of("America/Chicago"));

    private final WorkspaceService workspaces = new WorkspaceService();
    private OpenWorkspace workspace;
    private AgendaService agenda;
    private ActionService actions;
    private LiveSessionService live;
    private MetricService metrics;
    private HistoryService history;

    private java.nio.file.Path copy;

    /** Open for writing, as the app opens it (its reads use two connections then), on a copy of the workspace. */
    @Setup(Level.Trial)
    public void open() throws java.io.IOException {
        copy = BenchFiles.scratchCopy();
        workspace = workspaces.openForWriting(copy);
        agenda = new AgendaService(workspace, CLOCK);
        actions = new ActionService(workspace);
        live = new LiveSessionService(workspace, CLOCK);
        metrics = new MetricService(workspace);
        history = new HistoryService(workspace);
    }

    @TearDown(Level.Trial)
    public void close() {
        workspace.close();
        BenchFiles.deleteTree(copy);
    }

    /** Run opening: the session to run, where it stood, its read model, the review by leader and the metric tiles. */
    @Benchmark
    public Object runScreen() {
        Optional<Meeting> m = live.sessionToRun();
        m.ifPresent(x -> live.liveState(x.id()));
        Workspace w = live.liveView(m.map(Meeting::id).orElse(null));
        StallRule stalls = StallRule.of(w, BenchFiles.TODAY);
        List<Object> review = new ArrayList<>();
        for (ActionItem a : w.actionItems()) {
            if (a.isOpen()) {
                review.add(stalls.assess(a));
            }
        }
        return List.of(review, HomeSummaryBuilder.assetTiles(w));
    }

    /** Prepare opening: its lists, the series' next session, its draft and reasons, the series' sessions to come. */
    @Benchmark
    public Object prepareScreen() {
        Workspace lists = agenda.listsView();
        Meeting next = agenda.findNext(Optional.of(BenchFiles.SERIES), BenchFiles.TODAY).orElseThrow();
        Workspace w = agenda.draftView(next);
        List<Meeting> upcoming = agenda.upcoming(BenchFiles.SERIES, BenchFiles.TODAY);
        List<Object> reasons = new ArrayList<>();
        next.agenda().forEach(a -> reasons.add(CarryForward.reasonFor(a, w.meetings())));
        return List.of(lists, upcoming, reasons, CarryForward.propose(w, next, BenchFiles.TODAY));
    }

    /** The Actions board on its default filters: rows judged, and the scorecards. */
    @Benchmark
    public Object actionsBoard() {
        ScorecardWindow window = ScorecardWindow.defaultFor(BenchFiles.TODAY);
        Workspace w = actions.boardView(Scorecard.earliestDayCounted(window, BenchFiles.TODAY));
        return List.of(ActionRow.all(w, BenchFiles.TODAY), ActionService.scorecards(w, window, BenchFiles.TODAY));
    }

    /**
     * The Actions board once "done" or "all" is chosen, as the screen reads it since it pages: the board's
     * part, the newest {@link org.cxcadence.ui.actions.ActionsViewModel#CLOSED_PAGE} closed actions and
     * the count of all closed ones, rows judged and scorecards computed (ActionsViewModel.load).
     */
    @Benchmark
    public Object actionsBoardEveryAction() {
        ScorecardWindow window = ScorecardWindow.defaultFor(BenchFiles.TODAY);
        Workspace w = actions.boardView(Scorecard.earliestDayCounted(window, BenchFiles.TODAY),
                org.cxcadence.ui.actions.ActionsViewModel.CLOSED_PAGE);
        return List.of(ActionRow.all(w, BenchFiles.TODAY), ActionService.scorecards(w, window, BenchFiles.TODAY),
                actions.closedActionCount());
    }

    /** Metrics opening: the lists read model and the dashboard. */
    @Benchmark
    public Object metricsScreen() {
        Workspace w = metrics.listsView();
        return MetricViews.dashboard(w);
    }

    /** History opening: the session list (unfiltered) from its read model. */
    @Benchmark
    public Object historyList() {
        return HistoryService.sessions(history.listing(), HistoryService.Filter.none(), BenchFiles.TODAY);
    }

    /** History's list filtered by a person (attended, presented, owns or updated an action in the session). */
    @Benchmark
    public Object historyListForOnePerson() {
        HistoryService.Filter f = new HistoryService.Filter(null, null, null, null, BenchFiles.LEADER);
        return HistoryService.sessions(history.listing(), f, BenchFiles.TODAY);
    }

    static LocalDate today() {
        return BenchFiles.TODAY;
    }
}
