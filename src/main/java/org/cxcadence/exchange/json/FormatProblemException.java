package org.cxcadence.exchange.json;

import java.util.List;

/**
 * Carries the problems found by one stage of reading up to {@code WorkspaceJson}, which adds the
 * file name and line numbers and turns them into the public exception.
 */
public final class FormatProblemException extends RuntimeException {
    private final transient List<FormatProblem> problems;

    public FormatProblemException(List<FormatProblem> problems) {
        super(problems.isEmpty() ? "no problems" : problems.getFirst().describe(), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a format problem needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public FormatProblemException(FormatProblem problem) {
        this(List.of(problem));
    }

    public static FormatProblemException at(JsonPath path, String reason) {
        return new FormatProblemException(FormatProblem.at(path, reason));
    }

    public List<FormatProblem> problems() {
        return problems;
    }
}
