package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cxcadence.domain.ActionField;
import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.ActionUpdate;

/**
 * Action items one at a time, as the Actions screen and the live session change them. Each call is
 * one transaction on the writer. What the history must show (a status change, a new due date, a
 * note, an edit of a field with what it was and what it became) is recorded as an
 * {@link ActionUpdate} dated {@code on}, in the same transaction as the change itself.
 * {@link #upsert} (adding, imports) records nothing; {@link #edit} records each changed field.
 * <p>
 * A due-date change alone is recorded without a note or status, so it never counts as progress
 * (CONTRACT.md).
 */
public final class ActionItemRepository {
    /** The fields {@link #edit} saves and records (owner, status and due date have their own calls). */
    public static final List<ActionField> EDITABLE = List.of(ActionField.TITLE, ActionField.CUSTOMER_IMPACT,
            ActionField.TOPIC_AREA, ActionField.JOURNEY_STAGE, ActionField.KIND, ActionField.BLOCKER);

    private final Database db;

    public ActionItemRepository(Database db) {
        this.db = db;
    }

    /** An action removed by {@link #delete}, with its place in the list, so {@link #restore} puts it back as it was. */
    public record DeletedAction(ActionItem action, int listOrder) {
    }

    public List<ActionItem> list() {
        return db.read(ActionItemRows::listAll);
    }

    public Optional<ActionItem> find(String id) {
        return db.read(c -> Optional.ofNullable(ActionItemRows.find(c, id)));
    }

    /**
     * Adds a new action (with any updates it carries) at the end of the list, or rewrites the fields
     * of an existing one in place, keeping its recorded updates.
     */
    public void upsert(ActionItem action) {
        db.write(c -> {
            if (!ActionItemRows.updateFields(c, action)) {
                ActionItemRows.insert(c, action, OrderedRows.nextListOrder(c, "action_items"));
            }
        });
    }

    /**
     * Saves edits of an action's own fields ({@link #EDITABLE}: title, customer impact, topic area,
     * journey stage, kind, blocker), taken from {@code edited}; its owner, status, due date and
     * updates stay as stored, so an edit typed while a status change is saved never undoes it.
     * Each changed field is recorded as an edit dated {@code on}, in session {@code meetingId} or
     * between sessions ({@code null}).
     * <p>
     * {@code continuing} says this save continues a burst of typing in one field: when the action's
     * last entry is an edit of that same field, on the same day and in the same session, it is
     * amended (its "from" kept, its "to" replaced, removed when the field is back where it was)
     * instead of adding one entry per pause in the typing.
     */
    public void edit(ActionItem edited, String meetingId, LocalDate on, boolean continuing) {
        db.write(c -> {
            ActionItem stored = require(c, edited.id());
            ActionItem merged = new ActionItem(stored.id(), edited.title(), stored.ownerId(), stored.status(),
                    edited.topicAreaId(), stored.meetingId(), stored.agendaItemId(), stored.due(),
                    edited.customerImpact(), edited.kind(), edited.journeyStageId(), edited.blocker(),
                    stored.createdAt(), stored.completedAt(), stored.updates());
            List<ActionUpdate> edits = ActionUpdate.edits(stored, merged, EDITABLE, meetingId, on);
            if (edits.isEmpty()) {
                return;
            }
            ActionItemRows.updateFields(c, merged);
            ActionUpdate last = stored.updates().isEmpty() ? null : stored.updates().getLast();
            if (continuing && edits.size() == 1 && last != null && last.isEditOnly()
                    && last.field() == edits.getFirst().field() && last.date().equals(on)
                    && Objects.equals(last.meetingId(), meetingId)) {
                String to = edits.getFirst().to();
                if (Objects.equals(last.from(), to)) {
                    ActionItemRows.removeLastUpdate(c, edited.id());
                } else {
                    ActionItemRows.replaceLastUpdate(c, edited.id(),
                            ActionUpdate.edit(meetingId, on, last.field(), last.from(), to));
                }
                return;
            }
            for (ActionUpdate e : edits) {
                ActionItemRows.appendUpdate(c, edited.id(), e);
            }
        });
    }

    /** Adds or rewrites several actions in one transaction (an import: all or nothing). */
    public void upsertAll(List<ActionItem> items) {
        db.write(c -> {
            for (ActionItem a : items) {
                if (!ActionItemRows.updateFields(c, a)) {
                    ActionItemRows.insert(c, a, OrderedRows.nextListOrder(c, "action_items"));
                }
            }
        });
    }

    /** Appends an update (a session's word on the action) without changing the action's fields. */
    public void addUpdate(String actionId, ActionUpdate update) {
        db.write(c -> {
            require(c, actionId);
            ActionItemRows.appendUpdate(c, actionId, update);
        });
    }

    /**
     * Sets the status and records it with an optional note. Done sets {@code completedAt} to {@code at};
     * any other status clears it. Setting the status it already has records only the note, if any.
     *
     * @param meetingId the session it was said in, or {@code null} between sessions
     */
    public void setStatus(String actionId, ActionStatus status, String note, String meetingId, OffsetDateTime at) {
        db.write(c -> {
            ActionItem a = require(c, actionId);
            boolean changed = a.status() != status;
            if (!changed && (note == null || note.isBlank())) {
                return;
            }
            OffsetDateTime completedAt = status == ActionStatus.DONE ? (changed ? at : a.completedAt()) : null;
            String blocker = status == ActionStatus.BLOCKED ? a.blocker() : null;
            ActionItemRows.updateFields(c, with(a, status, a.due(), a.ownerId(), blocker, completedAt));
            ActionItemRows.appendUpdate(c, actionId, new ActionUpdate(meetingId, at.toLocalDate(),
                    changed ? status : null, blank(note) ? null : note, null));
        });
    }

    /**
     * Sets a new due date and records it (not progress). Clearing the date ({@code null}) is recorded
     * as an edit of {@link ActionField#DUE} from the old date, because an update's empty due means "unchanged".
     */
    public void setDue(String actionId, LocalDate due, String meetingId, LocalDate on) {
        db.write(c -> {
            ActionItem a = require(c, actionId);
            if (Objects.equals(a.due(), due)) {
                return;
            }
            ActionItemRows.updateFields(c, with(a, a.status(), due, a.ownerId(), a.blocker(), a.completedAt()));
            ActionItemRows.appendUpdate(c, actionId, due != null ? new ActionUpdate(meetingId, on, null, null, due)
                    : ActionUpdate.edit(meetingId, on, ActionField.DUE, a.due().toString(), null));
        });
    }

    /** Adds a note to the action's history (progress, CONTRACT.md). */
    public void addNote(String actionId, String note, String meetingId, LocalDate on) {
        addUpdate(actionId, new ActionUpdate(meetingId, on, null, note, null));
    }

    /**
     * Gives one action to another owner; the history records the edit of {@link ActionField#OWNER}
     * (from whom, to whom). A new owner is not progress.
     */
    public void setOwner(String actionId, String ownerId, String meetingId, LocalDate on) {
        db.write(c -> {
            ActionItem a = require(c, actionId);
            if (a.ownerId().equals(ownerId)) {
                return;
            }
            ActionItemRows.updateFields(c, with(a, a.status(), a.due(), ownerId, a.blocker(), a.completedAt()));
            ActionItemRows.appendUpdate(c, actionId, ActionUpdate.edit(meetingId, on, ActionField.OWNER, a.ownerId(),
                    ownerId));
        });
    }

    /**
     * Gives every open action of {@code fromOwnerId} to {@code toOwnerId} in one transaction, each
     * recording the edit of its owner; returns the ids moved, in list order. Done and dropped ones
     * stay, because they are the former owner's record.
     */
    public List<String> reassignOpen(String fromOwnerId, String toOwnerId, LocalDate on) {
        return db.inTransaction(c -> {
            List<String> moved = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id FROM action_items WHERE owner_id = ? AND status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED')
                    ORDER BY list_order, id""")) {
                ps.setString(1, fromOwnerId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        moved.add(rs.getString(1));
                    }
                }
            }
            for (String id : moved) {
                Sql.execute(c, "UPDATE action_items SET owner_id = ? WHERE id = ?", toOwnerId, id);
                ActionItemRows.appendUpdate(c, id, ActionUpdate.edit(null, on, ActionField.OWNER, fromOwnerId,
                        toOwnerId));
            }
            return List.copyOf(moved);
        });
    }

    /** Deletes an action created by mistake, with its updates; returns what {@link #restore} needs to undo it. */
    public Optional<DeletedAction> delete(String actionId) {
        return db.inTransaction(c -> {
            ActionItem a = ActionItemRows.find(c, actionId);
            if (a == null) {
                return Optional.empty();
            }
            int order = ActionItemRows.listOrder(c, actionId);
            Sql.execute(c, "DELETE FROM action_updates WHERE action_item_id = ?", actionId);
            Sql.execute(c, "DELETE FROM action_items WHERE id = ?", actionId);
            return Optional.of(new DeletedAction(a, order));
        });
    }

    /** Puts a deleted action back, updates and place in the list included (undo of {@link #delete}). */
    public void restore(DeletedAction deleted) {
        db.write(c -> ActionItemRows.insert(c, deleted.action(), deleted.listOrder()));
    }

    private static ActionItem require(Connection c, String id) throws SQLException {
        ActionItem a = ActionItemRows.find(c, id);
        if (a == null) {
            throw new StoreException("no action item with id " + id);
        }
        return a;
    }

    private static ActionItem with(ActionItem a, ActionStatus status, LocalDate due, String ownerId, String blocker,
                                   OffsetDateTime completedAt) {
        return new ActionItem(a.id(), a.title(), ownerId, status, a.topicAreaId(), a.meetingId(), a.agendaItemId(),
                due, a.customerImpact(), a.kind(), a.journeyStageId(), blocker, a.createdAt(), completedAt,
                a.updates());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
