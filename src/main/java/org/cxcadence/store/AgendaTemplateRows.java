package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaTemplate;
import org.cxcadence.domain.CalendarInvitation;
import org.cxcadence.domain.TemplateSection;

/** Agenda templates with their sections, and the calendar invitations sent per session. */
final class AgendaTemplateRows {
    private static final String UPSERT = """
            INSERT INTO agenda_templates (id, list_order, name, series_id) VALUES (?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, series_id = excluded.series_id""";
    private static final String INSERT_SECTION = """
            INSERT INTO agenda_template_sections (template_id, position, title, kind, topic_area_id, planned_minutes)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String SELECT = "SELECT id, name, series_id FROM agenda_templates ORDER BY list_order, id";
    private static final String SELECT_SECTIONS = """
            SELECT template_id, title, kind, topic_area_id, planned_minutes
            FROM agenda_template_sections ORDER BY template_id, position""";
    private static final String UPSERT_INVITATION = """
            INSERT INTO calendar_invitations (meeting_id, sequence, fingerprint) VALUES (?, ?, ?)
            ON CONFLICT (meeting_id) DO UPDATE SET sequence = excluded.sequence, fingerprint = excluded.fingerprint""";

    private AgendaTemplateRows() {
    }

    static void insertAll(Connection c, List<AgendaTemplate> templates) throws SQLException {
        for (int i = 0; i < templates.size(); i++) {
            upsert(c, templates.get(i), i);
        }
    }

    static void upsert(Connection c, AgendaTemplate t, int listOrder) throws SQLException {
        if (t.seriesId() != null) {
            // One default per series: a new default releases the old one, which stays as a named template.
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE agenda_templates SET series_id = NULL WHERE series_id = ? AND id <> ?")) {
                ps.setString(1, t.seriesId());
                ps.setString(2, t.id());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, t.id());
            ps.setInt(2, listOrder);
            ps.setString(3, t.name());
            Sql.setNullable(ps, 4, t.seriesId());
            ps.executeUpdate();
        }
        Sql.execute(c, "DELETE FROM agenda_template_sections WHERE template_id = ?", t.id());
        try (PreparedStatement ps = c.prepareStatement(INSERT_SECTION)) {
            for (int p = 0; p < t.sections().size(); p++) {
                TemplateSection s = t.sections().get(p);
                ps.setString(1, t.id());
                ps.setInt(2, p);
                ps.setString(3, s.title());
                ps.setString(4, s.kind().name());
                Sql.setNullable(ps, 5, s.topicAreaId());
                Sql.setNullable(ps, 6, s.plannedMinutes());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static List<AgendaTemplate> listAll(Connection c) throws SQLException {
        Map<String, List<TemplateSection>> sections = Children.group(c, SELECT_SECTIONS, rs -> new TemplateSection(
                rs.getString("title"), AgendaItemKind.valueOf(rs.getString("kind")), rs.getString("topic_area_id"),
                Sql.getInteger(rs, "planned_minutes")));
        List<AgendaTemplate> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString("id");
                all.add(new AgendaTemplate(id, rs.getString("name"), rs.getString("series_id"),
                        sections.getOrDefault(id, List.of())));
            }
        }
        return all;
    }

    static void insertInvitations(Connection c, List<CalendarInvitation> invitations) throws SQLException {
        for (CalendarInvitation i : invitations) {
            saveInvitation(c, i);
        }
    }

    static void saveInvitation(Connection c, CalendarInvitation i) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT_INVITATION)) {
            ps.setString(1, i.meetingId());
            ps.setInt(2, i.sequence());
            Sql.setNullable(ps, 3, i.fingerprint());
            ps.executeUpdate();
        }
    }

    static List<CalendarInvitation> listInvitations(Connection c) throws SQLException {
        List<CalendarInvitation> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT i.meeting_id, i.sequence, i.fingerprint FROM calendar_invitations i "
                        + "JOIN meetings m ON m.id = i.meeting_id ORDER BY m.list_order, m.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(new CalendarInvitation(rs.getString(1), rs.getInt(2), rs.getString(3)));
            }
        }
        return all;
    }
}
