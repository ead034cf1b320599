package org.cxcadence.service;

import java.util.List;

/**
 * What an agenda pack import did: the session it went into and, line by line, what matched
 * (by id or by name) and what did not (left empty on the imported items).
 */
public record PackImportReport(String meetingId, String meetingTitle, boolean created, int items,
                               List<String> matched, List<String> unmatched) {
    public PackImportReport {
        matched = List.copyOf(matched);
        unmatched = List.copyOf(unmatched);
    }

    public String describe() {
        StringBuilder s = new StringBuilder((created ? "Created " : "Replaced the agenda of ") + "\"" + meetingTitle
                + "\" (" + meetingId + ") with " + items + " item" + (items == 1 ? "" : "s") + ".\n");
        matched.forEach(m -> s.append("matched: ").append(m).append('\n'));
        unmatched.forEach(m -> s.append("not matched: ").append(m).append('\n'));
        return s.toString();
    }
}
