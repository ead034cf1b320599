package org.cxcadence.exchange.actions;

import java.util.List;

/**
 * A short document of titled tables, built once and rendered as Markdown, PDF or plain text, so
 * the brief, a leader's list and the scorecard read the same in every format. All text is final:
 * dates and numbers are already formatted for the reader's locale.
 */
public record Report(String title, String subtitle, List<Section> sections) {
    public Report {
        sections = List.copyOf(sections);
    }

    /**
     * @param intro     one line under the heading, or {@code null}
     * @param emptyText said instead of the table when there are no rows
     * @param more      rows left out to keep to one page (0 for none)
     */
    public record Section(String heading, String intro, List<String> columns, List<List<Cell>> rows,
                          String emptyText, int more) {
        public Section {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** A table cell: a main line and an optional second line in smaller type (the customer impact). */
    public record Cell(String main, String sub) {
        public static Cell of(String main) {
            return new Cell(main == null ? "" : main, null);
        }

        public static Cell of(String main, String sub) {
            return new Cell(main == null ? "" : main, sub == null || sub.isBlank() ? null : sub);
        }
    }
}
