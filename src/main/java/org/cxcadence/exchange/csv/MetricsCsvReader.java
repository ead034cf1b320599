package org.cxcadence.exchange.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cxcadence.domain.DomainException;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.StarterMetrics;
import org.cxcadence.exchange.json.FieldValues;

/**
 * Reads the metrics CSV of CONTRACT.md ("Metrics CSV"): a header naming {@code metric, period, value}
 * and optionally {@code segment, target}, in any case and order; UTF-8 with or without BOM; separator
 * {@code ,} {@code ;} or tab, detected from the header; decimal mark {@code .} in {@code ,} files,
 * {@code ,} in {@code ;} files, either in tab files but one per file; no thousands separators;
 * {@code 45%} for percent metrics.
 * <p>
 * Metrics and segments are named by id or by name (case-insensitive) and resolved against the
 * workspace. The whole file is checked and every problem collected (line, column, reason), so a
 * person fixes the file once; rows come back only when there is none. Values are held to the limits
 * of the workspace format ({@link FieldValues#decimal}), so whatever is imported also exports.
 */
public final class MetricsCsvReader {
    /** Larger than any spreadsheet of metric values; refuses a wrong file before reading it all. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final List<String> KNOWN = List.of("metric", "period", "segment", "value", "target");
    private static final List<String> REQUIRED = List.of("metric", "period", "value");
    private static final char TAB = '\t';
    /** Digit grouping people type or spreadsheets write: space, no-break spaces, thin space, apostrophe. */
    private static final Pattern GROUPING = Pattern.compile("[0-9][ \u00A0\u202F\u2009'’][0-9]");
    private static final Pattern NUMBER_CHARS = Pattern.compile("[0-9.,  \u00A0\u202F\u2009'’]+");
    private static final Pattern PLAIN = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");

    private final List<Metric> metrics;
    private final List<Segment> segments;

    /** @param metrics the workspace's metric definitions; @param segments its segments */
    public MetricsCsvReader(List<Metric> metrics, List<Segment> segments) {
        this.metrics = List.copyOf(metrics);
        this.segments = List.copyOf(segments);
    }

    /** Reads {@code content} (the file's bytes) reported as {@code fileName}. Never throws for bad input. */
    public MetricsCsvResult read(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            return failed(fileName, new CsvProblem(0, 0, null, "is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB; a metrics file is never that big (is it the right file?)"));
        }
        Decoded decoded = decode(content);
        if (decoded.problem != null) {
            return failed(fileName, decoded.problem);
        }
        return new FileRead(fileName, decoded.text).read();
    }

    private MetricsCsvResult failed(String fileName, CsvProblem problem) {
        return new MetricsCsvResult(fileName, List.of(), List.of(problem), (char) 0, (char) 0);
    }

    private record Decoded(String text, CsvProblem problem) {
    }

    /** UTF-8, a BOM skipped; anything else is refused with the line of the first byte that is not UTF-8. */
    static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return new Decoded(null, new CsvProblem(0, 0, null,
                    "is UTF-16 text (Excel's \"Unicode Text\"); save it as \"CSV UTF-8\" and import that"));
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = start; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return new Decoded(null, new CsvProblem(line, 0, null, String.format(Locale.ROOT,
                    "is not UTF-8 (byte 0x%02X); save the file as \"CSV UTF-8\" and import it again", bytes[at])));
        }
        out.flip();
        return new Decoded(out.toString(), null);
    }

    /** The state of reading one file. */
    private final class FileRead {
        private final String fileName;
        private final String text;
        private final List<CsvProblem> problems = new ArrayList<>();
        private final List<MetricsCsvRow> rows = new ArrayList<>();
        private final Map<String, Integer> firstLineOfKey = new HashMap<>();
        private int[] lineStarts;
        private char separator;
        private char decimalMark;
        private int decimalMarkLine;
        private Map<String, Integer> columns;
        private List<String> headerNames;

        FileRead(String fileName, String text) {
            this.fileName = fileName;
            this.text = text;
        }

        MetricsCsvResult read() {
            lineStarts = lineStarts(text);
            String header = firstLine(text);
            if (header.isBlank()) {
                problems.add(new CsvProblem(1, 0, null,
                        "has no header; the first line must name the columns metric, period, value (segment and target optional)"));
                return result();
            }
            separator = detectSeparator(header);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(separator)
                    .setIgnoreSurroundingSpaces(true)
                    .setIgnoreEmptyLines(true)
                    .get();
            try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
                boolean first = true;
                for (CSVRecord record : parser) {
                    if (first) {
                        first = false;
                        if (!readHeader(record)) {
                            return result();
                        }
                    } else {
                        readRow(record);
                    }
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                problems.add(new CsvProblem(CsvSyntaxErrors.line(e, 1), 0, null, CsvSyntaxErrors.reason(e)));
            }
            return result();
        }

        private MetricsCsvResult result() {
            return new MetricsCsvResult(fileName, rows, problems, separator, decimalMark);
        }

        private char detectSeparator(String header) {
            for (char candidate : new char[] {',', ';', TAB}) {
                List<String> names = Arrays.stream(header.split(Pattern.quote(String.valueOf(candidate)), -1))
                        .map(MetricsCsvReader::headerName).toList();
                if (names.containsAll(REQUIRED)) {
                    return candidate;
                }
            }
            // No candidate names the columns: take the most frequent one, so the header problem is precise.
            long commas = header.chars().filter(c -> c == ',').count();
            long semicolons = header.chars().filter(c -> c == ';').count();
            long tabs = header.chars().filter(c -> c == TAB).count();
            return tabs > commas && tabs > semicolons ? TAB : semicolons > commas ? ';' : ',';
        }

        private boolean readHeader(CSVRecord record) {
            columns = new LinkedHashMap<>();
            headerNames = new ArrayList<>();
            int line = lineOf(record);
            for (int i = 0; i < record.size(); i++) {
                String name = headerName(record.get(i));
                headerNames.add(name);
                if (name.isEmpty() && i == record.size() - 1 && i > 0) {
                    continue; // a trailing separator after the last name
                }
                if (!KNOWN.contains(name)) {
                    problems.add(new CsvProblem(line, i + 1, null, "unknown column \"" + record.get(i).strip()
                            + "\"; the columns are metric, period, value, and optionally segment and target"));
                } else if (columns.putIfAbsent(name, i) != null) {
                    problems.add(new CsvProblem(line, i + 1, name, "column \"" + name + "\" appears twice"));
                }
            }
            List<String> missing = REQUIRED.stream().filter(n -> !columns.containsKey(n)).toList();
            if (!missing.isEmpty()) {
                problems.add(new CsvProblem(line, 0, null, "the header lacks the column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + " (the header was \"" + firstLine(text).strip()
                        + "\"; separate columns with , ; or tab)"));
            }
            return problems.isEmpty();
        }

        private void readRow(CSVRecord record) {
            if (record.stream().allMatch(String::isBlank)) {
                return; // a spreadsheet's empty row (;;;;)
            }
            int line = lineOf(record);
            if (record.size() > headerNames.size()) {
                for (int i = headerNames.size(); i < record.size(); i++) {
                    if (!record.get(i).isBlank()) {
                        problems.add(new CsvProblem(line, i + 1, null, "has more cells than the header names ("
                                + headerNames.size() + "); is a separator inside a value?"));
                        return;
                    }
                }
            }
            int before = problems.size();
            Metric metric = metric(record, line);
            String segmentId = segment(record, line, metric);
            String period = period(record, line, metric);
            MetricUnit unit = metric == null ? null : metric.unit();
            Cell valueCell = cell(record, "value");
            Cell targetCell = cell(record, "target");
            BigDecimal value = number(valueCell, line, unit, metric);
            BigDecimal target = number(targetCell, line, unit, metric);
            if (valueCell.text.isEmpty() && targetCell.text.isEmpty()) {
                problems.add(new CsvProblem(line, valueCell.column, "value", "has neither a value nor a target"));
            }
            if (problems.size() > before || metric == null) {
                return;
            }
            String key = metric.id() + "\u0000" + period + "\u0000" + Objects.requireNonNullElse(segmentId, "");
            Integer earlier = firstLineOfKey.putIfAbsent(key, line);
            if (earlier != null) {
                problems.add(new CsvProblem(line, 0, null, "repeats line " + earlier + " (metric \"" + metric.name()
                        + "\", period " + period + ", " + segmentText(segmentId) + "); keep one of the two rows"));
                return;
            }
            rows.add(new MetricsCsvRow(line, metric.id(), period, segmentId, value, target));
        }

        private record Cell(int column, String text) {
        }

        private Cell cell(CSVRecord record, String name) {
            Integer index = columns.get(name);
            if (index == null) {
                return new Cell(0, "");
            }
            return new Cell(index + 1, index < record.size() ? record.get(index).strip() : "");
        }

        private Metric metric(CSVRecord record, int line) {
            Cell c = cell(record, "metric");
            if (c.text.isEmpty()) {
                problems.add(new CsvProblem(line, c.column, "metric", "names no metric"));
                return null;
            }
            Metric byId = metrics.stream().filter(m -> m.id().equals(c.text)).findFirst().orElse(null);
            Metric found = byId;
            if (found == null) {
                List<Metric> byName = metrics.stream().filter(m -> sameName(m.name(), c.text)).toList();
                if (byName.size() > 1) {
                    problems.add(new CsvProblem(line, c.column, "metric", "\"" + c.text
                            + "\" names more than one metric; use the metric's id"));
                    return null;
                }
                found = byName.isEmpty() ? null : byName.getFirst();
            }
            if (found == null) {
                problems.add(new CsvProblem(line, c.column, "metric", "unknown metric \"" + c.text
                        + "\" (give a metric's name or id as the Metrics screen lists them)"));
                return null;
            }
            if (StarterMetrics.isComputed(found)) {
                problems.add(new CsvProblem(line, c.column, "metric", "\"" + found.name()
                        + "\" is computed (customers acquired minus customers lost) and takes no values"));
                return null;
            }
            return found;
        }

        private String segment(CSVRecord record, int line, Metric metric) {
            Cell c = cell(record, "segment");
            if (c.text.isEmpty()) {
                return null;
            }
            Segment found = segments.stream().filter(s -> s.id().equals(c.text)).findFirst()
                    .or(() -> segments.stream().filter(s -> sameName(s.name(), c.text)).findFirst())
                    .orElse(null);
            if (found == null) {
                problems.add(new CsvProblem(line, c.column, "segment", "unknown segment \"" + c.text + "\""));
                return null;
            }
            if (metric != null && !metric.perSegment()) {
                problems.add(new CsvProblem(line, c.column, "segment", "metric \"" + metric.name()
                        + "\" is not tracked per segment; leave the segment empty"));
                return null;
            }
            return found.id();
        }

        private String period(CSVRecord record, int line, Metric metric) {
            Cell c = cell(record, "period");
            if (c.text.isEmpty()) {
                problems.add(new CsvProblem(line, c.column, "period", "names no period; use YYYY-MM or YYYY-Qn"));
                return null;
            }
            try {
                return (metric == null ? Period.parse(c.text) : Period.parse(c.text, metric.cadence())).toString();
            } catch (DomainException e) {
                problems.add(new CsvProblem(line, c.column, "period", reasonOf(e)));
                return null;
            }
        }

        /** Null for an empty cell; else the number, or null with a problem recorded. */
        private BigDecimal number(Cell c, int line, MetricUnit unit, Metric metric) {
            if (c.text.isEmpty()) {
                return null;
            }
            String name = c.column == columnOf("value") ? "value" : "target";
            String body = c.text;
            boolean percent = body.endsWith("%");
            if (percent) {
                body = body.substring(0, body.length() - 1).strip();
                if (unit != null && unit != MetricUnit.PERCENT) {
                    return problem(line, c, name, "\"" + c.text + "\": a percent sign fits only percent metrics, and \""
                            + metric.name() + "\" is a " + unit.name().toLowerCase(Locale.ROOT) + " metric");
                }
            }
            boolean negative = false;
            if (!body.isEmpty() && (body.charAt(0) == '-' || body.charAt(0) == '+' || body.charAt(0) == '\u2212')) {
                negative = body.charAt(0) != '+';
                body = body.substring(1).strip();
            }
            if (body.isEmpty() || !NUMBER_CHARS.matcher(body).matches()) {
                return problem(line, c, name, "\"" + c.text + "\" is not a number");
            }
            if (GROUPING.matcher(body).find()) {
                return problem(line, c, name, "\"" + c.text + "\" has a thousands separator; write the digits only, like "
                        + digitsOnly(body));
            }
            if (body.indexOf(' ') >= 0 || body.indexOf('\'') >= 0) {
                return problem(line, c, name, "\"" + c.text + "\" is not a number");
            }
            long dots = body.chars().filter(ch -> ch == '.').count();
            long commas = body.chars().filter(ch -> ch == ',').count();
            if (dots + commas > 1) {
                return problem(line, c, name, "\"" + c.text + "\" has a thousands separator; write the digits only, like "
                        + digitsOnly(body));
            }
            char mark = dots == 1 ? '.' : commas == 1 ? ',' : 0;
            if (mark != 0 && !markAllowed(mark, line, c, name)) {
                return null;
            }
            String plain = mark == 0 ? body : body.replace(mark, '.');
            if (!PLAIN.matcher(plain).matches()) {
                return problem(line, c, name, "\"" + c.text + "\" is not a number");
            }
            BigDecimal number = new BigDecimal(plain);
            if (negative) {
                number = number.negate();
            }
            try {
                number = FieldValues.decimal(number, name);
            } catch (DomainException e) {
                return problem(line, c, name, "\"" + c.text + "\" " + reasonOf(e));
            }
            if (unit == MetricUnit.PERCENT && (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0)) {
                return problem(line, c, name, "\"" + c.text + "\" is not a percentage between 0 and 100");
            }
            return number;
        }

        /** The decimal-mark rule of CONTRACT.md for this file's separator. */
        private boolean markAllowed(char mark, int line, Cell c, String name) {
            if (separator == ',' && mark == ',') {
                problem(line, c, name, "\"" + c.text + "\" has a thousands separator; in a comma-separated file the "
                        + "decimal mark is \".\" and numbers have no separators");
                return false;
            }
            if (separator == ';' && mark == '.') {
                problem(line, c, name, "\"" + c.text + "\" has a \".\", which in a semicolon-separated file is a "
                        + "thousands separator; write the digits only, and \",\" for a decimal mark");
                return false;
            }
            if (separator == TAB) {
                if (decimalMark == 0) {
                    decimalMark = mark;
                    decimalMarkLine = line;
                } else if (decimalMark != mark) {
                    problem(line, c, name, "\"" + c.text + "\" uses \"" + mark + "\" as decimal mark, but line "
                            + decimalMarkLine + " used \"" + decimalMark + "\"; use one decimal mark in the whole file");
                    return false;
                }
                return true;
            }
            decimalMark = mark;
            return true;
        }

        private BigDecimal problem(int line, Cell c, String name, String reason) {
            problems.add(new CsvProblem(line, c.column, name, reason));
            return null;
        }

        private int columnOf(String name) {
            Integer index = columns.get(name);
            return index == null ? 0 : index + 1;
        }

        private int lineOf(CSVRecord record) {
            int position = (int) record.getCharacterPosition();
            // The parser counts skipped empty lines into the record; the row starts after them.
            while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
                position++;
            }
            int index = Arrays.binarySearch(lineStarts, position);
            return index >= 0 ? index + 1 : -index - 1;
        }
    }

    private static String reasonOf(DomainException e) {
        String message = e.getMessage();
        String prefix = e.field() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String segmentText(String segmentId) {
        return segmentId == null ? "total" : "segment \"" + segmentId + "\"";
    }

    private static String digitsOnly(String body) {
        return body.replaceAll("[^0-9]", "");
    }

    static String headerName(String raw) {
        String s = raw.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean sameName(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }

    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    /** Offsets where each line starts; {@code \r\n}, {@code \n} and a lone {@code \r} end a line, as for Commons CSV. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
