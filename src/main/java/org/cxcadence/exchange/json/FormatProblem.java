package org.cxcadence.exchange.json;

import java.util.OptionalInt;

/**
 * One thing wrong with a workspace file: where (JSON path, and the line when known) and why.
 *
 * @param line 1-based line in the file, or {@link #UNKNOWN_LINE}
 */
public record FormatProblem(JsonPath path, int line, String reason) {
    public static final int UNKNOWN_LINE = 0;

    public static FormatProblem at(JsonPath path, String reason) {
        return new FormatProblem(path, UNKNOWN_LINE, reason);
    }

    public FormatProblem withLine(int newLine) {
        return new FormatProblem(path, newLine, reason);
    }

    public OptionalInt lineNumber() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** {@code $.people[2].name (line 14): must not be blank}. */
    public String describe() {
        return path + (line > 0 ? " (line " + line + ")" : "") + ": " + reason;
    }
}
