package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cxcadence.domain.ActionField;
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
    private static final String UPDATE_FIELDS = """
            UPDATE action_items SET title = ?, owner_id = ?, status = ?, topic_area_id = ?, meeting_id = ?,
                                    agenda_item_id = ?, due = ?, customer_impact = ?, kind = ?,
                                    journey_stage_id = ?, blocker = ?, created_at = ?, completed_at = ?
            WHERE id = ?""";
    private static final String INSERT_UPDATE = """
            INSERT INTO action_updates (action_item_id, position, meeting_id, date, status, note, due, field,
                                        from_value, to_value)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SELECT = """
            SELECT id, title, owner_id, status, topic_area_id, meeting_id, agenda_item_id, due, customer_impact,
                   kind, journey_stage_id, blocker, created_at, completed_at
            FROM action_items""";
    private static final String SELECT_UPDATES = """
            SELECT action_item_id, meeting_id, date, status, note, due, field, from_value, to_value
            FROM action_updates""";

    private ActionItemRows() {
    }

    static void insertAll(Connection c, List<ActionItem> items) throws SQLException {
        insertAll(c, items, 0);
    }

    /**
     * Inserts {@code items} with list orders from {@code firstOrder}, reusing two prepared statements
     * (import and the benchmark generator write hundreds of thousands of rows this way).
     */
    static void insertAll(Connection c, List<ActionItem> items, int firstOrder) throws SQLException {
        try (PreparedStatement action = c.prepareStatement(INSERT);
             PreparedStatement update = c.prepareStatement(INSERT_UPDATE)) {
            for (int i = 0; i < items.size(); i++) {
                ActionItem a = items.get(i);
                action.setString(1, a.id());
                action.setInt(2, firstOrder + i);
                bindFields(action, a, 3);
                action.executeUpdate();
                for (int p = 0; p < a.updates().size(); p++) {
                    bindUpdate(update, a.id(), p, a.updates().get(p));
                    update.executeUpdate();
                }
            }
        }
    }

    /** Inserts one action with all its updates at the given place in the list. */
    static void insert(Connection c, ActionItem a, int listOrder) throws SQLException {
        try (PreparedStatement action = c.prepareStatement(INSERT)) {
            action.setString(1, a.id());
            action.setInt(2, listOrder);
            bindFields(action, a, 3);
            action.executeUpdate();
        }
        for (int p = 0; p < a.updates().size(); p++) {
            insertUpdate(c, a.id(), p, a.updates().get(p));
        }
    }

    /** Rewrites the fields of an existing action (not its updates); false when there is no such action. */
    static boolean updateFields(Connection c, ActionItem a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE_FIELDS)) {
            bindFields(ps, a, 1);
            ps.setString(14, a.id());
            return ps.executeUpdate() == 1;
        }
    }

    /** Binds title … completed_at (13 parameters) from {@code first}. */
    private static void bindFields(PreparedStatement ps, ActionItem a, int first) throws SQLException {
        int i = first;
        ps.setString(i++, a.title());
        ps.setString(i++, a.ownerId());
        ps.setString(i++, a.status().name());
        Sql.setNullable(ps, i++, a.topicAreaId());
        Sql.setNullable(ps, i++, a.meetingId());
        Sql.setNullable(ps, i++, a.agendaItemId());
        Sql.setNullable(ps, i++, a.due());
        Sql.setNullable(ps, i++, a.customerImpact());
        Sql.setNullable(ps, i++, a.kind());
        Sql.setNullable(ps, i++, a.journeyStageId());
        Sql.setNullable(ps, i++, a.blocker());
        Sql.setNullable(ps, i++, a.createdAt());
        Sql.setNullable(ps, i, a.completedAt());
    }

    static void insertUpdate(Connection c, String actionId, int position, ActionUpdate u) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(INSERT_UPDATE)) {
            bindUpdate(update, actionId, position, u);
            update.executeUpdate();
        }
    }

    private static void bindUpdate(PreparedStatement update, String actionId, int position, ActionUpdate u)
            throws SQLException {
        update.setString(1, actionId);
        update.setInt(2, position);
        Sql.setNullable(update, 3, u.meetingId());
        update.setString(4, u.date().toString());
        Sql.setNullable(update, 5, u.status());
        Sql.setNullable(update, 6, u.note());
        Sql.setNullable(update, 7, u.due());
        Sql.setNullable(update, 8, u.field());
        Sql.setNullable(update, 9, u.from());
        Sql.setNullable(update, 10, u.to());
    }

    /** Appends an update after the action's last one. */
    static void appendUpdate(Connection c, String actionId, ActionUpdate u) throws SQLException {
        insertUpdate(c, actionId, lastPosition(c, actionId) + 1, u);
    }

    /** Puts {@code u} in place of the action's last update (a burst of typing amends its entry). */
    static void replaceLastUpdate(Connection c, String actionId, ActionUpdate u) throws SQLException {
        removeLastUpdate(c, actionId);
        appendUpdate(c, actionId, u);
    }

    static void removeLastUpdate(Connection c, String actionId) throws SQLException {
        int last = lastPosition(c, actionId);
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM action_updates WHERE action_item_id = ? AND position = ?")) {
            ps.setString(1, actionId);
            ps.setInt(2, last);
            ps.executeUpdate();
        }
    }

    /** The position of the action's last update, -1 when it has none. */
    private static int lastPosition(Connection c, String actionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(max(position), -1) FROM action_updates WHERE action_item_id = ?")) {
            ps.setString(1, actionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        }
    }

    static List<ActionItem> listAll(Connection c) throws SQLException {
        Map<String, List<ActionUpdate>> updates = Children.group(c,
                SELECT_UPDATES + " ORDER BY action_item_id, position", ActionItemRows::update);
        List<ActionItem> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY list_order, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                items.add(item(rs, updates.getOrDefault(rs.getString("id"), List.of())));
            }
        }
        return items;
    }

    /** The actions matching {@code where} (over action_items' columns, string parameters), with their updates, in list order. */
    static List<ActionItem> listWhere(Connection c, String where, String... params) throws SQLException {
        return listWhere(c, updatesWhere(c, where, params), where, params);
    }

    /** The updates of the actions matching {@code where}, by action: one half of a read on two connections. */
    static Map<String, List<ActionUpdate>> updatesWhere(Connection c, String where, String... params) throws SQLException {
        return Children.group(c, SELECT_UPDATES
                + " WHERE action_item_id IN (SELECT id FROM action_items WHERE " + where + ")"
                + " ORDER BY action_item_id, position", ActionItemRows::update, params);
    }

    /** The actions matching {@code where} with the updates given (none for those missing from them). */
    static List<ActionItem> listWhere(Connection c, Map<String, List<ActionUpdate>> updates, String where, String... params)
            throws SQLException {
        List<ActionItem> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE " + where + " ORDER BY list_order, id")) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(item(rs, updates.getOrDefault(rs.getString("id"), List.of())));
                }
            }
        }
        return items;
    }

    /** One action with its updates, or {@code null}. */
    static ActionItem find(Connection c, String id) throws SQLException {
        List<ActionUpdate> updates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_UPDATES + " WHERE action_item_id = ? ORDER BY position")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    updates.add(update(rs));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? item(rs, updates) : null;
            }
        }
    }

    static Integer listOrder(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT list_order FROM action_items WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    private static ActionUpdate update(ResultSet rs) throws SQLException {
        return new ActionUpdate(rs.getString("meeting_id"), StoredTimes.localDate(rs.getString("date")),
                Sql.getEnum(rs, "status", ActionStatus.class), rs.getString("note"), date(rs, "due"),
                Sql.getEnum(rs, "field", ActionField.class), rs.getString("from_value"), rs.getString("to_value"));
    }

    private static ActionItem item(ResultSet rs, List<ActionUpdate> updates) throws SQLException {
        return new ActionItem(rs.getString("id"), rs.getString("title"), rs.getString("owner_id"),
                ActionStatus.valueOf(rs.getString("status")), rs.getString("topic_area_id"),
                rs.getString("meeting_id"), rs.getString("agenda_item_id"), date(rs, "due"),
                rs.getString("customer_impact"), Sql.getEnum(rs, "kind", ActionKind.class),
                rs.getString("journey_stage_id"), rs.getString("blocker"),
                MeetingRows.dateTime(rs, "created_at"), MeetingRows.dateTime(rs, "completed_at"), updates);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : StoredTimes.localDate(text);
    }
}
