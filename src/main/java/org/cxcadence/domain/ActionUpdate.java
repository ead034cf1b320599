package org.cxcadence.domain;

import java.time.LocalDate;

/**
 * What was said about an action item on a given day, usually in a session's open-action review.
 *
 * @param status the status set by this update, or {@code null} when it did not change it
 * @param due    the due date set by this update, or {@code null} when it did not change it
 */
public record ActionUpdate(String meetingId, LocalDate date, ActionStatus status, String note,
                           LocalDate due) {
    public ActionUpdate {
        Require.present(date, "date");
        Require.notes(note, "note");
    }

    /** Progress is a status change or a note; a new due date alone is not (CONTRACT.md). */
    public boolean isProgress(ActionStatus statusBefore) {
        boolean statusChanged = status != null && status != statusBefore;
        boolean noted = note != null && !note.isBlank();
        return statusChanged || noted;
    }
}
