package org.cxcadence.exchange.actions;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV written for spreadsheets: UTF-8, a header row, and every cell a spreadsheet would run as a
 * formula neutralised. A cell starting with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe, which spreadsheets show as text (OWASP "CSV injection").
 */
public final class CsvCells {
    private CsvCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    /** Writes a header and rows, each cell neutralised; the stream is flushed, not closed. */
    public static void write(OutputStream out, List<String> header, List<List<String>> rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(header.stream().map(CsvCells::neutralise).toList());
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(CsvCells::neutralise).toList());
        }
        printer.flush();
    }
}
