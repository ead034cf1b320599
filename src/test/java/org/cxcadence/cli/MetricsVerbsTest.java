package org.cxcadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.cxcadence.testing.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code metrics list} and {@code metrics import} end to end through the real command line. */
class MetricsVerbsTest {
    @TempDir
    Path home;
    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private CliRun cli(String... args) {
        return CliRun.run(home, args);
    }

    private String demo() {
        String ws = home.resolve("demo.cxcadence").toString();
        CliRun demo = cli("--workspace", ws, "--today", "2026-11-23", "demo");
        assertEquals(0, demo.exitCode, demo.toString());
        return ws;
    }

    @Test
    void listAsATableShowsLatestValuesTargetsAndWhatIsOffTarget() {
        String ws = demo();
        CliRun list = cli("--workspace", ws, "metrics", "list");
        assertEquals(0, list.exitCode, list.toString());
        assertTrue(list.out.startsWith("Metric"), list.out);
        assertTrue(list.out.contains("Customers lost"), list.out);
        assertTrue(list.out.contains("  Small business"), list.out);
        assertTrue(list.out.contains("off target"), list.out);
        assertTrue(list.out.contains("Net customer change (computed)"), list.out);
        assertTrue(list.out.contains("2026-10"), list.out);
    }

    @Test
    void listAsCsvImportsBackWithoutChangingAnything() throws IOException {
        String ws = demo();
        CliRun csv = cli("--workspace", ws, "metrics", "list", "--format", "csv");
        assertEquals(0, csv.exitCode, csv.toString());
        assertTrue(csv.out.startsWith("metric,period,segment,value,target\n"), csv.out);
        Path file = home.resolve("all.csv");
        Files.writeString(file, csv.out, StandardCharsets.UTF_8);
        String exportBefore = cli("--workspace", ws, "export").out.replaceAll("\"exportedAt\".*\n", "");
        CliRun again = cli("--workspace", ws, "metrics", "import", file.toString());
        assertEquals(0, again.exitCode, again.toString());
        assertTrue(again.out.contains("0 new, 0 replaced,"), again.out);
        assertTrue(again.out.contains("(nothing to change)"), again.out);
        assertEquals(exportBefore, cli("--workspace", ws, "export").out.replaceAll("\"exportedAt\".*\n", ""));
    }

    @Test
    void listAsJsonReusesTheWorkspaceFormatsMetricObjects() throws IOException {
        String ws = demo();
        CliRun json = cli("--workspace", ws, "metrics", "list", "--format", "json");
        assertEquals(0, json.exitCode, json.toString());
        JsonNode metrics = new ObjectMapper().readTree(json.out);
        assertTrue(metrics.isArray());
        assertEquals("customers-acquired", metrics.get(0).get("id").asText());
        assertEquals("CUSTOMER_ASSET", metrics.get(0).get("category").asText());
        assertTrue(metrics.get(0).get("values").size() > 10);
    }

    @Test
    void importReportsWhatChangedAndASecondImportChangesNothing() throws IOException {
        String ws = demo();
        Path file = home.resolve("nov.csv");
        Files.writeString(file, "Metric;Period;Segment;Value;Target\n"
                + "Customers acquired;2026-11;Enterprise;9;7\n"
                + "Cost to serve;2026-11;;37,9;40\n", StandardCharsets.UTF_8);
        CliRun first = cli("--workspace", ws, "metrics", "import", file.toString());
        assertEquals(0, first.exitCode, first.toString());
        assertEquals("nov.csv: 2 new, 0 replaced, 0 unchanged\n", first.out);
        CliRun second = cli("--workspace", ws, "metrics", "import", "nov.csv");
        assertEquals("nov.csv: 0 new, 0 replaced, 2 unchanged (nothing to change)\n", second.out);
    }

    @Test
    void aBadFileExitsThreeListingEveryBadLineAndImportsNothing() throws IOException {
        String ws = demo();
        String before = cli("--workspace", ws, "metrics", "list", "--format", "csv").out;
        Path file = home.resolve("bad.csv");
        Files.writeString(file, "metric,period,segment,value\n"
                + "Customers acquired,2026-11,Enterprise,9\n"
                + "Customers acquired,2026-11,Atlantis,9\n"
                + "Cost to serve,2026-11,,\"1,240\"\n", StandardCharsets.UTF_8);
        CliRun run = cli("--workspace", ws, "metrics", "import", file.toString());
        assertEquals(3, run.exitCode, run.toString());
        assertEquals("cx-cadence: bad.csv: line 3, column 3 (segment): unknown segment \"Atlantis\"\n"
                + "bad.csv: line 4, column 4 (value): \"1,240\" has a thousands separator; in a comma-separated file the "
                + "decimal mark is \".\" and numbers have no separators\n"
                + "bad.csv: nothing imported (2 problems)\n", run.err);
        assertEquals(before, cli("--workspace", ws, "metrics", "list", "--format", "csv").out);
    }

    @Test
    void importNeedsAnExistingWorkspaceAndTheVerbNeedsASubcommand() {
        CliRun missing = cli("--workspace", home.resolve("none.cxcadence").toString(), "metrics", "import", "x.csv");
        assertEquals(4, missing.exitCode, missing.toString());
        CliRun bare = cli("--workspace", home.resolve("none.cxcadence").toString(), "metrics");
        assertEquals(2, bare.exitCode, bare.toString());
        CliRun format = cli("metrics", "list", "--format", "xml");
        assertEquals(2, format.exitCode, format.toString());
    }
}
