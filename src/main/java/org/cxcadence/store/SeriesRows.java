package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cxcadence.domain.Cadence;
import org.cxcadence.domain.MeetingSeries;

/** Meeting series and their default attendees (in invitation order). */
final class SeriesRows {
    private static final String INSERT = """
            INSERT INTO series (id, list_order, name, cadence, duration_minutes, weekday, time, time_zone, facilitator_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_ATTENDEE = """
            INSERT INTO series_attendees (series_id, position, person_id) VALUES (?, ?, ?)""";
    private static final String SELECT = """
            SELECT id, name, cadence, duration_minutes, weekday, time, time_zone, facilitator_id
            FROM series ORDER BY list_order, id""";
    private static final String SELECT_ATTENDEES = """
            SELECT series_id, person_id FROM series_attendees ORDER BY series_id, position""";

    private SeriesRows() {
    }

    static void insertAll(Connection c, List<MeetingSeries> all) throws SQLException {
        try (PreparedStatement series = c.prepareStatement(INSERT);
             PreparedStatement attendees = c.prepareStatement(INSERT_ATTENDEE)) {
            for (int i = 0; i < all.size(); i++) {
                MeetingSeries s = all.get(i);
                series.setString(1, s.id());
                series.setInt(2, i);
                series.setString(3, s.name());
                series.setString(4, s.cadence().name());
                series.setInt(5, s.durationMinutes());
                Sql.setNullable(series, 6, s.weekday());
                Sql.setNullable(series, 7, s.time());
                Sql.setNullable(series, 8, s.timeZone());
                Sql.setNullable(series, 9, s.facilitatorId());
                series.executeUpdate();
                for (int p = 0; p < s.attendeeIds().size(); p++) {
                    attendees.setString(1, s.id());
                    attendees.setInt(2, p);
                    attendees.setString(3, s.attendeeIds().get(p));
                    attendees.addBatch();
                }
            }
            attendees.executeBatch();
        }
    }

    static List<MeetingSeries> listAll(Connection c) throws SQLException {
        Map<String, List<String>> attendees = Children.group(c, SELECT_ATTENDEES, rs -> rs.getString("person_id"));
        List<MeetingSeries> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString("id");
                String weekday = rs.getString("weekday");
                String time = rs.getString("time");
                all.add(new MeetingSeries(id, rs.getString("name"), Cadence.valueOf(rs.getString("cadence")),
                        rs.getInt("duration_minutes"), weekday == null ? null : DayOfWeek.valueOf(weekday),
                        time == null ? null : LocalTime.parse(time), rs.getString("time_zone"),
                        rs.getString("facilitator_id"), attendees.getOrDefault(id, List.of())));
            }
        }
        return all;
    }
}
