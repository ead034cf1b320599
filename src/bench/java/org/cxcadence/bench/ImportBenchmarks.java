package org.cxcadence.bench;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cxcadence.service.ExchangeService;
import org.cxcadence.service.MetricImportPlan;
import org.cxcadence.service.MetricService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
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
 * Imports on the large workspace, each as the command line does it: the metrics CSV of 10,000 rows
 * (planned, and planned and committed with the verified backup every import makes first) on a scratch
 * copy; and the whole workspace's JSON into a new file. One shot per iteration: these take seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "--enable-native-access=ALL-UNNAMED"})
public class ImportBenchmarks {
    static final int CSV_ROWS = 10_000;

    private final WorkspaceService workspaces = new WorkspaceService();
    private Path copy;
    private OpenWorkspace workspace;
    private MetricService metrics;
    private List<String> rows;
    private int round;
    private Path json;
    private Path target;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        copy = BenchFiles.scratchCopy();
        workspace = workspaces.openForWriting(copy);
        metrics = new MetricService(workspace);
        rows = new ArrayList<>();
        for (org.cxcadence.domain.Metric m : workspace.listsView().metrics()) {
            // Computed metrics take no values; the generator's percent metrics hold values over 100, which the
            // reader rightly refuses, so the file is made of the other metrics' values.
            if (org.cxcadence.domain.StarterMetrics.isComputed(m) || m.unit() == org.cxcadence.domain.MetricUnit.PERCENT) {
                continue;
            }
            for (org.cxcadence.domain.MetricValue v : m.values()) {
                if (rows.size() < CSV_ROWS && v.value() != null) {
                    rows.add(String.join(",", m.id(), v.period(), v.segmentId() == null ? "" : v.segmentId(),
                            v.value().toPlainString()));
                }
            }
        }
        json = copy.resolveSibling("large.json");
        try (OutputStream out = Files.newOutputStream(json)) {
            new ExchangeService(workspaces, Clock.systemUTC()).exportJson(workspace, out);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        workspace.close();
        BenchFiles.deleteTree(copy);
        BenchFiles.deleteTree(target);
    }

    /** A CSV of the first 10,000 stored values with every target changed, so each round has 10,000 changes. */
    private byte[] changedCsv() {
        round++;
        List<String> out = new ArrayList<>();
        out.add("metric,period,segment,value,target");
        for (String row : rows) {
            out.add(row + "," + (round % 90 + 1));
        }
        return (String.join("\r\n", out) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Read and checked, changes worked out; nothing written. */
    @Benchmark
    public MetricImportPlan csvPlan10kRows() {
        return metrics.planImport("metrics.csv", changedCsv());
    }

    /** Planned and committed, after the verified backup every import makes. */
    @Benchmark
    public MetricImportPlan csvImport10kRows() {
        return metrics.applyImport(metrics.planImport("metrics.csv", changedCsv()));
    }

    @Setup(Level.Invocation)
    public void freshTarget() throws Exception {
        if (target != null) {
            BenchFiles.deleteTree(target);
        }
        target = Files.createTempDirectory("cx-bench-import").resolve("imported.cxcadence");
    }

    /** The whole large workspace's JSON (export verb output) into a new workspace file. */
    @Benchmark
    public Object jsonImport() {
        return new ExchangeService(workspaces, Clock.systemUTC()).importJson(target, json);
    }
}
