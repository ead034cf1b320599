package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionKind;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.ActionUpdate;

/** Action items with their updates, in the order they were given. */
final class ActionItemRows {
    private static final String INSERT = """
            INSERT INTO action_items (id, list_order, title, owner_id, status, topic_area_id, meeting_id,
                                      agenda_item_id, due, customer_impact, kind, journey_stage_id, blocker,
                                      created_at, completed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_UPDATE = """
            INSERT INTO action_updates (action_item_id, position, meeting_id, date, status, note, due)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String SELECT = """
            SELECT id, title, owner_id, status, topic_area_id, meeting_id, agenda_item_id, due, customer_impact,
                   kind, journey_stage_id, blocker, created_at, completed_at
            FROM action_items ORDER BY list_order, id""";
    private static final String SELECT_UPDATES = """
            SELECT action_item_id, meeting_id, date, status, note, due
            FROM action_updates ORDER BY action_item_id, position""";

    private ActionItemRows() {
    }

    static void insertAll(Connection c, List<ActionItem> items) throws SQLException {
        try (PreparedStatement action = c.prepareStatement(INSERT);
             PreparedStatement update = c.prepareStatement(INSERT_UPDATE)) {
            for (int i = 0; i < items.size(); i++) {
                ActionItem a = items.get(i);
                action.setString(1, a.id());
                action.setInt(2, i);
                action.setString(3, a.title());
                action.setString(4, a.ownerId());
                action.setString(5, a.status().name());
                Sql.setNullable(action, 6, a.topicAreaId());
                Sql.setNullable(action, 7, a.meetingId());
                Sql.setNullable(action, 8, a.agendaItemId());
                Sql.setNullable(action, 9, a.due());
                Sql.setNullable(action, 10, a.customerImpact());
                Sql.setNullable(action, 11, a.kind());
                Sql.setNullable(action, 12, a.journeyStageId());
                Sql.setNullable(action, 13, a.blocker());
                Sql.setNullable(action, 14, a.createdAt());
                Sql.setNullable(action, 15, a.completedAt());
                action.executeUpdate();
                for (int p = 0; p < a.updates().size(); p++) {
                    ActionUpdate u = a.updates().get(p);
                    update.setString(1, a.id());
                    update.setInt(2, p);
                    Sql.setNullable(update, 3, u.meetingId());
                    update.setString(4, u.date().toString());
                    Sql.setNullable(update, 5, u.status());
                    Sql.setNullable(update, 6, u.note());
                    Sql.setNullable(update, 7, u.due());
                    update.executeUpdate();
                }
            }
        }
    }

    static List<ActionItem> listAll(Connection c) throws SQLException {
        Map<String, List<ActionUpdate>> updates = Children.group(c, SELECT_UPDATES, rs -> new ActionUpdate(
                rs.getString("meeting_id"), LocalDate.parse(rs.getString("date")),
                Sql.getEnum(rs, "status", ActionStatus.class), rs.getString("note"), date(rs, "due")));
        List<ActionItem> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString("id");
                items.add(new ActionItem(id, rs.getString("title"), rs.getString("owner_id"),
                        ActionStatus.valueOf(rs.getString("status")), rs.getString("topic_area_id"),
                        rs.getString("meeting_id"), rs.getString("agenda_item_id"), date(rs, "due"),
                        rs.getString("customer_impact"), Sql.getEnum(rs, "kind", ActionKind.class),
                        rs.getString("journey_stage_id"), rs.getString("blocker"),
                        MeetingRows.dateTime(rs, "created_at"), MeetingRows.dateTime(rs, "completed_at"),
                        updates.getOrDefault(id, List.of())));
            }
        }
        return items;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }
}
