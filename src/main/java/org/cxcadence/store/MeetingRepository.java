package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.Attendance;
import org.cxcadence.domain.CalendarInvitation;
import org.cxcadence.domain.Decision;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;

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
    private static final String UPDATE_ITEM = """
            UPDATE agenda_items SET title = ?, kind = ?, topic_area_id = ?, presenter_id = ?, planned_minutes = ?,
                prep_notes = ?, notes = ?, spent_seconds = ?, outcome = ?, carried_from_id = ?
            WHERE id = ? AND meeting_id = ?""";

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
                                 java.util.function.Function<List<org.cxcadence.domain.Person>, AgendaItem> checked) {
        db.write(c -> upsertItem(c, meetingId, checked.apply(item.presenterId() == null ? List.of()
                : PersonRepository.find(c, item.presenterId()).stream().toList())));
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
        int updated;
        try (PreparedStatement ps = c.prepareStatement(UPDATE_ITEM)) {
            ps.setString(1, item.title());
            ps.setString(2, item.kind().name());
            Sql.setNullable(ps, 3, item.topicAreaId());
            Sql.setNullable(ps, 4, item.presenterId());
            Sql.setNullable(ps, 5, item.plannedMinutes());
            Sql.setNullable(ps, 6, item.prepNotes());
            Sql.setNullable(ps, 7, item.notes());
            Sql.setNullable(ps, 8, item.spentSeconds());
            Sql.setNullable(ps, 9, item.outcome());
            Sql.setNullable(ps, 10, item.carriedFromId());
            ps.setString(11, item.id());
            ps.setString(12, meetingId);
            updated = ps.executeUpdate();
        }
        if (updated == 0) {
            insertItem(c, meetingId, item, nextPosition(c, meetingId));
        } else {
            writeChildren(c, item);
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
        writeChildren(c, a);
    }

    private static void writeChildren(Connection c, AgendaItem a) throws SQLException {
        // An autosave rewrites the item after every pause in typing: leave links and decisions alone when
        // they are as stored (most saves), so a save is one row and not a dozen (docs/PERFORMANCE.md).
        List<String> storedLinks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT link FROM agenda_links WHERE agenda_item_id = ? ORDER BY position")) {
            ps.setString(1, a.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    storedLinks.add(rs.getString(1));
                }
            }
        }
        if (!storedLinks.equals(a.links())) {
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
        List<String> storedIds = new ArrayList<>();
        List<String> storedTexts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, text FROM decisions WHERE agenda_item_id = ? ORDER BY position")) {
            ps.setString(1, a.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    storedIds.add(rs.getString(1));
                    storedTexts.add(rs.getString(2));
                }
            }
        }
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
