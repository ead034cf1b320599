package org.cxcadence.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricSnapshotEntry;
import org.cxcadence.domain.MetricValue;

/**
 * Metric definitions in the CCO's order, their values per period and segment, and the snapshot a
 * session keeps of them. Values are exact decimals kept as text (45.50 stays 45.50). The callers
 * (MetricService) check values against their metric; this class only stores them.
 */
public final class MetricRepository {
    private static final String TABLE = "metrics";
    private static final String UPSERT = """
            INSERT INTO metrics (id, list_order, name, category, unit, direction, cadence, description,
                                 currency_code, per_segment, position, owner_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, category = excluded.category, unit = excluded.unit,
                direction = excluded.direction, cadence = excluded.cadence, description = excluded.description,
                currency_code = excluded.currency_code, per_segment = excluded.per_segment,
                position = coalesce(excluded.position, position), owner_id = excluded.owner_id
            """;
    private static final String UPDATE_VALUE = """
            UPDATE metric_values SET value = ?, target = ?, note = ?
            WHERE metric_id = ? AND period = ? AND segment_id IS ?""";
    private static final String INSERT_VALUE = """
            INSERT INTO metric_values (metric_id, list_order, period, segment_id, value, target, note)
            VALUES (?, (SELECT coalesce(max(list_order) + 1, 0) FROM metric_values WHERE metric_id = ?), ?, ?, ?, ?, ?)""";
    private static final String DELETE_VALUE = """
            DELETE FROM metric_values WHERE metric_id = ? AND period = ? AND segment_id IS ?""";
    private static final String INSERT_SNAPSHOT = """
            INSERT INTO metric_snapshot (meeting_id, position, metric_id, period, segment_id, value, target)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    /** One value to write: the metric it belongs to and the value, target and note it should hold. */
    public record Entry(String metricId, MetricValue value) {
    }

    private final Database db;

    public MetricRepository(Database db) {
        this.db = db;
    }

    /** Every metric with its values, in the CCO's order. */
    public List<Metric> list() {
        return db.read(MetricRows::listAll);
    }

    public Optional<Metric> find(String id) {
        return list().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Adds a definition at the end of the list, or updates its fields in place; its values are left alone. */
    public void upsertDefinition(Metric metric) {
        db.write(c -> upsertDefinition(c, metric, OrderedRows.nextListOrder(c, TABLE)));
    }

    public void reorder(List<String> idsInOrder) {
        db.write(c -> OrderedRows.reorder(c, TABLE, idsInOrder));
    }

    /**
     * Deletes a metric that has no values and appears in no session's snapshot, and says whether it
     * did; one with history is kept, because minutes and trends name it.
     */
    public boolean deleteIfUnused(String id) {
        return db.inTransaction(c -> {
            int used = queryCount(c, "SELECT (SELECT count(*) FROM metric_values WHERE metric_id = ?)"
                    + " + (SELECT count(*) FROM metric_snapshot WHERE metric_id = ?)", id, id);
            if (used > 0) {
                return false;
            }
            Sql.execute(c, "DELETE FROM metrics WHERE id = ?", id);
            return true;
        });
    }

    /**
     * Sets the value, target and note of one period and segment ({@code null}: the total) at once;
     * when all three are empty the row is removed.
     */
    public void setValue(String metricId, String period, String segmentId, BigDecimal value, BigDecimal target,
                         String note) {
        db.write(c -> write(c, metricId, new MetricValue(period, segmentId, value, target, note)));
    }

    /** Writes every entry in one transaction: all of them, or (on any error) none. */
    public void applyImport(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        db.write(c -> {
            for (Entry e : entries) {
                write(c, e.metricId(), e.value());
            }
        });
    }

    /** Replaces what a session keeps of the metrics (written when it ends). */
    public void replaceSnapshot(String meetingId, List<MetricSnapshotEntry> entries) {
        db.write(c -> {
            Sql.execute(c, "DELETE FROM metric_snapshot WHERE meeting_id = ?", meetingId);
            try (PreparedStatement ps = c.prepareStatement(INSERT_SNAPSHOT)) {
                for (int i = 0; i < entries.size(); i++) {
                    MetricSnapshotEntry e = entries.get(i);
                    ps.setString(1, meetingId);
                    ps.setInt(2, i);
                    ps.setString(3, e.metricId());
                    ps.setString(4, e.period());
                    Sql.setNullable(ps, 5, e.segmentId());
                    Sql.setNullable(ps, 6, e.value());
                    Sql.setNullable(ps, 7, e.target());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    private static void write(Connection c, String metricId, MetricValue v) throws SQLException {
        if (v.value() == null && v.target() == null && (v.note() == null || v.note().isBlank())) {
            try (PreparedStatement ps = c.prepareStatement(DELETE_VALUE)) {
                ps.setString(1, metricId);
                ps.setString(2, v.period());
                Sql.setNullable(ps, 3, v.segmentId());
                ps.executeUpdate();
            }
            return;
        }
        int updated;
        try (PreparedStatement ps = c.prepareStatement(UPDATE_VALUE)) {
            Sql.setNullable(ps, 1, v.value());
            Sql.setNullable(ps, 2, v.target());
            Sql.setNullable(ps, 3, v.note());
            ps.setString(4, metricId);
            ps.setString(5, v.period());
            Sql.setNullable(ps, 6, v.segmentId());
            updated = ps.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement ps = c.prepareStatement(INSERT_VALUE)) {
                ps.setString(1, metricId);
                ps.setString(2, metricId);
                ps.setString(3, v.period());
                Sql.setNullable(ps, 4, v.segmentId());
                Sql.setNullable(ps, 5, v.value());
                Sql.setNullable(ps, 6, v.target());
                Sql.setNullable(ps, 7, v.note());
                ps.executeUpdate();
            }
        }
    }

    private static void upsertDefinition(Connection c, Metric m, int listOrder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, m.id());
            ps.setInt(2, listOrder);
            ps.setString(3, m.name());
            ps.setString(4, m.category().name());
            ps.setString(5, m.unit().name());
            ps.setString(6, m.direction().name());
            ps.setString(7, m.cadence().name());
            Sql.setNullable(ps, 8, m.description());
            Sql.setNullable(ps, 9, m.currencyCode());
            ps.setInt(10, m.perSegment() ? 1 : 0);
            Sql.setNullable(ps, 11, m.position());
            Sql.setNullable(ps, 12, m.ownerId());
            ps.executeUpdate();
        }
    }

    private static int queryCount(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
