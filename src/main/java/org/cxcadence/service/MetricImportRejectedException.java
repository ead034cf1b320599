package org.cxcadence.service;

import java.util.List;

/**
 * A metrics CSV was refused: every problem, one line each ({@code FILE: line 4, column 3 (value): reason}),
 * and nothing was imported.
 */
public final class MetricImportRejectedException extends InvalidInputException {
    private final List<String> problems;

    public MetricImportRejectedException(String fileName, List<String> problems) {
        super(String.join("\n", problems) + "\n" + fileName + ": nothing imported (" + problems.size()
                + (problems.size() == 1 ? " problem)" : " problems)"));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
