package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.cxcadence.domain.MinutesCorrection;

/**
 * What happens to a session after it ended: minutes marked sent, dated corrections, and reopening
 * a session that was ended by mistake. Each call is one write transaction.
 */
public final class MinutesRepository {
    private final Database db;

    public MinutesRepository(Database db) {
        this.db = db;
    }

    /** Marks the minutes sent at {@code sentAt}, or not sent when it is {@code null}. */
    public void setSent(String meetingId, OffsetDateTime sentAt) {
        db.write(c -> {
            requireMeeting(c, meetingId);
            ensureRecord(c, meetingId);
            try (PreparedStatement ps = c.prepareStatement("UPDATE minutes_records SET sent_at = ? WHERE meeting_id = ?")) {
                Sql.setNullable(ps, 1, sentAt);
                ps.setString(2, meetingId);
                ps.executeUpdate();
            }
        });
    }

    /**
     * Records a dated correction and, when {@code newNotes} is not {@code null}, replaces the notes of
     * the agenda item it names, in the same transaction.
     */
    public void addCorrection(String meetingId, MinutesCorrection correction, String newNotes) {
        db.write(c -> {
            requireMeeting(c, meetingId);
            ensureRecord(c, meetingId);
            if (correction.agendaItemId() != null) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT 1 FROM agenda_items WHERE id = ? AND meeting_id = ?")) {
                    ps.setString(1, correction.agendaItemId());
                    ps.setString(2, meetingId);
                    if (!ps.executeQuery().next()) {
                        throw new StoreException("no agenda item " + correction.agendaItemId() + " in session " + meetingId);
                    }
                }
                if (newNotes != null) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE agenda_items SET notes = ? WHERE id = ?")) {
                        Sql.setNullable(ps, 1, newNotes.isEmpty() ? null : newNotes);
                        ps.setString(2, correction.agendaItemId());
                        ps.executeUpdate();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO minutes_corrections (id, meeting_id, position, date, agenda_item_id, text)
                    VALUES (?, ?, (SELECT coalesce(max(position) + 1, 0) FROM minutes_corrections WHERE meeting_id = ?),
                            ?, ?, ?)""")) {
                ps.setString(1, correction.id());
                ps.setString(2, meetingId);
                ps.setString(3, meetingId);
                ps.setString(4, correction.date().toString());
                Sql.setNullable(ps, 5, correction.agendaItemId());
                ps.setString(6, correction.text());
                ps.executeUpdate();
            }
        });
    }

    /**
     * Sets a completed session back to in progress (ended by mistake); the actual end is cleared, the
     * notes, decisions and minutes records stay. Returns false when the session was not completed.
     */
    public boolean reopen(String meetingId) {
        return db.inTransaction(c -> {
            requireMeeting(c, meetingId);
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE meetings SET status = 'IN_PROGRESS', actual_end = NULL
                    WHERE id = ? AND status = 'COMPLETED'""")) {
                ps.setString(1, meetingId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static void requireMeeting(Connection c, String meetingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM meetings WHERE id = ?")) {
            ps.setString(1, meetingId);
            if (!ps.executeQuery().next()) {
                throw new StoreException("no session with id " + meetingId);
            }
        }
    }

    private static void ensureRecord(Connection c, String meetingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO minutes_records (meeting_id, list_order, sent_at)
                VALUES (?, (SELECT coalesce(max(list_order) + 1, 0) FROM minutes_records), NULL)
                ON CONFLICT (meeting_id) DO NOTHING""")) {
            ps.setString(1, meetingId);
            ps.executeUpdate();
        }
    }
}
