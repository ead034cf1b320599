package org.cxcadence.exchange.csv;

/**
 * One thing wrong in a metrics CSV file.
 *
 * @param line       1-based line in the file where the row starts; 0 for the file as a whole
 * @param column     1-based column; 0 when the problem is the whole row or file
 * @param columnName the header's name of that column, or {@code null}
 */
public record CsvProblem(int line, int column, String columnName, String reason) {

    /** {@code metrics.csv: line 4, column 3 (value): "1,240" has a thousands separator…}. */
    public String describe(String fileName) {
        StringBuilder s = new StringBuilder(fileName).append(": ");
        if (line > 0) {
            s.append("line ").append(line);
            if (column > 0) {
                s.append(", column ").append(column);
                if (columnName != null) {
                    s.append(" (").append(columnName).append(')');
                }
            }
            s.append(": ");
        }
        return s.append(reason).toString();
    }
}
