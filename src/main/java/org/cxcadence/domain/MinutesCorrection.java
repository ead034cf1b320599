package org.cxcadence.domain;

import java.time.LocalDate;

/**
 * A dated correction of a session's minutes after the session ended ("the due date of the churn
 * review is 12 Dec, not 2 Dec"). The minutes show every correction with its date, so readers know
 * the record changed after it was first sent.
 *
 * @param agendaItemId the agenda item the correction is about, or {@code null} for the session as a whole
 */
public record MinutesCorrection(String id, LocalDate date, String agendaItemId, String text) {
    public MinutesCorrection {
        Require.id(id, "id");
        Require.present(date, "date");
        Require.notes(text, "text");
        if (text == null || text.isBlank()) {
            throw new DomainException("text", "must not be blank");
        }
    }
}
