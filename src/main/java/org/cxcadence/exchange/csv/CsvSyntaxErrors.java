package org.cxcadence.exchange.csv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Commons CSV says when a file is not CSV (an unclosed quote, a character after a closing
 * quote), turned into a line and a reason a person can act on: its exceptions come wrapped and
 * name Java classes, and give the line in the text ("(startline 4)", "at line: 2").
 */
public final class CsvSyntaxErrors {
    private static final Pattern LINE = Pattern.compile("(?:startline|line:?) (\\d+)");
    private static final Pattern NOISE = Pattern.compile("^(?:[\\w.$]+(?:Exception|Error): )+|\\(startline \\d+\\)\\s*");

    private CsvSyntaxErrors() {
    }

    /** The 1-based line the parser names, or {@code fallback} when it names none. */
    public static int line(Throwable e, int fallback) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = LINE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                try {
                    return Math.max(1, Integer.parseInt(m.group(1)));
                } catch (NumberFormatException tooLong) {
                    return fallback;
                }
            }
        }
        return fallback;
    }

    /** {@code is not valid CSV: EOF reached before encapsulated token finished (a quote is not closed)}. */
    public static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause().getMessage() != null) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? "" : NOISE.matcher(t.getMessage()).replaceAll("").strip();
        String hint = message.contains("EOF reached before encapsulated token finished")
                ? " (a quote \" opens a cell that is never closed)"
                : message.contains("invalid char between encapsulated token and delimiter")
                ? " (after a closing quote \" the cell must end; write a quote inside a quoted cell as \"\")" : "";
        return "is not valid CSV: " + (message.isEmpty() ? "unreadable" : message) + hint;
    }
}
