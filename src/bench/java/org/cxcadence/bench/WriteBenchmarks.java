package org.cxcadence.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.Meeting;
import org.cxcadence.service.AgendaService;
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
 * The autosave commit (one agenda item's notes, as the Prepare and Run screens save them) on a
 * copy of the large workspace, beside its floor: a bare sqlite-jdbc one-row commit with the same
 * pragmas (WAL, synchronous=FULL, foreign keys) in the same folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
public class WriteBenchmarks {
    private Path copy;
    private OpenWorkspace workspace;
    private AgendaService agenda;
    private String meetingId;
    private AgendaItem item;
    private int edit;
    private Connection bare;
    private PreparedStatement bareUpdate;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        copy = BenchFiles.scratchCopy();
        workspace = new WorkspaceService().openForWriting(copy);
        agenda = new AgendaService(workspace, Clock.systemDefaultZone());
        Meeting next = agenda.findNext(java.util.Optional.of(BenchFiles.SERIES), BenchFiles.TODAY).orElseThrow();
        meetingId = next.id();
        item = next.agenda().get(2);

        Path floor = copy.resolveSibling("floor.db");
        Files.deleteIfExists(floor);
        bare = DriverManager.getConnection("jdbc:sqlite:" + floor);
        try (Statement s = bare.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA temp_store = MEMORY");
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, notes TEXT)");
            s.execute("INSERT INTO t VALUES (1, '')");
        }
        bareUpdate = bare.prepareStatement("UPDATE t SET notes = ? WHERE id = 1");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        workspace.close();
        bareUpdate.close();
        bare.close();
        BenchFiles.deleteTree(copy);
    }

    /** What the autosaver writes after a pause in typing: one agenda item, in one transaction. */
    @Benchmark
    public void autosaveCommit() {
        edit++;
        agenda.saveItem(meetingId, new AgendaItem(item.id(), item.title(), item.kind(), item.topicAreaId(),
                item.presenterId(), item.plannedMinutes(), "Prep notes, edit " + edit, item.links(), item.notes(),
                item.spentSeconds(), item.outcome(), item.carriedFromId(), item.decisions()));
    }

    /** Floor: one row updated and committed through sqlite-jdbc, same pragmas, nothing else. */
    @Benchmark
    public void autosaveFloorBareJdbcCommit() throws Exception {
        edit++;
        bareUpdate.setString(1, "Prep notes, edit " + edit);
        bareUpdate.executeUpdate();
    }
}
