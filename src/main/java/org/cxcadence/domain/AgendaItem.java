package org.cxcadence.domain;

import java.util.List;

/**
 * One line of a session's agenda.
 *
 * @param spentSeconds  time actually spent on it in the live session
 * @param carriedFromId the agenda item of an earlier session this one was brought forward from
 */
public record AgendaItem(String id, String title, AgendaItemKind kind, String topicAreaId,
                         String presenterId, Integer plannedMinutes, String prepNotes,
                         List<String> links, String notes, Long spentSeconds,
                         AgendaOutcome outcome, String carriedFromId, List<Decision> decisions) {
    public AgendaItem {
        Require.id(id, "id");
        Require.title(title, "title");
        kind = kind == null ? AgendaItemKind.TOPIC : kind;
        if (plannedMinutes != null) {
            Require.minutes(plannedMinutes, "plannedMinutes");
        }
        Require.notes(prepNotes, "prepNotes");
        Require.notes(notes, "notes");
        if (spentSeconds != null && spentSeconds < 0) {
            throw new DomainException("spentSeconds", "must not be negative");
        }
        links = Require.list(links);
        decisions = Require.list(decisions);
    }
}
