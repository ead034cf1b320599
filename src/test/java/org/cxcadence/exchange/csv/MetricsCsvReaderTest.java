package org.cxcadence.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cxcadence.domain.Segment;
import org.cxcadence.domain.StarterMetrics;
import org.junit.jupiter.api.Test;

/** The metrics CSV of CONTRACT.md: encodings, separators, decimal marks and every kind of refusal. */
class MetricsCsvReaderTest {
    static final List<Segment> SEGMENTS = List.of(new Segment("seg-ent", "Enterprise", 1),
            new Segment("seg-mid", "Mid-market", 2), new Segment("seg-small", "Small business", 3));
    private final MetricsCsvReader reader = new MetricsCsvReader(StarterMetrics.all(), SEGMENTS);

    private MetricsCsvResult file(String name) {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return reader.read(name, in.readAllBytes());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private MetricsCsvResult text(String csv) {
        return reader.read("inline.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void commaFileResolvesMetricsAndSegmentsByNameOrIdInAnyCase() {
        MetricsCsvResult r = file("comma.csv");
        assertTrue(r.ok(), r.describeProblems().toString());
        assertEquals(',', r.separator());
        assertEquals(List.of(
                new MetricsCsvRow(2, StarterMetrics.CUSTOMERS_ACQUIRED, "2026-10", "seg-ent", d("7"), d("7")),
                new MetricsCsvRow(3, StarterMetrics.CUSTOMERS_LOST, "2026-10", "seg-mid", d("231"), d("220")),
                new MetricsCsvRow(4, StarterMetrics.COST_TO_SERVE, "2026-10", null, d("38.10"), d("40"))), r.rows());
    }

    @Test
    void byteOrderMarkAndCrlfAreReadAndAQuarterIsNormalised() {
        MetricsCsvResult r = file("comma-bom.csv");
        assertTrue(r.ok(), r.describeProblems().toString());
        assertEquals(2, r.rows().size());
        assertEquals("seg-mid", r.rows().get(0).segmentId());
        assertEquals("2026-Q3", r.rows().get(1).period(), "2026-q3 is stored the way the format writes it");
        assertEquals(d("9.6"), r.rows().get(1).value());
    }

    @Test
    void semicolonFileTakesDecimalCommaPercentSignsNegativesAndSkipsEmptyRows() {
        MetricsCsvResult r = file("semicolon.csv");
        assertTrue(r.ok(), r.describeProblems().toString());
        assertEquals(';', r.separator());
        assertEquals(',', r.decimalMark());
        assertEquals(3, r.rows().size());
        assertEquals(d("41.5"), r.rows().get(0).value());
        assertEquals(d("73.1"), r.rows().get(1).value(), "45% means 45");
        assertEquals(d("75"), r.rows().get(1).target());
        assertEquals(d("-4"), r.rows().get(2).value());
        assertNull(r.rows().get(2).target(), "an empty target keeps the stored one");
        assertEquals(5, r.rows().get(2).line(), "line numbers count the skipped empty row");
    }

    @Test
    void tabFileWithColumnsInAnyOrderAndWithoutOptionalColumns() {
        MetricsCsvResult r = file("tab-reordered.tsv");
        assertTrue(r.ok(), r.describeProblems().toString());
        assertEquals('\t', r.separator());
        assertEquals(List.of(
                new MetricsCsvRow(2, StarterMetrics.CUSTOMERS_ACQUIRED, "2026-11", null, d("1240"), null),
                new MetricsCsvRow(3, StarterMetrics.COST_TO_SERVE, "2026-11", null, d("38.5"), null)), r.rows());
    }

    @Test
    void perSegmentMetricWithoutASegmentIsTheTotal() {
        MetricsCsvResult r = file("tab-reordered.tsv");
        assertNull(r.rows().getFirst().segmentId());
    }

    @Test
    void quotedCellsAndBlankLinesKeepTheRightLineNumbers() {
        MetricsCsvResult r = file("quoted-blank-lines.csv");
        assertTrue(r.ok(), r.describeProblems().toString());
        assertEquals(2, r.rows().get(0).line());
        assertEquals(4, r.rows().get(1).line());
    }

    @Test
    void aQuotedNewlineInsideACellDoesNotShiftLaterLines() {
        MetricsCsvResult r = text("metric,period,value\n\"Customers\nacquired\",2026-10,5\nCustomers lost,2026-10,x\n");
        assertEquals(List.of("inline.csv: line 2, column 1 (metric): unknown metric \"Customers\nacquired\" (give a "
                        + "metric's name or id as the Metrics screen lists them)",
                "inline.csv: line 4, column 3 (value): \"x\" is not a number"), r.describeProblems());
    }

    @Test
    void latin1FileIsRefusedWithTheLineOfTheFirstForeignByte() {
        MetricsCsvResult r = file("latin1.csv");
        assertEquals(List.of("latin1.csv: line 3: is not UTF-8 (byte 0xE9); save the file as \"CSV UTF-8\" and import it again"),
                r.describeProblems());
        assertTrue(r.rows().isEmpty());
    }

    @Test
    void utf16FileIsRefusedWithHowToSaveIt() {
        MetricsCsvResult r = file("utf16.csv");
        assertFalse(r.ok());
        assertTrue(r.describeProblems().getFirst().contains("UTF-16"), r.describeProblems().toString());
    }

    @Test
    void aDotInASemicolonFileIsAThousandsSeparator() {
        MetricsCsvResult r = file("semicolon-dot.csv");
        assertEquals(1, r.problems().size());
        CsvProblem p = r.problems().getFirst();
        assertEquals(2, p.line());
        assertEquals(4, p.column());
        assertTrue(p.reason().contains("thousands separator"), p.reason());
    }

    @Test
    void aTabFileUsesOneDecimalMark() {
        MetricsCsvResult r = file("tab-two-marks.tsv");
        assertEquals(List.of("tab-two-marks.tsv: line 3, column 3 (value): \"40.2\" uses \".\" as decimal mark, but "
                + "line 2 used \",\"; use one decimal mark in the whole file"), r.describeProblems());
    }

    @Test
    void everyKindOfBadRowIsReportedWithLineColumnAndReasonAndNoRowIsReturned() {
        MetricsCsvResult r = file("every-error.csv");
        assertTrue(r.rows().isEmpty(), "nothing half-way");
        List<String> lines = r.describeProblems();
        assertEquals(List.of(
                "every-error.csv: line 2, column 4 (value): \"seven\" is not a number",
                "every-error.csv: line 3, column 2 (period): '2026-Q4' does not suit a monthly metric; use YYYY-MM",
                "every-error.csv: line 4, column 1 (metric): unknown metric \"Customers teleported\" (give a metric's "
                        + "name or id as the Metrics screen lists them)",
                "every-error.csv: line 5, column 3 (segment): unknown segment \"Antarctica\"",
                "every-error.csv: line 6, column 4 (value): \"1,240\" has a thousands separator; in a comma-separated "
                        + "file the decimal mark is \".\" and numbers have no separators",
                "every-error.csv: line 8: repeats line 7 (metric \"Customers acquired\", period 2026-10, segment "
                        + "\"seg-ent\"); keep one of the two rows",
                "every-error.csv: line 9, column 1 (metric): \"Net customer change\" is computed (customers acquired "
                        + "minus customers lost) and takes no values",
                "every-error.csv: line 10, column 4 (value): \"45%\": a percent sign fits only percent metrics, and "
                        + "\"Customers lost\" is a count metric",
                "every-error.csv: line 11, column 4 (value): \"120\" is not a percentage between 0 and 100",
                "every-error.csv: line 12, column 3 (segment): metric \"Cost to serve\" is not tracked per segment; "
                        + "leave the segment empty",
                "every-error.csv: line 13, column 2 (period): names no period; use YYYY-MM or YYYY-Qn",
                "every-error.csv: line 14, column 4 (value): has neither a value nor a target",
                "every-error.csv: line 15, column 4 (value): \"1 240\" has a thousands separator; write the digits "
                        + "only, like 1240"), lines);
    }

    @Test
    void headerWithUnknownAndMissingColumnsIsRefusedBeforeAnyRow() {
        MetricsCsvResult r = file("bad-header.csv");
        assertEquals(List.of(
                "bad-header.csv: line 1, column 2: unknown column \"month\"; the columns are metric, period, value, "
                        + "and optionally segment and target",
                "bad-header.csv: line 1, column 3: unknown column \"amount\"; the columns are metric, period, value, "
                        + "and optionally segment and target",
                "bad-header.csv: line 1, column 4: unknown column \"colour\"; the columns are metric, period, value, "
                        + "and optionally segment and target",
                "bad-header.csv: line 1: the header lacks the columns period, value (the header was "
                        + "\"metric,month,amount,colour\"; separate columns with , ; or tab)"), r.describeProblems());
    }

    @Test
    void emptyFileAndDuplicateColumnsAreRefused() {
        assertEquals(List.of("inline.csv: line 1: has no header; the first line must name the columns metric, period, "
                + "value (segment and target optional)"), text("").describeProblems());
        assertEquals(List.of("inline.csv: line 1, column 4 (value): column \"value\" appears twice"),
                text("metric,period,value,Value\n").describeProblems());
    }

    @Test
    void valuesBeyondTheWorkspaceFormatsLimitsAreRefusedSoEveryImportExports() {
        MetricsCsvResult r = text("metric,period,value\nCustomers acquired,2026-10," + "9".repeat(31) + "\n"
                + "Cost to serve,2026-10,1." + "1".repeat(31) + "\n");
        assertEquals(2, r.problems().size(), r.describeProblems().toString());
        assertTrue(r.problems().getFirst().reason().contains("at most 30 digits"), r.describeProblems().toString());
    }

    @Test
    void oddNumberFormsAreNotNumbers() {
        for (String bad : List.of("1e3", "$40", "12-", "--3", "4.", "%", "1.2.3")) {
            MetricsCsvResult r = text("metric,period,value\nCost to serve,2026-10," + bad + "\n");
            assertFalse(r.ok(), bad + " should be refused");
        }
        MetricsCsvResult signs = text("metric,period,value,target\nCost to serve,2026-10,+3,\u22122\n");
        assertTrue(signs.ok(), signs.describeProblems().toString());
        assertEquals(d("-2"), signs.rows().getFirst().target());
    }

    @Test
    void targetOnlyRowsAreAccepted() {
        MetricsCsvResult r = text("metric,period,segment,value,target\nCustomers lost,2026-12,Enterprise,,3\n");
        assertTrue(r.ok(), r.describeProblems().toString());
        assertNull(r.rows().getFirst().value());
        assertEquals(d("3"), r.rows().getFirst().target());
    }

    @Test
    void aNameSharedByTwoMetricsMustBeGivenById() {
        var metrics = new java.util.ArrayList<>(StarterMetrics.all());
        var twin = metrics.get(0);
        metrics.add(new org.cxcadence.domain.Metric("twin", twin.name(), twin.category(), twin.unit(), twin.direction(),
                twin.cadence(), null, null, twin.perSegment(), null, null, List.of()));
        MetricsCsvResult r = new MetricsCsvReader(metrics, SEGMENTS).read("x.csv",
                "metric,period,value\ncustomers acquired,2026-10,1\ntwin,2026-10,2\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("x.csv: line 2, column 1 (metric): \"customers acquired\" names more than one metric; use "
                + "the metric's id"), r.describeProblems());
    }
}
