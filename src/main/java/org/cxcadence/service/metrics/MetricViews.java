package org.cxcadence.service.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricCategory;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.NetCustomerChange;
import org.cxcadence.domain.OffTarget;
import org.cxcadence.domain.OffTargetRule;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.StarterMetrics;
import org.cxcadence.domain.Workspace;

/** Builds the dashboard and a metric's trend from a workspace. Pure, so tested without a window. */
public final class MetricViews {
    /** Periods a sparkline covers: a year of months, or three years of quarters. */
    static final int SPARK_MONTHS = 12;
    static final int SPARK_QUARTERS = 12;

    private MetricViews() {
    }

    /** Customer asset first, then the rest; within each, the CCO's order. */
    public static List<Metric> ordered(List<Metric> metrics) {
        return metrics.stream()
                .sorted(Comparator.comparing((Metric m) -> m.category() != MetricCategory.CUSTOMER_ASSET))
                .toList();
    }

    public static MetricDashboard dashboard(Workspace w) {
        Map<String, String> names = segmentNames(w.segments());
        List<MetricDashboard.Tile> tiles = new ArrayList<>();
        for (Metric m : ordered(w.metrics())) {
            tiles.add(tile(MetricLines.effective(m, w.metrics()), StarterMetrics.isComputed(m), w.segments(), names));
        }
        return new MetricDashboard(headline(w.metrics()), List.copyOf(tiles));
    }

    static Optional<MetricDashboard.AssetHeadline> headline(List<Metric> metrics) {
        List<NetCustomerChange.Entry> volume = NetCustomerChange.totalsByPeriod(NetCustomerChange.volume(metrics));
        if (volume.isEmpty()) {
            return Optional.empty();
        }
        NetCustomerChange.Entry latest = volume.getLast();
        Optional<NetCustomerChange.Entry> money = NetCustomerChange.totalsByPeriod(NetCustomerChange.value(metrics))
                .stream().filter(e -> e.period().equals(latest.period())).findFirst();
        String currency = metrics.stream().filter(m -> m.id().equals(StarterMetrics.CUSTOMERS_ACQUIRED_VALUE))
                .map(Metric::currencyCode).findFirst().orElse(null);
        return Optional.of(new MetricDashboard.AssetHeadline(latest.period(), latest.acquired(), latest.lost(),
                money.map(NetCustomerChange.Entry::acquired).orElse(null),
                money.map(NetCustomerChange.Entry::lost).orElse(null), currency));
    }

    static MetricDashboard.Tile tile(Metric m, boolean computed, List<Segment> segments, Map<String, String> names) {
        Optional<Period> latest = MetricLines.latestPeriod(m);
        List<OffTarget> misses = OffTargetRule.offTargets(m);
        List<String> offIn = misses.stream()
                .map(o -> o.segmentId() == null ? "" : names.getOrDefault(o.segmentId(), o.segmentId())).toList();
        int running = misses.stream().mapToInt(OffTarget::periodsRunning).max().orElse(0);
        if (latest.isEmpty()) {
            return new MetricDashboard.Tile(m.id(), m.name(), m.category(), m.unit(), m.currencyCode(), m.direction(),
                    computed, null, null, null, null, List.of(), List.of(), offIn, running);
        }
        Period period = latest.get();
        TreeMap<Period, MetricValue> total = MetricLines.total(m);
        MetricValue now = total.get(period);
        MetricValue before = total.get(period.previous());
        List<MetricDashboard.Figure> figures = new ArrayList<>();
        List<MetricDashboard.Spark> sparks = new ArrayList<>();
        List<Period> window = window(period);
        for (String segmentId : m.perSegment() ? MetricLines.segmentLines(m, segments) : List.<String>of()) {
            TreeMap<Period, MetricValue> line = MetricLines.line(m, segmentId);
            MetricValue v = line.get(period);
            String label = names.getOrDefault(segmentId, segmentId);
            boolean off = misses.stream().anyMatch(o -> segmentId.equals(o.segmentId()));
            if (v != null) {
                figures.add(new MetricDashboard.Figure(label, v.value(), v.target(), off));
            }
            if (total.isEmpty() || now == null) {
                sparks.add(new MetricDashboard.Spark(label, series(line, window)));
            }
        }
        if (now != null) {
            sparks.addFirst(new MetricDashboard.Spark(null, series(total, window)));
        }
        return new MetricDashboard.Tile(m.id(), m.name(), m.category(), m.unit(), m.currencyCode(), m.direction(),
                computed, period.toString(), now == null ? null : now.value(), now == null ? null : now.target(),
                before == null ? null : before.value(), List.copyOf(figures), List.copyOf(sparks), offIn, running);
    }

    public static Optional<MetricTrend> trend(Workspace w, String metricId) {
        Optional<Metric> found = w.metrics().stream().filter(m -> m.id().equals(metricId)).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Metric raw = found.get();
        Metric m = MetricLines.effective(raw, w.metrics());
        Map<String, String> names = segmentNames(w.segments());
        List<MetricTrend.Line> lines = new ArrayList<>();
        if (m.perSegment()) {
            for (String segmentId : MetricLines.segmentLines(m, w.segments())) {
                lines.add(line(m, segmentId, names.getOrDefault(segmentId, segmentId), MetricLines.line(m, segmentId),
                        true));
            }
        }
        TreeMap<Period, MetricValue> total = MetricLines.total(m);
        if (!total.isEmpty() || !m.perSegment()) {
            lines.add(line(m, null, null, total, !m.perSegment()));
        }
        String owner = w.people().stream().filter(p -> p.id().equals(m.ownerId())).map(Person::name).findFirst()
                .orElse(null);
        return Optional.of(new MetricTrend(m.id(), m.name(), m.description(), m.category(), m.unit(), m.currencyCode(),
                m.direction(), m.cadence(), StarterMetrics.isComputed(raw), owner, List.copyOf(lines)));
    }

    private static MetricTrend.Line line(Metric m, String segmentId, String label, TreeMap<Period, MetricValue> values,
                                         boolean judged) {
        List<MetricTrend.Point> points = values.values().stream()
                .map(v -> new MetricTrend.Point(v.period(), v.value(), v.target())).toList();
        Optional<Map.Entry<Period, MetricValue>> latest = values.descendingMap().entrySet().stream()
                .filter(e -> e.getValue().value() != null).findFirst();
        if (latest.isEmpty()) {
            return new MetricTrend.Line(segmentId, label, points, null, null, null, judged, false, 0);
        }
        Period p = latest.get().getKey();
        MetricValue v = latest.get().getValue();
        int running = 0;
        if (judged) {
            running = OffTargetRule.periodsRunningOffTarget(m, segmentId);
        }
        return new MetricTrend.Line(segmentId, label, points, new MetricTrend.Point(v.period(), v.value(), v.target()),
                valueAt(values, p.previous()), valueAt(values, p.sameLastYear()), judged, running > 0, running);
    }

    private static BigDecimal valueAt(TreeMap<Period, MetricValue> values, Period p) {
        MetricValue v = values.get(p);
        return v == null ? null : v.value();
    }

    private static List<Period> window(Period last) {
        int size = last.cadence() == org.cxcadence.domain.MetricCadence.MONTHLY ? SPARK_MONTHS : SPARK_QUARTERS;
        List<Period> periods = new ArrayList<>();
        Period p = last;
        for (int i = 0; i < size; i++) {
            periods.addFirst(p);
            p = p.previous();
        }
        return periods;
    }

    private static List<BigDecimal> series(TreeMap<Period, MetricValue> line, List<Period> window) {
        List<BigDecimal> values = new ArrayList<>();
        for (Period p : window) {
            MetricValue v = line.get(p);
            values.add(v == null ? null : v.value());
        }
        // Drop leading gaps: a metric tracked for four months draws four points, not twelve.
        while (!values.isEmpty() && values.getFirst() == null) {
            values.removeFirst();
        }
        return java.util.Collections.unmodifiableList(values);
    }

    private static Map<String, String> segmentNames(List<Segment> segments) {
        Map<String, String> names = new HashMap<>();
        segments.forEach(s -> names.put(s.id(), s.name()));
        return names;
    }
}
