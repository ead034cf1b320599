package org.cxcadence.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaOutcome;
import org.cxcadence.domain.Attendance;
import org.cxcadence.domain.Decision;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.MetricSnapshotEntry;

/** Sessions with their attendance, agenda (links, decisions) and metrics snapshot. */
final class MeetingRows {
    private static final String INSERT_MEETING = """
            INSERT INTO meetings (id, list_order, series_id, title, start, duration_minutes, status,
                                  actual_start, actual_end, rating)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_ATTENDANCE = """
            INSERT INTO attendance (meeting_id, position, person_id, present, delegate_name) VALUES (?, ?, ?, ?, ?)""";
    private static final String INSERT_AGENDA_ITEM = """
            INSERT INTO agenda_items (id, meeting_id, position, title, kind, topic_area_id, presenter_id,
                                      planned_minutes, prep_notes, notes, spent_seconds, outcome, carried_from_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_LINK = """
            INSERT INTO agenda_links (agenda_item_id, position, link) VALUES (?, ?, ?)""";
    private static final String INSERT_DECISION = """
            INSERT INTO decisions (id, agenda_item_id, position, text) VALUES (?, ?, ?, ?)""";
    private static final String INSERT_SNAPSHOT = """
            INSERT INTO metric_snapshot (meeting_id, position, metric_id, period, segment_id, value, target)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private static final String SELECT_MEETINGS = """
            SELECT id, series_id, title, start, duration_minutes, status, actual_start, actual_end, rating
            FROM meetings""";
    private static final String SELECT_ATTENDANCE = """
            SELECT meeting_id, person_id, present, delegate_name FROM attendance""";
    private static final String SELECT_AGENDA_ITEMS = """
            SELECT meeting_id, id, title, kind, topic_area_id, presenter_id, planned_minutes, prep_notes, notes,
                   spent_seconds, outcome, carried_from_id
            FROM agenda_items""";
    private static final String SELECT_LINKS = """
            SELECT agenda_item_id, link FROM agenda_links""";
    private static final String SELECT_DECISIONS = """
            SELECT agenda_item_id, id, text FROM decisions""";
    private static final String SELECT_SNAPSHOT = """
            SELECT meeting_id, metric_id, period, segment_id, value, target
            FROM metric_snapshot""";
    /** Restricts a child query to the sessions whose ids are in the JSON array parameter. */
    private static final String OF_MEETINGS = " WHERE meeting_id IN (SELECT value FROM json_each(?))";
    private static final String OF_ITEMS_OF_MEETINGS =
            " WHERE agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id IN (SELECT value FROM json_each(?)))";

    private MeetingRows() {
    }

    static void insertAll(Connection c, List<Meeting> meetings) throws SQLException {
        insertAll(c, meetings, 0);
    }

    /** Inserts {@code meetings} with list orders from {@code firstOrder}, so a large workspace is written in chunks. */
    static void insertAll(Connection c, List<Meeting> meetings, int firstOrder) throws SQLException {
        try (PreparedStatement meeting = c.prepareStatement(INSERT_MEETING);
             PreparedStatement attendance = c.prepareStatement(INSERT_ATTENDANCE);
             PreparedStatement agenda = c.prepareStatement(INSERT_AGENDA_ITEM);
             PreparedStatement link = c.prepareStatement(INSERT_LINK);
             PreparedStatement decision = c.prepareStatement(INSERT_DECISION);
             PreparedStatement snapshot = c.prepareStatement(INSERT_SNAPSHOT)) {
            for (int i = 0; i < meetings.size(); i++) {
                Meeting m = meetings.get(i);
                meeting.setString(1, m.id());
                meeting.setInt(2, firstOrder + i);
                Sql.setNullable(meeting, 3, m.seriesId());
                meeting.setString(4, m.title());
                meeting.setString(5, m.start().toString());
                meeting.setInt(6, m.durationMinutes());
                meeting.setString(7, m.status().name());
                Sql.setNullable(meeting, 8, m.actualStart());
                Sql.setNullable(meeting, 9, m.actualEnd());
                Sql.setNullable(meeting, 10, m.rating());
                meeting.executeUpdate();
                insertAttendance(attendance, m);
                insertAgenda(agenda, link, decision, m);
                insertSnapshot(snapshot, m);
            }
        }
    }

    private static void insertAttendance(PreparedStatement ps, Meeting m) throws SQLException {
        for (int p = 0; p < m.attendance().size(); p++) {
            Attendance a = m.attendance().get(p);
            ps.setString(1, m.id());
            ps.setInt(2, p);
            ps.setString(3, a.personId());
            ps.setInt(4, a.present() ? 1 : 0);
            Sql.setNullable(ps, 5, a.delegateName());
            ps.executeUpdate();
        }
    }

    private static void insertAgenda(PreparedStatement agenda, PreparedStatement link, PreparedStatement decision,
                                     Meeting m) throws SQLException {
        for (int p = 0; p < m.agenda().size(); p++) {
            AgendaItem a = m.agenda().get(p);
            agenda.setString(1, a.id());
            agenda.setString(2, m.id());
            agenda.setInt(3, p);
            agenda.setString(4, a.title());
            agenda.setString(5, a.kind().name());
            Sql.setNullable(agenda, 6, a.topicAreaId());
            Sql.setNullable(agenda, 7, a.presenterId());
            Sql.setNullable(agenda, 8, a.plannedMinutes());
            Sql.setNullable(agenda, 9, a.prepNotes());
            Sql.setNullable(agenda, 10, a.notes());
            Sql.setNullable(agenda, 11, a.spentSeconds());
            Sql.setNullable(agenda, 12, a.outcome());
            Sql.setNullable(agenda, 13, a.carriedFromId());
            agenda.executeUpdate();
            for (int l = 0; l < a.links().size(); l++) {
                link.setString(1, a.id());
                link.setInt(2, l);
                link.setString(3, a.links().get(l));
                link.executeUpdate();
            }
            for (int d = 0; d < a.decisions().size(); d++) {
                Decision dec = a.decisions().get(d);
                decision.setString(1, dec.id());
                decision.setString(2, a.id());
                decision.setInt(3, d);
                decision.setString(4, dec.text());
                decision.executeUpdate();
            }
        }
    }

    /** Replaces one session's metric snapshot (the values as the room saw them when it ended). */
    static void replaceSnapshot(Connection c, Meeting m) throws SQLException {
        Sql.execute(c, "DELETE FROM metric_snapshot WHERE meeting_id = ?", m.id());
        try (PreparedStatement snapshot = c.prepareStatement(INSERT_SNAPSHOT)) {
            insertSnapshot(snapshot, m);
        }
    }

    private static void insertSnapshot(PreparedStatement ps, Meeting m) throws SQLException {
        for (int p = 0; p < m.metricSnapshot().size(); p++) {
            MetricSnapshotEntry e = m.metricSnapshot().get(p);
            ps.setString(1, m.id());
            ps.setInt(2, p);
            ps.setString(3, e.metricId());
            ps.setString(4, e.period());
            Sql.setNullable(ps, 5, e.segmentId());
            Sql.setNullable(ps, 6, e.value());
            Sql.setNullable(ps, 7, e.target());
            ps.executeUpdate();
        }
    }

    static List<Meeting> listAll(Connection c) throws SQLException {
        return list(c, null);
    }

    /** Sessions with their children, for the ids given only; in list order. */
    static List<Meeting> listByIds(Connection c, java.util.Collection<String> ids) throws SQLException {
        return ids.isEmpty() ? List.of() : list(c, Children.jsonArray(ids));
    }

    /** Every session's header: attendance, agenda and snapshot left empty (lists and schedules need no more). */
    static List<Meeting> listHeaders(Connection c) throws SQLException {
        return meetings(c, null, Map.of(), Map.of(), Map.of());
    }

    private static List<Meeting> list(Connection c, String idsJson) throws SQLException {
        String[] p = idsJson == null ? new String[0] : new String[] {idsJson};
        String ofMeetings = idsJson == null ? "" : OF_MEETINGS;
        String ofItems = idsJson == null ? "" : OF_ITEMS_OF_MEETINGS;
        Map<String, List<Attendance>> attendance = Children.group(c,
                SELECT_ATTENDANCE + ofMeetings + " ORDER BY meeting_id, position", rs -> new Attendance(
                rs.getString("person_id"), rs.getInt("present") == 1, rs.getString("delegate_name")), p);
        Map<String, List<String>> links = Children.group(c,
                SELECT_LINKS + ofItems + " ORDER BY agenda_item_id, position", rs -> rs.getString("link"), p);
        Map<String, List<Decision>> decisions = Children.group(c,
                SELECT_DECISIONS + ofItems + " ORDER BY agenda_item_id, position",
                rs -> new Decision(rs.getString("id"), rs.getString("text")), p);
        Map<String, List<AgendaItem>> agenda = Children.group(c,
                SELECT_AGENDA_ITEMS + ofMeetings + " ORDER BY meeting_id, position", rs -> {
            String id = rs.getString("id");
            return new AgendaItem(id, rs.getString("title"), AgendaItemKind.valueOf(rs.getString("kind")),
                    rs.getString("topic_area_id"), rs.getString("presenter_id"),
                    Sql.getInteger(rs, "planned_minutes"), rs.getString("prep_notes"),
                    links.getOrDefault(id, List.of()), rs.getString("notes"),
                    Sql.getLongOrNull(rs, "spent_seconds"), Sql.getEnum(rs, "outcome", AgendaOutcome.class),
                    rs.getString("carried_from_id"), decisions.getOrDefault(id, List.of()));
        }, p);
        Map<String, List<MetricSnapshotEntry>> snapshots = Children.group(c,
                SELECT_SNAPSHOT + ofMeetings + " ORDER BY meeting_id, position",
                rs -> new MetricSnapshotEntry(rs.getString("metric_id"), rs.getString("period"),
                        rs.getString("segment_id"), decimal(rs, "value"), decimal(rs, "target")), p);
        return meetings(c, idsJson, attendance, agenda, snapshots);
    }

    private static List<Meeting> meetings(Connection c, String idsJson, Map<String, List<Attendance>> attendance,
                                          Map<String, List<AgendaItem>> agenda,
                                          Map<String, List<MetricSnapshotEntry>> snapshots) throws SQLException {
        String sql = SELECT_MEETINGS + (idsJson == null ? "" : " WHERE id IN (SELECT value FROM json_each(?))")
                + " ORDER BY list_order, id";
        List<Meeting> meetings = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (idsJson != null) {
                ps.setString(1, idsJson);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("id");
                    meetings.add(new Meeting(id, rs.getString("series_id"), rs.getString("title"),
                            StoredTimes.offsetDateTime(rs.getString("start")), rs.getInt("duration_minutes"),
                            MeetingStatus.valueOf(rs.getString("status")), dateTime(rs, "actual_start"),
                            dateTime(rs, "actual_end"), attendance.getOrDefault(id, List.of()),
                            Sql.getInteger(rs, "rating"), agenda.getOrDefault(id, List.of()),
                            snapshots.getOrDefault(id, List.of())));
                }
            }
        }
        return meetings;
    }

    static OffsetDateTime dateTime(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : StoredTimes.offsetDateTime(text);
    }

    /** Exact decimal from its text form: the scale written is the scale read (45.50 stays 45.50). */
    static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : new BigDecimal(text);
    }
}
