package org.cxcadence.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Full-text search over session titles, agenda titles and notes, decisions and actions (the FTS5
 * table {@code search_index}, kept in step by triggers and {@link SearchIndex}). Each hit names its
 * session and carries a snippet whose matched terms are wrapped in {@link #MARK_START} and
 * {@link #MARK_END}.
 */
public final class SearchRepository {
    /** Private-use characters around each highlighted term in {@link Hit#snippet()}. */
    public static final char MARK_START = '\uE000';
    public static final char MARK_END = '\uE001';
    public static final String ELLIPSIS = "…";
    private static final int SNIPPET_TOKENS = 24;

    /*
     * FTS5 sorts by its "rank" column itself and stops at the LIMIT, so the snippet (the costly part)
     * is made for the hits shown only, not for every row that matches a common word. Ties in rank at
     * the limit are cut in FTS5's order; within the hits shown, the order is rank, session, id.
     */
    private static final String SEARCH = """
            WITH top AS MATERIALIZED (
                SELECT kind, ref_id, coalesce(title, '') AS title,
                       snippet(search_index, -1, char(57344), char(57345), '…', %d) AS snip,
                       rank
                FROM search_index
                WHERE search_index MATCH ?
                ORDER BY rank
                LIMIT ?
            ), hits AS (
                SELECT t.kind, t.ref_id, t.title, t.snip, t.rank,
                       CASE t.kind
                           WHEN 'meeting' THEN t.ref_id
                           WHEN 'agenda_item' THEN (SELECT meeting_id FROM agenda_items WHERE id = t.ref_id)
                           WHEN 'decision' THEN (SELECT a.meeting_id FROM decisions d
                                                 JOIN agenda_items a ON a.id = d.agenda_item_id WHERE d.id = t.ref_id)
                           WHEN 'action_item' THEN (SELECT meeting_id FROM action_items WHERE id = t.ref_id)
                       END AS meeting_id
                FROM top t
            )
            SELECT h.kind, h.ref_id, h.title, h.snip, h.meeting_id, m.title AS meeting_title, m.start
            FROM hits h LEFT JOIN meetings m ON m.id = h.meeting_id
            ORDER BY h.rank, m.start DESC, h.ref_id""".formatted(SNIPPET_TOKENS);

    private final Database db;

    public SearchRepository(Database db) {
        this.db = db;
    }

    /** Hits for what a person typed, best first; never a syntax error, empty when nothing is searchable. */
    public List<Hit> search(String userText, int limit) {
        Optional<String> query = SearchQuery.toFts5(userText);
        if (query.isEmpty()) {
            return List.of();
        }
        if (!db.isReadOnly() && db.read(SearchIndex::isBehind)) {
            // Edits mark their entries instead of rewriting them at every autosave (migration V002).
            db.writeDerived(SearchIndex::catchUp);
        }
        return db.read(c -> {
            List<Hit> hits = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SEARCH)) {
                ps.setString(1, query.get());
                ps.setInt(2, Math.max(1, limit));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String start = rs.getString("start");
                        hits.add(new Hit(Kind.of(rs.getString("kind")), rs.getString("ref_id"), rs.getString("title"),
                                rs.getString("snip"), rs.getString("meeting_id"), rs.getString("meeting_title"),
                                start == null ? null : StoredTimes.offsetDateTime(start)));
                    }
                }
            } catch (SQLException e) {
                if (isFtsSyntaxError(e)) {
                    // SearchQuery quotes every term, so this is not expected; an empty result beats an error dialog.
                    return List.<Hit>of();
                }
                throw e;
            }
            return hits;
        });
    }

    private static boolean isFtsSyntaxError(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("fts5") || m.contains("syntax error");
    }

    /** What a hit is. */
    public enum Kind {
        MEETING, AGENDA_ITEM, DECISION, ACTION_ITEM;

        static Kind of(String stored) {
            return switch (stored) {
                case "meeting" -> MEETING;
                case "agenda_item" -> AGENDA_ITEM;
                case "decision" -> DECISION;
                default -> ACTION_ITEM;
            };
        }
    }

    /**
     * One hit.
     *
     * @param meetingId {@code null} for an action raised outside any session
     * @param snippet   the best-matching text around the hit, matched terms between the marks
     */
    public record Hit(Kind kind, String refId, String title, String snippet, String meetingId, String meetingTitle,
                      OffsetDateTime meetingStart) {
    }
}
