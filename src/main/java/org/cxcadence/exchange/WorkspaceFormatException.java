package org.cxcadence.exchange;

import org.cxcadence.exchange.json.FormatProblem;

import java.util.List;
import java.util.OptionalInt;

/**
 * A workspace JSON file was refused: not JSON, not a workspace, a newer version, or content that
 * breaks the format (docs/FORMAT.md). The message is one line for stderr and dialogs:
 * {@code export.json: $.people[2].name (line 14): must not be blank}. When more than one problem
 * was found (references are all checked), the first is shown and the rest are in {@link #problems()}.
 */
public final class WorkspaceFormatException extends RuntimeException {
    private final String sourceName;
    private final transient List<FormatProblem> problems;

    public WorkspaceFormatException(String sourceName, List<FormatProblem> problems) {
        super(message(sourceName, problems));
        this.sourceName = sourceName;
        this.problems = List.copyOf(problems);
    }

    private static String message(String sourceName, List<FormatProblem> problems) {
        String first = sourceName + ": " + problems.getFirst().describe();
        int more = problems.size() - 1;
        return more == 0 ? first : first + " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")";
    }

    /** The file name (or the name the caller gave the stream). */
    public String sourceName() {
        return sourceName;
    }

    /** The JSON path of the first problem, e.g. {@code $.meetings[3].agenda[0].presenterId}. */
    public String path() {
        return problems.getFirst().path().toString();
    }

    /** The line of the first problem in the file, when known. */
    public OptionalInt line() {
        return problems.getFirst().lineNumber();
    }

    /** Why the first problem was refused, e.g. {@code must not be blank}. */
    public String reason() {
        return problems.getFirst().reason();
    }

    /** Every problem found, in file order within each check; never empty. */
    public List<FormatProblem> problems() {
        return problems;
    }
}
