package org.cxcadence.bench;

import java.io.OutputStream;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.cxcadence.domain.CarryForward;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.ScorecardWindow;
import org.cxcadence.domain.Workspace;
import org.cxcadence.domain.minutes.Minutes;
import org.cxcadence.domain.minutes.MinutesSection;
import org.cxcadence.domain.minutes.ScorecardSource;
import org.cxcadence.exchange.minutes.MinutesFormat;
import org.cxcadence.service.ActionService;
import org.cxcadence.service.AgendaService;
import org.cxcadence.service.ExchangeService;
import org.cxcadence.service.HistoryService;
import org.cxcadence.service.MinutesService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.service.home.HomeSummaryBuilder;
import org.cxcadence.service.generate.BenchmarkCompany;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the app reads from the large workspace, each as the app does it (service calls, from the
 * file, nothing cached between invocations): open, Home, the carry-forward draft, the Actions
 * lists, the scorecard, history search, minutes. Floors: bench/sql-floors.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
public class ReadBenchmarks {
    private final WorkspaceService workspaces = new WorkspaceService();
    private OpenWorkspace workspace;
    private AgendaService agenda;
    private ActionService actions;
    private HistoryService history;
    private MinutesService minutes;
    private ExchangeService exchange;

    private java.nio.file.Path copy;

    /** Open for writing, as the app opens it (its reads use two connections then), on a copy of the workspace. */
    @Setup(Level.Trial)
    public void open() throws java.io.IOException {
        copy = BenchFiles.scratchCopy();
        workspace = workspaces.openForWriting(copy);
        agenda = new AgendaService(workspace, Clock.systemDefaultZone());
        actions = new ActionService(workspace);
        history = new HistoryService(workspace);
        minutes = new MinutesService(workspace, Locale.US, null, ScorecardSource.NONE);
        exchange = new ExchangeService(workspaces, Clock.systemDefaultZone());
    }

    @TearDown(Level.Trial)
    public void close() {
        workspace.close();
        BenchFiles.deleteTree(copy);
    }

    /** Opening the file as the GUI does (header check, lock, pragmas), then closing it. */
    @Benchmark
    public boolean openAndClose() {
        try (OpenWorkspace w = workspaces.openReadOnly(BenchFiles.workspace())) {
            return w.hasUserContent();
        }
    }

    /** What the Home screen loads and computes (OpenWorkspace.homeView, since the first fix). */
    @Benchmark
    public Object home() {
        return HomeSummaryBuilder.build(workspace.homeView(), BenchFiles.TODAY);
    }

    /** Home as it was first written: the same summary from the whole workspace snapshot (kept for comparison). */
    @Benchmark
    public Object homeFromWholeSnapshot() {
        return HomeSummaryBuilder.build(workspace.snapshot(), BenchFiles.TODAY);
    }

    /** The carry-forward draft: the series' next session and what carries onto it (its read model since perf2). */
    @Benchmark
    public Object carryForwardDraft() {
        Meeting next = agenda.findNext(Optional.of(BenchFiles.SERIES), BenchFiles.TODAY).orElseThrow();
        return CarryForward.propose(agenda.draftView(next), next, BenchFiles.TODAY);
    }

    /** One leader's open actions, from the board's read model (open actions and those the scorecard counts). */
    @Benchmark
    public List<?> actionsOfOneLeader() {
        return ActionService.list(actions.boardView(boardSince()), BenchFiles.LEADER, ActionService.StatusFilter.OPEN,
                BenchFiles.TODAY);
    }

    @Benchmark
    public List<?> actionsOfAll() {
        return ActionService.list(actions.boardView(boardSince()), null, ActionService.StatusFilter.OPEN, BenchFiles.TODAY);
    }

    @Benchmark
    public List<?> scorecard() {
        return ActionService.scorecards(actions.boardView(boardSince()), ScorecardWindow.defaultFor(BenchFiles.TODAY),
                BenchFiles.TODAY);
    }

    private static java.time.LocalDate boardSince() {
        return org.cxcadence.domain.Scorecard.earliestDayCounted(ScorecardWindow.defaultFor(BenchFiles.TODAY), BenchFiles.TODAY);
    }

    @Benchmark
    public List<?> searchCommonWord() {
        return history.search(BenchmarkCompany.COMMON_WORD, HistoryService.Filter.none(), null);
    }

    @Benchmark
    public List<?> searchRareWord() {
        return history.search(BenchmarkCompany.RARE_WORD, HistoryService.Filter.none(), null);
    }

    @State(Scope.Benchmark)
    public static class Format {
        @Param({"PDF", "DOCX", "MD", "HTML", "TXT"})
        public String format;
    }

    /** Minutes of a 20-item session, built from the file and rendered. */
    @Benchmark
    public Minutes minutes(Format f) throws Exception {
        Minutes m = minutes.build(BenchFiles.session(), EnumSet.allOf(MinutesSection.class));
        minutes.write(m, MinutesFormat.valueOf(f.format), OutputStream.nullOutputStream());
        return m;
    }

    /** The whole workspace as JSON (export verb), written to nowhere. */
    @Benchmark
    public void exportJson() throws Exception {
        exchange.exportJson(workspace, OutputStream.nullOutputStream());
    }
}
