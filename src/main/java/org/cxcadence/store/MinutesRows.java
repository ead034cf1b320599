package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxcadence.domain.MinutesCorrection;
import org.cxcadence.domain.MinutesRecord;

/** Minutes records (sent mark) with their dated corrections. */
final class MinutesRows {
    private static final String INSERT_RECORD = """
            INSERT INTO minutes_records (meeting_id, list_order, sent_at) VALUES (?, ?, ?)""";
    private static final String INSERT_CORRECTION = """
            INSERT INTO minutes_corrections (id, meeting_id, position, date, agenda_item_id, text)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String SELECT_RECORDS = """
            SELECT meeting_id, sent_at FROM minutes_records ORDER BY list_order, meeting_id""";
    private static final String SELECT_CORRECTIONS = """
            SELECT meeting_id, id, date, agenda_item_id, text FROM minutes_corrections ORDER BY meeting_id, position""";

    private MinutesRows() {
    }

    static void insertAll(Connection c, List<MinutesRecord> records) throws SQLException {
        for (int i = 0; i < records.size(); i++) {
            insert(c, records.get(i), i);
        }
    }

    static void insert(Connection c, MinutesRecord r, int listOrder) throws SQLException {
        try (PreparedStatement record = c.prepareStatement(INSERT_RECORD);
             PreparedStatement correction = c.prepareStatement(INSERT_CORRECTION)) {
            record.setString(1, r.meetingId());
            record.setInt(2, listOrder);
            Sql.setNullable(record, 3, r.sentAt());
            record.executeUpdate();
            for (int p = 0; p < r.corrections().size(); p++) {
                MinutesCorrection k = r.corrections().get(p);
                correction.setString(1, k.id());
                correction.setString(2, r.meetingId());
                correction.setInt(3, p);
                correction.setString(4, k.date().toString());
                Sql.setNullable(correction, 5, k.agendaItemId());
                correction.setString(6, k.text());
                correction.executeUpdate();
            }
        }
    }

    static List<MinutesRecord> listAll(Connection c) throws SQLException {
        Map<String, List<MinutesCorrection>> corrections = Children.group(c, SELECT_CORRECTIONS,
                rs -> new MinutesCorrection(rs.getString("id"), StoredTimes.localDate(rs.getString("date")),
                        rs.getString("agenda_item_id"), rs.getString("text")));
        List<MinutesRecord> records = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_RECORDS);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString("meeting_id");
                records.add(new MinutesRecord(id, MeetingRows.dateTime(rs, "sent_at"),
                        corrections.getOrDefault(id, List.of())));
            }
        }
        return records;
    }
}
