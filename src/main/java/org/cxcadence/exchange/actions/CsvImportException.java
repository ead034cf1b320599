package org.cxcadence.exchange.actions;

import java.util.List;

/** A CSV file was refused as a whole; every problem found is listed, one per line, in file order. */
public final class CsvImportException extends Exception {
    private final String file;
    private final List<CsvProblem> problems;

    public CsvImportException(String file, List<CsvProblem> problems) {
        super(String.join("\n", problems.stream().map(p -> p.describe(file)).toList()));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
