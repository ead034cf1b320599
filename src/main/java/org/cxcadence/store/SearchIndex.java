package org.cxcadence.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Brings the search entries that edits have marked (table {@code search_pending}, migration V002) up to
 * date: each marked entry is removed from {@code search_index} and written again from its source row, if
 * the row is still there. Run in a write transaction before a search, when a workspace is opened for
 * writing (marks left by a crash) and when it is closed.
 */
final class SearchIndex {
    private SearchIndex() {
    }

    /** Whether any entry waits to be brought up to date. */
    static boolean isBehind(Connection c) throws SQLException {
        return Sql.queryInt(c, "SELECT EXISTS (SELECT 1 FROM search_pending)") == 1;
    }

    /** {@link #catchUp} as write work for the queue. */
    static Void caughtUp(Connection c) throws SQLException {
        catchUp(c);
        return null;
    }

    /** Rewrites every marked entry from its source row; call inside a write transaction. */
    static void catchUp(Connection c) throws SQLException {
        if (!isBehind(c)) {
            return;
        }
        Sql.execute(c, "DELETE FROM search_index WHERE rowid IN (SELECT entry FROM search_pending)");
        // The same rows and columns as the insert triggers of V001 write.
        Sql.execute(c, """
                INSERT INTO search_index (rowid, kind, ref_id, title, body)
                SELECT m.row_no * 4 + 0, 'meeting', m.id, m.title, NULL
                FROM search_pending p JOIN meetings m ON m.row_no = p.entry / 4 WHERE p.entry % 4 = 0
                UNION ALL
                SELECT a.row_no * 4 + 1, 'agenda_item', a.id, a.title, concat_ws(char(10), a.prep_notes, a.notes)
                FROM search_pending p JOIN agenda_items a ON a.row_no = p.entry / 4 WHERE p.entry % 4 = 1
                UNION ALL
                SELECT d.row_no * 4 + 2, 'decision', d.id, NULL, d.text
                FROM search_pending p JOIN decisions d ON d.row_no = p.entry / 4 WHERE p.entry % 4 = 2
                UNION ALL
                SELECT x.row_no * 4 + 3, 'action_item', x.id, x.title, x.customer_impact
                FROM search_pending p JOIN action_items x ON x.row_no = p.entry / 4 WHERE p.entry % 4 = 3""");
        Sql.execute(c, "DELETE FROM search_pending");
    }
}
