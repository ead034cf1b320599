package org.cxcadence.service;

import java.util.List;

/** The outcome of an integrity check: ok, or the problems SQLite reported. */
public record CheckResult(boolean ok, List<String> problems) {
    public CheckResult {
        problems = List.copyOf(problems);
    }
}
