package org.cxcadence.exchange.actions;

/** One reason a CSV file was refused: where (line, column name) and why. */
public record CsvProblem(int line, String column, String reason) {
    /** {@code people.csv: line 3, column "email": not an email address} */
    public String describe(String file) {
        return file + ": line " + line + (column == null ? "" : ", column \"" + column + "\"") + ": " + reason;
    }
}
