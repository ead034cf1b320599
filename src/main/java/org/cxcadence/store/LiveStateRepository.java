package org.cxcadence.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a live session stands (the item on screen and since when), saved at every item switch so
 * that after a crash the app reopens the session at that item with its timer still running.
 */
public final class LiveStateRepository {

    /** The item on screen and the instant it came on screen. */
    public record LiveState(String meetingId, String currentItemId, Instant itemStartedAt) {
    }

    private final Database db;

    public LiveStateRepository(Database db) {
        this.db = db;
    }

    public Optional<LiveState> find(String meetingId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT current_item_id, item_started_at FROM live_state WHERE meeting_id = ?")) {
                ps.setString(1, meetingId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String started = rs.getString(2);
                    return Optional.of(new LiveState(meetingId, rs.getString(1),
                            started == null ? null : Instant.parse(started)));
                }
            }
        });
    }

    public void save(LiveState state) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO live_state (meeting_id, current_item_id, item_started_at) VALUES (?, ?, ?)
                    ON CONFLICT (meeting_id) DO UPDATE SET current_item_id = excluded.current_item_id,
                        item_started_at = excluded.item_started_at""")) {
                ps.setString(1, state.meetingId());
                ps.setString(2, state.currentItemId());
                ps.setString(3, state.itemStartedAt() == null ? null : state.itemStartedAt().toString());
                ps.executeUpdate();
            }
        });
    }

    public void clear(String meetingId) {
        db.write(c -> Sql.execute(c, "DELETE FROM live_state WHERE meeting_id = ?", meetingId));
    }
}
