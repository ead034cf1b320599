package org.cxcadence.store;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;

import org.cxcadence.domain.AgendaTemplate;
import org.cxcadence.domain.MeetingSeries;

/** Meeting series (with default attendees) and agenda templates, edited one at a time. */
public final class SeriesRepository {
    private static final String UPSERT = """
            INSERT INTO series (id, list_order, name, cadence, duration_minutes, weekday, time, time_zone, facilitator_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, cadence = excluded.cadence, duration_minutes = excluded.duration_minutes,
                weekday = excluded.weekday, time = excluded.time, time_zone = excluded.time_zone,
                facilitator_id = excluded.facilitator_id""";

    private final Database db;

    public SeriesRepository(Database db) {
        this.db = db;
    }

    public List<MeetingSeries> list() {
        return db.read(SeriesRows::listAll);
    }

    public Optional<MeetingSeries> find(String id) {
        return list().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Adds the series at the end of the list or updates it; its default attendees are replaced. */
    public void upsert(MeetingSeries s) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
                ps.setString(1, s.id());
                ps.setInt(2, OrderedRows.nextListOrder(c, "series"));
                ps.setString(3, s.name());
                ps.setString(4, s.cadence().name());
                ps.setInt(5, s.durationMinutes());
                Sql.setNullable(ps, 6, s.weekday());
                Sql.setNullable(ps, 7, s.time());
                Sql.setNullable(ps, 8, s.timeZone());
                Sql.setNullable(ps, 9, s.facilitatorId());
                ps.executeUpdate();
            }
            Sql.execute(c, "DELETE FROM series_attendees WHERE series_id = ?", s.id());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO series_attendees (series_id, position, person_id) VALUES (?, ?, ?)")) {
                for (int p = 0; p < s.attendeeIds().size(); p++) {
                    ps.setString(1, s.id());
                    ps.setInt(2, p);
                    ps.setString(3, s.attendeeIds().get(p));
                    ps.executeUpdate();
                }
            }
        });
    }

    public List<AgendaTemplate> templates() {
        return db.read(AgendaTemplateRows::listAll);
    }

    /** The series' default agenda template, if it has one. */
    public Optional<AgendaTemplate> templateOf(String seriesId) {
        return templates().stream().filter(t -> seriesId.equals(t.seriesId())).findFirst();
    }

    /** Adds or replaces a template (its sections too); a series default takes over from the old default. */
    public void upsertTemplate(AgendaTemplate template) {
        db.write(c -> AgendaTemplateRows.upsert(c, template, OrderedRows.nextListOrder(c, "agenda_templates")));
    }

    public void deleteTemplate(String id) {
        db.write(c -> Sql.execute(c, "DELETE FROM agenda_templates WHERE id = ?", id));
    }
}
