package org.cxcadence.exchange.csv;

import java.util.List;

/**
 * What reading a metrics CSV gave: every row when the whole file is valid, or else every problem
 * found (and no rows to import: a file is imported whole or not at all).
 *
 * @param separator   the separator detected ({@code ,} {@code ;} or tab); 0 when none was found
 * @param decimalMark the decimal mark the file used, or 0 when no number had one
 */
public record MetricsCsvResult(String fileName, List<MetricsCsvRow> rows, List<CsvProblem> problems,
                               char separator, char decimalMark) {
    public MetricsCsvResult {
        problems = List.copyOf(problems);
        rows = problems.isEmpty() ? List.copyOf(rows) : List.of();
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** One line per problem, in file order: {@code metrics.csv: line 4, column 3 (value): reason}. */
    public List<String> describeProblems() {
        return problems.stream().map(p -> p.describe(fileName)).toList();
    }
}
