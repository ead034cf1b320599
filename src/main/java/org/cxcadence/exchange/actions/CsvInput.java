package org.cxcadence.exchange.actions;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cxcadence.exchange.csv.CsvSyntaxErrors;

/**
 * A CSV file read the way the metrics CSV is (CONTRACT.md): UTF-8 with or without BOM, separator
 * {@code ,} {@code ;} or tab detected from the header line, a header whose names match in any case
 * and order (spaces, {@code _} and {@code -} ignored: "Customer impact" = "customer_impact"). Rows
 * keep the line they start on, for error messages. Blank lines are skipped.
 */
final class CsvInput {
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** One data row: its line in the file and its cells by normalised column name. */
    record Row(int line, Map<String, String> cells) {
        String get(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    private final String file;
    private final List<String> header;
    private final Map<String, String> displayNames = new HashMap<>();
    private final List<Row> rows;

    private CsvInput(String file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    String file() {
        return file;
    }

    List<Row> rows() {
        return rows;
    }

    boolean has(String column) {
        return header.contains(column);
    }

    /** The column as the file spells it, for messages. */
    String display(String column) {
        return displayNames.getOrDefault(column, column);
    }

    static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("-", "");
    }

    static CsvInput read(Path path, List<String> known, Map<String, String> aliases) throws IOException, CsvImportException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.size(path) > MAX_BYTES) {
            throw new CsvImportException(name, List.of(new CsvProblem(1, null, "the file is larger than 64 MB")));
        }
        return read(name, Files.readAllBytes(path), known, aliases);
    }

    /** Reads {@code content} (a file's bytes) reported as {@code name}. */
    static CsvInput read(String name, byte[] content, List<String> known, Map<String, String> aliases)
            throws CsvImportException {
        if (content.length > MAX_BYTES) {
            throw new CsvImportException(name, List.of(new CsvProblem(1, null, "the file is larger than 64 MB")));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvImportException(name, List.of(new CsvProblem(1, null, "is not UTF-8 text; save it as CSV UTF-8")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char separator = separator(firstLine);
        int[] lineStarts = lineStarts(text);
        List<Row> rows = new ArrayList<>();
        List<String> header;
        CsvInput input;
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new CsvImportException(name, List.of(new CsvProblem(1, null, "the file is empty; a header is needed")));
            }
            CSVRecord head = records.getFirst();
            header = new ArrayList<>();
            input = new CsvInput(name, header, rows);
            List<CsvProblem> problems = new ArrayList<>();
            for (String h : head.values()) {
                String n = normalise(h);
                n = aliases.getOrDefault(n, n);
                if (!known.contains(n)) {
                    problems.add(new CsvProblem(1, h.strip(), "unknown column; the columns are " + String.join(", ", known)));
                } else if (header.contains(n)) {
                    problems.add(new CsvProblem(1, h.strip(), "appears twice in the header"));
                }
                header.add(n);
                input.displayNames.putIfAbsent(n, h.strip());
            }
            if (!problems.isEmpty()) {
                throw new CsvImportException(name, problems);
            }
            for (CSVRecord r : records.subList(1, records.size())) {
                int line = lineOf(lineStarts, (int) r.getCharacterPosition());
                if (Arrays.stream(r.values()).allMatch(String::isBlank)) {
                    continue;
                }
                if (r.size() > header.size()) {
                    problems.add(new CsvProblem(line, null, "has " + r.size() + " cells but the header has "
                            + header.size() + " columns"));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < r.size(); i++) {
                    cells.put(header.get(i), r.get(i));
                }
                rows.add(new Row(line, cells));
            }
            if (!problems.isEmpty()) {
                throw new CsvImportException(name, problems);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            // Commons CSV says where in its message ("... at line: 3, position: 40"); the cause says why.
            throw new CsvImportException(name, List.of(new CsvProblem(CsvSyntaxErrors.line(e, 1), null,
                    CsvSyntaxErrors.reason(e))));
        }
        return input;
    }

    /** The separator that occurs most in the header line outside quotes: {@code ,} {@code ;} or tab. */
    static char separator(String headerLine) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int position) {
        int i = Arrays.binarySearch(lineStarts, position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
