package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the History list shows and filters on for every session, counted and gathered in SQL instead
 * of reading every agenda, decision and action: see {@link SessionFacts}.
 */
final class HistoryFactsRows {
    private static final String COUNTS = """
            SELECT m.id,
                   (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id),
                   (SELECT count(*) FROM agenda_items a JOIN decisions d ON d.agenda_item_id = a.id
                     WHERE a.meeting_id = m.id),
                   (SELECT count(*) FROM action_items x WHERE x.meeting_id = m.id)
            FROM meetings m""";
    private static final String TOPICS = """
            SELECT DISTINCT meeting_id, topic_area_id FROM agenda_items WHERE topic_area_id IS NOT NULL""";
    /** Present at it, presented in it, owns an action raised in it, or an action of theirs was updated in it. */
    private static final String PEOPLE = """
            SELECT meeting_id, person_id FROM attendance WHERE present = 1
            UNION SELECT meeting_id, presenter_id FROM agenda_items WHERE presenter_id IS NOT NULL
            UNION SELECT meeting_id, owner_id FROM action_items WHERE meeting_id IS NOT NULL
            UNION SELECT u.meeting_id, a.owner_id FROM action_updates u JOIN action_items a ON a.id = u.action_item_id
                  WHERE u.meeting_id IS NOT NULL""";

    private HistoryFactsRows() {
    }

    static Map<String, SessionFacts> all(Connection c) throws SQLException {
        Map<String, Set<String>> topics = pairs(c, TOPICS);
        Map<String, Set<String>> people = pairs(c, PEOPLE);
        Map<String, SessionFacts> facts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(COUNTS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                facts.put(id, new SessionFacts(id, rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        Set.copyOf(topics.getOrDefault(id, Set.of())), Set.copyOf(people.getOrDefault(id, Set.of()))));
            }
        }
        return facts;
    }

    private static Map<String, Set<String>> pairs(Connection c, String sql) throws SQLException {
        Map<String, Set<String>> byMeeting = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byMeeting.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
            }
        }
        return byMeeting;
    }
}
