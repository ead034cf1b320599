package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.Attendance;
import org.cxcadence.domain.CalendarInvitation;
import org.cxcadence.domain.Decision;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Person;

/**
 * Sessions edited piece by piece: the header, the status, one agenda item at a time, the agenda's
 * order, attendance. Each method is one transaction on the writer, so every edit is saved at once
 * and a crash loses at most the edit in flight. Reads return whole {@link Meeting} records.
 */
public final class MeetingRepository {
    private static final String UPSERT_MEETING = """
            INSERT INTO meetings (id, list_order, series_id, title, start, duration_minutes, status,
                                  actual_start, actual_end, rating)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                series_id = excluded.series_id, title = excluded.title, start = excluded.start,
                duration_minutes = excluded.duration_minutes, status = excluded.status,
                actual_start = excluded.actual_start, actual_end = excluded.actual_end, rating = excluded.rating""";
    private static final String INSERT_ITEM = """
            INSERT INTO agenda_items (id, meeting_id, position, title, kind, topic_area_id, presenter_id,
                                      planned_minutes, prep_notes, notes, spent_seconds, outcome, carried_from_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Database db;

    public MeetingRepository(Database db) {
        this.db = db;
    }

    public List<Meeting> list() {
        return db.read(MeetingRows::listAll);
    }

    /** One session with its attendance, agenda and snapshot, read by id (not by listing every session). */
    public Optional<Meeting> find(String id) {
        return db.read(c -> MeetingRows.listByIds(c, List.of(id))).stream().findFirst();
    }

    /** The sessions with these ids, whole, in list order. */
    public List<Meeting> listByIds(java.util.Collection<String> ids) {
        return db.read(c -> MeetingRows.listByIds(c, ids));
    }

    /** Every session's {@link SessionFacts} by id, counted in SQL (the History list and its filters). */
    public java.util.Map<String, SessionFacts> historyFacts() {
        return db.read(HistoryFactsRows::all);
    }

    /** Every session without its children (attendance, agenda and snapshot empty): for choosing one. */
    public List<Meeting> listHeaders() {
        return db.read(MeetingRows::listHeaders);
    }

    /** Adds a session with its whole agenda and attendance, or updates an existing one's header only. */
    public void upsertMeeting(Meeting m) {
        db.write(c -> {
            boolean exists = exists(c, m.id());
            upsertHeader(c, m);
            if (!exists) {
                for (AgendaItem item : m.agenda()) {
                    insertItem(c, m.id(), item, nextPosition(c, m.id()));
                }
                writeAttendance(c, m.id(), m.attendance());
            }
        });
    }

    public void setStatus(String meetingId, MeetingStatus status) {
        db.write(c -> requireOne(update(c, "UPDATE meetings SET status = ? WHERE id = ?", status.name(), meetingId),
                meetingId));
    }

    public void reschedule(String meetingId, OffsetDateTime start, int durationMinutes) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE meetings SET start = ?, duration_minutes = ? WHERE id = ?")) {
                ps.setString(1, start.toString());
                ps.setInt(2, durationMinutes);
                ps.setString(3, meetingId);
                requireOne(ps.executeUpdate(), meetingId);
            }
        });
    }

    /**
     * Adds the item at the end of the session's agenda, or updates its fields (links and decisions
     * included) where it is.
     */
    public void upsertAgendaItem(String meetingId, AgendaItem item) {
        db.write(c -> upsertItem(c, meetingId, item));
    }

    /**
     * Checks the item against its presenter as stored and saves it, in one write transaction (an
     * autosave after each pause in typing: no read transaction of its own before it). {@code checked}
     * gets the presenter (none, or the one person) and returns the item to save, or throws, which
     * rolls the transaction back.
     */
    public void upsertAgendaItem(String meetingId, AgendaItem item,
                                 Function<List<Person>, AgendaItem> checked) {
        db.write(c -> upsertItem(c, meetingId, item, checked));
    }

    /** Inserts or updates the item and puts it at {@code index} (0-based) of the agenda. */
    public void putAgendaItem(String meetingId, AgendaItem item, int index) {
        db.write(c -> {
            upsertItem(c, meetingId, item);
            List<String> ids = new ArrayList<>(agendaIds(c, meetingId));
            ids.remove(item.id());
            ids.add(Math.clamp(index, 0, ids.size()), item.id());
            reorder(c, meetingId, ids);
        });
    }

    public void removeAgendaItem(String meetingId, String itemId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM agenda_items WHERE id = ? AND meeting_id = ?")) {
                ps.setString(1, itemId);
                ps.setString(2, meetingId);
                ps.executeUpdate();
            }
        });
    }

    /** Puts the given items first, in that order, and any others after them in their current order. */
    public void reorderAgenda(String meetingId, List<String> itemIdsInOrder) {
        db.write(c -> reorder(c, meetingId, itemIdsInOrder));
    }

    /** Replaces the whole agenda (an imported agenda pack), in one transaction. */
    public void replaceAgenda(String meetingId, List<AgendaItem> agenda) {
        db.write(c -> {
            Sql.execute(c, "DELETE FROM agenda_items WHERE meeting_id = ?", meetingId);
            for (int p = 0; p < agenda.size(); p++) {
                insertItem(c, meetingId, agenda.get(p), p);
            }
        });
    }

    /** Adds or updates the session's header and replaces its whole agenda, in one transaction. */
    public void replaceSession(Meeting m) {
        db.write(c -> {
            upsertHeader(c, m);
            Sql.execute(c, "DELETE FROM agenda_items WHERE meeting_id = ?", m.id());
            for (int p = 0; p < m.agenda().size(); p++) {
                insertItem(c, m.id(), m.agenda().get(p), p);
            }
        });
    }

    public void setAttendance(String meetingId, List<Attendance> attendance) {
        db.write(c -> writeAttendance(c, meetingId, attendance));
    }

    public Optional<CalendarInvitation> invitation(String meetingId) {
        return db.read(c -> AgendaTemplateRows.listInvitations(c).stream()
                .filter(i -> i.meetingId().equals(meetingId)).findFirst());
    }

    public void saveInvitation(CalendarInvitation invitation) {
        db.write(c -> AgendaTemplateRows.saveInvitation(c, invitation));
    }

    /**
     * Saves a session as it ends or is reopened, in one transaction: the header (status, actual
     * times, rating), every agenda item (notes, time spent, outcome, decisions) and the metric snapshot.
     */
    public void saveSession(Meeting m) {
        db.write(c -> {
            upsertHeader(c, m);
            for (AgendaItem item : m.agenda()) {
                upsertItem(c, m.id(), item);
            }
            MeetingRows.replaceSnapshot(c, m);
        });
    }

    /** Runs several edits in one transaction: all of them are stored, or none. */
    public void inOneTransaction(SqlAction work) {
        db.write(work);
    }

    // --- rows, usable inside inOneTransaction ---

    static void upsertHeader(Connection c, Meeting m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT_MEETING)) {
            ps.setString(1, m.id());
            ps.setInt(2, OrderedRows.nextListOrder(c, "meetings"));
            Sql.setNullable(ps, 3, m.seriesId());
            ps.setString(4, m.title());
            ps.setString(5, m.start().toString());
            ps.setInt(6, m.durationMinutes());
            ps.setString(7, m.status().name());
            Sql.setNullable(ps, 8, m.actualStart());
            Sql.setNullable(ps, 9, m.actualEnd());
            Sql.setNullable(ps, 10, m.rating());
            ps.executeUpdate();
        }
    }

    static void upsertItem(Connection c, String meetingId, AgendaItem item) throws SQLException {
        upsertItem(c, meetingId, item, null);
    }

    /*
     * An autosave sends the whole item after every pause in typing, and mostly one text has changed. The
     * stored item (row, links, decisions and the presenter to check) is read in one statement and only the
     * columns that differ are written: an UPDATE that names topic, presenter or carried-from rewrites their
     * index entries and checks their foreign keys even when the values are the same (docs/PERFORMANCE.md).
     * No ORDER BY: it made SQLite sort each part in a temporary b-tree; links and decisions are put in
     * order by their positions here.
     */
    private static final String STORED_ITEM = """
            SELECT 0 AS part, 0 AS position, title, kind, topic_area_id, presenter_id, planned_minutes,
                   prep_notes, notes, spent_seconds, outcome, carried_from_id
            FROM agenda_items WHERE id = ?1 AND meeting_id = ?2
            UNION ALL
            SELECT 1, position, link, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM agenda_links WHERE agenda_item_id = ?1
            UNION ALL
            SELECT 2, position, id, text, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM decisions WHERE agenda_item_id = ?1
            UNION ALL
            SELECT 3, 0, id, name, silo, title, email, position, active, NULL, NULL, NULL
            FROM people WHERE id = ?3""";
    private static final String[] ITEM_COLUMNS = {"title", "kind", "topic_area_id", "presenter_id",
            "planned_minutes", "prep_notes", "notes", "spent_seconds", "outcome", "carried_from_id"};

    private static void upsertItem(Connection c, String meetingId, AgendaItem item,
                                   Function<List<Person>, AgendaItem> checked)
            throws SQLException {
        Object[] stored = null;
        StoredChildren children = new StoredChildren();
        List<Person> presenter = new ArrayList<>(1);
        try (PreparedStatement ps = CachedStatements.prepare(c, STORED_ITEM)) {
            ps.setString(1, item.id());
            ps.setString(2, meetingId);
            Sql.setNullable(ps, 3, item.presenterId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    switch (rs.getInt(1)) {
                        case 0 -> {
                            stored = new Object[ITEM_COLUMNS.length];
                            for (int i = 0; i < stored.length; i++) {
                                stored[i] = rs.getObject(3 + i);
                            }
                        }
                        case 1 -> children.link(rs.getInt(2), rs.getString(3));
                        case 3 -> presenter.add(PersonRepository.map(rs, 3));
                        default -> children.decision(rs.getInt(2), rs.getString(3), rs.getString(4));
                    }
                }
            }
        }
        AgendaItem toSave = checked == null ? item : checked.apply(presenter);
        if (stored == null) {
            insertItem(c, meetingId, toSave, nextPosition(c, meetingId));
            return;
        }
        Object[] values = {toSave.title(), toSave.kind().name(), toSave.topicAreaId(), toSave.presenterId(),
                toSave.plannedMinutes(), toSave.prepNotes(), toSave.notes(), toSave.spentSeconds(),
                toSave.outcome() == null ? null : toSave.outcome().name(), toSave.carriedFromId()};
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (!sameStoredValue(stored[i], values[i])) {
                changed.add(i);
            }
        }
        if (!changed.isEmpty()) {
            StringBuilder sql = new StringBuilder("UPDATE agenda_items SET ");
            for (int i = 0; i < changed.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(ITEM_COLUMNS[changed.get(i)]).append(" = ?");
            }
            sql.append(" WHERE id = ? AND meeting_id = ?");
            try (PreparedStatement ps = CachedStatements.prepare(c, sql.toString())) {
                for (int i = 0; i < changed.size(); i++) {
                    Sql.setNullable(ps, i + 1, values[changed.get(i)]);
                }
                ps.setString(changed.size() + 1, toSave.id());
                ps.setString(changed.size() + 2, meetingId);
                ps.executeUpdate();
            }
        }
        writeChildren(c, toSave, children);
    }

    /** SQLite hands back integers as Integer or Long by size; the item holds Integer or Long by field. */
    private static boolean sameStoredValue(Object stored, Object value) {
        if (stored instanceof Number s && value instanceof Number v) {
            return s.longValue() == v.longValue();
        }
        return Objects.equals(stored, value);
    }

    /** An item's links and decisions as stored, in order of position (empty for a new item). */
    private static final class StoredChildren {
        private final java.util.TreeMap<Integer, String> links = new java.util.TreeMap<>();
        private final java.util.TreeMap<Integer, String[]> decisions = new java.util.TreeMap<>();

        void link(int position, String link) {
            links.put(position, link);
        }

        void decision(int position, String id, String text) {
            decisions.put(position, new String[] {id, text});
        }

        List<String> links() {
            return List.copyOf(links.values());
        }

        List<String> decisionIds() {
            return decisions.values().stream().map(d -> d[0]).toList();
        }

        List<String> decisionTexts() {
            return decisions.values().stream().map(d -> d[1]).toList();
        }
    }

    private static void insertItem(Connection c, String meetingId, AgendaItem a, int position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_ITEM)) {
            ps.setString(1, a.id());
            ps.setString(2, meetingId);
            ps.setInt(3, position);
            ps.setString(4, a.title());
            ps.setString(5, a.kind().name());
            Sql.setNullable(ps, 6, a.topicAreaId());
            Sql.setNullable(ps, 7, a.presenterId());
            Sql.setNullable(ps, 8, a.plannedMinutes());
            Sql.setNullable(ps, 9, a.prepNotes());
            Sql.setNullable(ps, 10, a.notes());
            Sql.setNullable(ps, 11, a.spentSeconds());
            Sql.setNullable(ps, 12, a.outcome());
            Sql.setNullable(ps, 13, a.carriedFromId());
            ps.executeUpdate();
        }
        writeChildren(c, a, new StoredChildren());
    }

    private static void writeChildren(Connection c, AgendaItem a, StoredChildren stored) throws SQLException {
        // An autosave rewrites the item after every pause in typing: leave links and decisions alone when
        // they are as stored (most saves), so a save is one row and not a dozen (docs/PERFORMANCE.md).
        if (!stored.links().equals(a.links())) {
            Sql.execute(c, "DELETE FROM agenda_links WHERE agenda_item_id = ?", a.id());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO agenda_links (agenda_item_id, position, link) VALUES (?, ?, ?)")) {
                for (int l = 0; l < a.links().size(); l++) {
                    ps.setString(1, a.id());
                    ps.setInt(2, l);
                    ps.setString(3, a.links().get(l));
                    ps.executeUpdate();
                }
            }
        }
        // Decisions keep their rows (and search entries) by id; only removed ones go.
        List<String> keep = a.decisions().stream().map(Decision::id).toList();
        List<String> storedIds = stored.decisionIds();
        List<String> storedTexts = stored.decisionTexts();
        if (storedIds.equals(keep) && storedTexts.equals(a.decisions().stream().map(Decision::text).toList())) {
            return;
        }
        for (String id : storedIds) {
            if (!keep.contains(id)) {
                Sql.execute(c, "DELETE FROM decisions WHERE id = ?", id);
            }
        }
        for (int d = 0; d < a.decisions().size(); d++) {
            Decision dec = a.decisions().get(d);
            // negative positions first, so the UNIQUE (agenda_item_id, position) never clashes mid-way
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO decisions (id, agenda_item_id, position, text) VALUES (?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET position = excluded.position, text = excluded.text""")) {
                ps.setString(1, dec.id());
                ps.setString(2, a.id());
                ps.setInt(3, -1 - d);
                ps.setString(4, dec.text());
                ps.executeUpdate();
            }
        }
        Sql.execute(c, "UPDATE decisions SET position = -1 - position WHERE agenda_item_id = ? AND position < 0", a.id());
    }

    static void reorder(Connection c, String meetingId, List<String> idsInOrder) throws SQLException {
        List<String> current = agendaIds(c, meetingId);
        List<String> ordered = new ArrayList<>();
        for (String id : idsInOrder) {
            if (!current.contains(id)) {
                throw new StoreException("cannot reorder the agenda of " + meetingId + ": no item " + id);
            }
            if (!ordered.contains(id)) {
                ordered.add(id);
            }
        }
        current.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
        try (PreparedStatement ps = c.prepareStatement("UPDATE agenda_items SET position = ? WHERE id = ?")) {
            for (int pass = 0; pass < 2; pass++) { // first out of the way (negative), then into place
                for (int i = 0; i < ordered.size(); i++) {
                    ps.setInt(1, pass == 0 ? -1 - i : i);
                    ps.setString(2, ordered.get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static List<String> agendaIds(Connection c, String meetingId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position")) {
            ps.setString(1, meetingId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static int nextPosition(Connection c, String meetingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(max(position) + 1, 0) FROM agenda_items WHERE meeting_id = ?")) {
            ps.setString(1, meetingId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void writeAttendance(Connection c, String meetingId, List<Attendance> attendance)
            throws SQLException {
        Sql.execute(c, "DELETE FROM attendance WHERE meeting_id = ?", meetingId);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO attendance (meeting_id, position, person_id, present, delegate_name) VALUES (?, ?, ?, ?, ?)")) {
            for (int p = 0; p < attendance.size(); p++) {
                Attendance a = attendance.get(p);
                ps.setString(1, meetingId);
                ps.setInt(2, p);
                ps.setString(3, a.personId());
                ps.setInt(4, a.present() ? 1 : 0);
                Sql.setNullable(ps, 5, a.delegateName());
                ps.executeUpdate();
            }
        }
    }

    private static boolean exists(Connection c, String meetingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM meetings WHERE id = ?")) {
            ps.setString(1, meetingId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int update(Connection c, String sql, String a, String b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, a);
            ps.setString(2, b);
            return ps.executeUpdate();
        }
    }

    private static void requireOne(int updated, String meetingId) {
        if (updated == 0) {
            throw new StoreException("no session with id " + meetingId);
        }
    }
}
