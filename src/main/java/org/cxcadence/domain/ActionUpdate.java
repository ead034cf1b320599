package org.cxcadence.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What was said or changed about an action item on a given day, in a session (its id) or between
 * sessions: a status, a note, a new due date, or an edit of one field with what it was and what it
 * became.
 *
 * @param status the status set by this update, or {@code null} when it did not change it
 * @param due    the due date set by this update, or {@code null} when it did not change it
 * @param field  the field an edit changed, or {@code null} for a status, note or due-date update
 * @param from   the field's value before the edit ({@link ActionField#valueIn}), {@code null} when it was empty
 * @param to     the field's value after the edit, {@code null} when it was cleared
 */
public record ActionUpdate(String meetingId, LocalDate date, ActionStatus status, String note,
                           LocalDate due, ActionField field, String from, String to) {
    public ActionUpdate {
        Require.present(date, "date");
        Require.notes(note, "note");
        Require.notes(from, "from");
        Require.notes(to, "to");
        if (field == null && (from != null || to != null)) {
            throw new DomainException(from != null ? "from" : "to", "only an edit (with a field) has from and to");
        }
        if (field != null && Objects.equals(from, to)) {
            throw new DomainException("to", "an edit must change the field (from equals to)");
        }
    }

    /** A status, note or due-date update. */
    public ActionUpdate(String meetingId, LocalDate date, ActionStatus status, String note, LocalDate due) {
        this(meetingId, date, status, note, due, null, null, null);
    }

    /** An edit of one field, from one value to another. */
    public static ActionUpdate edit(String meetingId, LocalDate date, ActionField field, String from, String to) {
        return new ActionUpdate(meetingId, date, null, null, null, Objects.requireNonNull(field, "field"), from, to);
    }

    /** One edit entry per field (of {@code fields}) that differs between {@code before} and {@code after}. */
    public static List<ActionUpdate> edits(ActionItem before, ActionItem after, List<ActionField> fields,
                                           String meetingId, LocalDate date) {
        List<ActionUpdate> edits = new ArrayList<>();
        for (ActionField f : fields) {
            String was = f.valueIn(before);
            String is = f.valueIn(after);
            if (!Objects.equals(was, is)) {
                edits.add(edit(meetingId, date, f, was, is));
            }
        }
        return List.copyOf(edits);
    }

    /** An edit of a field (title, impact, owner …), as opposed to a status, note or due-date update. */
    public boolean isEdit() {
        return field != null;
    }

    /** An edit and nothing else: no status, note or due date (minutes and the brief leave these out). */
    public boolean isEditOnly() {
        return field != null && status == null && due == null && (note == null || note.isBlank());
    }

    /** Progress is a status change or a note; a new due date alone is not (CONTRACT.md). */
    public boolean isProgress(ActionStatus statusBefore) {
        boolean statusChanged = status != null && status != statusBefore;
        boolean noted = note != null && !note.isBlank();
        return statusChanged || noted;
    }
}
