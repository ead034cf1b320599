package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cxcadence.domain.Direction;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.MetricCategory;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.MetricWindow;

/** Metrics with their values; values are exact decimals kept as text. */
final class MetricRows {
    /** How many of a metric's latest periods Home reads: two years of a monthly metric, six of a quarterly one. */
    static final int RECENT_PERIODS = 24;
    private static final String INSERT = """
            INSERT INTO metrics (id, list_order, name, category, unit, direction, cadence, description,
                                 currency_code, per_segment, position, owner_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_VALUE = """
            INSERT INTO metric_values (metric_id, list_order, period, segment_id, value, target, note)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String SELECT = """
            SELECT id, name, category, unit, direction, cadence, description, currency_code, per_segment,
                   position, owner_id
            FROM metrics ORDER BY list_order, id""";
    private static final String SELECT_VALUES = """
            SELECT metric_id, period, segment_id, value, target, note
            FROM metric_values ORDER BY metric_id, list_order, period""";
    private static final String SELECT_VALUES_OF_PERIODS = """
            SELECT metric_id, period, segment_id, value, target, note
            FROM metric_values WHERE period IN (SELECT value FROM json_each(?)) ORDER BY metric_id, list_order, period""";

    /**
     * Each metric's values of its latest {@link #RECENT_PERIODS} periods (every line of those periods). The
     * cut-off period is found once per metric (MATERIALIZED: inlined, SQLite ran the search for every row).
     */
    private static final String SELECT_RECENT_VALUES = """
            WITH cut AS MATERIALIZED (
                SELECT m.id AS metric_id,
                       (SELECT period FROM metric_values WHERE metric_id = m.id
                        GROUP BY period ORDER BY period DESC LIMIT 1 OFFSET %d) AS since
                FROM metrics m)
            SELECT v.metric_id, v.period, v.segment_id, v.value, v.target, v.note
            FROM cut JOIN metric_values v ON v.metric_id = cut.metric_id AND v.period >= coalesce(cut.since, '')
            ORDER BY v.metric_id, v.list_order, v.period""".formatted(RECENT_PERIODS - 1);
    /**
     * Each metric's lines (segment, or null for the total) in the order they first appear in its values, as
     * {@link #SELECT_VALUES} lists them (list_order is unique within a metric: every insert takes the next).
     */
    private static final String SELECT_LINES = """
            SELECT metric_id, segment_id FROM metric_values
            GROUP BY metric_id, segment_id ORDER BY metric_id, min(list_order), min(period)""";
    private static final String SELECT_VALUES_OF_METRIC = """
            SELECT metric_id, period, segment_id, value, target, note
            FROM metric_values WHERE metric_id = ? ORDER BY list_order, period""";

    private MetricRows() {
    }

    /**
     * Every metric with the values of its latest periods, or with all of them where those cannot decide its
     * latest value and off-target judgement ({@link MetricWindow}): what Home shows, exactly, without reading
     * a decade of every metric.
     */
    static List<Metric> listRecent(Connection c) throws SQLException {
        Map<String, List<String>> lines = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_LINES);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lines.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<Metric> recent = list(c, Children.group(c, SELECT_RECENT_VALUES, MetricRows::value));
        List<Metric> result = new ArrayList<>(recent.size());
        for (Metric m : recent) {
            if (MetricWindow.decides(m, lines.getOrDefault(m.id(), List.of()))) {
                result.add(m);
            } else {
                List<MetricValue> all = Children.group(c, SELECT_VALUES_OF_METRIC, MetricRows::value, m.id())
                        .getOrDefault(m.id(), List.of());
                result.add(m.withValues(all));
            }
        }
        return result;
    }

    static void insertAll(Connection c, List<Metric> metrics) throws SQLException {
        try (PreparedStatement metric = c.prepareStatement(INSERT);
             PreparedStatement value = c.prepareStatement(INSERT_VALUE)) {
            for (int i = 0; i < metrics.size(); i++) {
                Metric m = metrics.get(i);
                metric.setString(1, m.id());
                metric.setInt(2, i);
                metric.setString(3, m.name());
                metric.setString(4, m.category().name());
                metric.setString(5, m.unit().name());
                metric.setString(6, m.direction().name());
                metric.setString(7, m.cadence().name());
                Sql.setNullable(metric, 8, m.description());
                Sql.setNullable(metric, 9, m.currencyCode());
                metric.setInt(10, m.perSegment() ? 1 : 0);
                Sql.setNullable(metric, 11, m.position());
                Sql.setNullable(metric, 12, m.ownerId());
                metric.executeUpdate();
                for (int v = 0; v < m.values().size(); v++) {
                    MetricValue mv = m.values().get(v);
                    value.setString(1, m.id());
                    value.setInt(2, v);
                    value.setString(3, mv.period());
                    Sql.setNullable(value, 4, mv.segmentId());
                    Sql.setNullable(value, 5, mv.value());
                    Sql.setNullable(value, 6, mv.target());
                    Sql.setNullable(value, 7, mv.note());
                    value.executeUpdate();
                }
            }
        }
    }

    static List<Metric> listAll(Connection c) throws SQLException {
        return list(c, Children.group(c, SELECT_VALUES, MetricRows::value));
    }

    /** Every metric, with only its values of the given periods. */
    static List<Metric> listAll(Connection c, java.util.Collection<String> periods) throws SQLException {
        return list(c, Children.group(c, SELECT_VALUES_OF_PERIODS, MetricRows::value, Children.jsonArray(periods)));
    }

    /** The id half of the metrics sort before (the values of those before it are one half of a read). */
    private static final String PIVOT = """
            SELECT id FROM metrics ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM metrics)""";
    private static final String SELECT_VALUES_BEFORE = """
            SELECT metric_id, period, segment_id, value, target, note
            FROM metric_values WHERE metric_id < ? ORDER BY metric_id, list_order, period""";
    private static final String SELECT_VALUES_FROM = """
            SELECT metric_id, period, segment_id, value, target, note
            FROM metric_values WHERE metric_id >= ? ORDER BY metric_id, list_order, period""";

    /**
     * The values of the metrics whose ids sort before the middle one: with {@link #listWithValuesFromMiddle}
     * on another connection, every value read in two halves at once ({@link #withValues} joins them).
     */
    static Map<String, List<MetricValue>> valuesBeforeMiddle(Connection c) throws SQLException {
        List<String> pivot = Sql.queryStrings(c, PIVOT);
        return pivot.isEmpty() ? Map.of() : Children.group(c, SELECT_VALUES_BEFORE, MetricRows::value, pivot.getFirst());
    }

    /** Every metric, with the values of those whose ids sort from the middle one on. */
    static List<Metric> listWithValuesFromMiddle(Connection c) throws SQLException {
        List<String> pivot = Sql.queryStrings(c, PIVOT);
        return list(c, pivot.isEmpty() ? Map.of() : Children.group(c, SELECT_VALUES_FROM, MetricRows::value, pivot.getFirst()));
    }

    /** {@code metrics} with the values in {@code more} for those it holds values of. */
    static List<Metric> withValues(List<Metric> metrics, Map<String, List<MetricValue>> more) {
        return metrics.stream().map(m -> more.containsKey(m.id()) ? m.withValues(more.get(m.id())) : m).toList();
    }

    /** A row of the value queries above: metric_id, period, segment_id, value, target, note. */
    private static MetricValue value(java.sql.ResultSet rs) throws SQLException {
        String value = Sql.text(rs, 4);
        String target = Sql.text(rs, 5);
        return new MetricValue(Sql.text(rs, 2), Sql.text(rs, 3), value == null ? null : new java.math.BigDecimal(value),
                target == null ? null : new java.math.BigDecimal(target), Sql.text(rs, 6));
    }

    private static List<Metric> list(Connection c, Map<String, List<MetricValue>> values) throws SQLException {
        List<Metric> metrics = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString("id");
                metrics.add(new Metric(id, rs.getString("name"), MetricCategory.valueOf(rs.getString("category")),
                        MetricUnit.valueOf(rs.getString("unit")), Direction.valueOf(rs.getString("direction")),
                        MetricCadence.valueOf(rs.getString("cadence")), rs.getString("description"),
                        rs.getString("currency_code"), rs.getInt("per_segment") == 1,
                        Sql.getInteger(rs, "position"), rs.getString("owner_id"),
                        values.getOrDefault(id, List.of())));
            }
        }
        return metrics;
    }
}
