package org.cxcadence.store;

import java.util.List;

/** The result of an integrity check: ok, or the problems SQLite found, in its words. */
public record IntegrityReport(boolean ok, List<String> problems) {
    public IntegrityReport {
        problems = List.copyOf(problems);
    }

    static IntegrityReport of(List<String> problems) {
        return new IntegrityReport(problems.isEmpty(), problems);
    }

    public boolean damaged() {
        return !ok;
    }
}
