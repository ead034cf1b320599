package org.cxcadence.service.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.cxcadence.domain.DomainException;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricCategory;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.NetCustomerChange;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.StarterMetrics;

/**
 * How a metric reads as lines over time: one line per segment where it is tracked so (in the
 * segments' order), plus the total; computed metrics (net customer change) get their values from the
 * metrics they are made of. Pure.
 */
public final class MetricLines {
    private MetricLines() {
    }

    /** The metric with the values it shows: entered ones, or for net customer change acquired − lost. */
    public static Metric effective(Metric metric, List<Metric> all) {
        if (!StarterMetrics.isComputed(metric)) {
            return metric;
        }
        Optional<Metric> acquired = NetCustomerChange.acquiredVolume(all);
        Optional<Metric> lost = NetCustomerChange.lostVolume(all);
        List<MetricValue> values = new ArrayList<>();
        if (acquired.isPresent() && lost.isPresent()) {
            for (NetCustomerChange.Entry e : NetCustomerChange.between(acquired.get(), lost.get())) {
                values.add(new MetricValue(e.period(), e.segmentId(), e.net(), null, null));
            }
        }
        return new Metric(metric.id(), metric.name(), metric.category(), metric.unit(), metric.direction(),
                metric.cadence(), metric.description(), metric.currencyCode(), metric.perSegment(), metric.position(),
                metric.ownerId(), values);
    }

    /** Counts and money of the customer asset add up across segments; rates and scores do not. */
    public static boolean summable(Metric m) {
        return switch (m.unit()) {
            case COUNT, CURRENCY -> m.category() == MetricCategory.CUSTOMER_ASSET;
            case PERCENT, SCORE -> false;
        };
    }

    /**
     * The segment ids a metric has values for, in the segments' order (unknown ids after them), without
     * the total.
     */
    public static List<String> segmentLines(Metric m, List<Segment> segments) {
        Set<String> used = new LinkedHashSet<>();
        m.values().stream().map(MetricValue::segmentId).filter(Objects::nonNull).forEach(used::add);
        List<String> ordered = new ArrayList<>();
        segments.stream().map(Segment::id).filter(used::contains).forEach(ordered::add);
        used.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
        return ordered;
    }

    /** One line's values by period, oldest first; values whose period does not fit are left out. */
    public static TreeMap<Period, MetricValue> line(Metric m, String segmentId) {
        TreeMap<Period, MetricValue> line = new TreeMap<>();
        for (MetricValue v : m.values()) {
            if (Objects.equals(v.segmentId(), segmentId)) {
                parse(v.period(), m).ifPresent(p -> line.put(p, v));
            }
        }
        return line;
    }

    /**
     * The total line: the entered total where there is one, else (for summable metrics) the sum of
     * the segments' values and, where every segment has one, of their targets.
     */
    public static TreeMap<Period, MetricValue> total(Metric m) {
        TreeMap<Period, MetricValue> entered = line(m, null);
        if (!m.perSegment() || !summable(m)) {
            return entered;
        }
        Map<Period, List<MetricValue>> bySegment = new LinkedHashMap<>();
        for (MetricValue v : m.values()) {
            if (v.segmentId() != null) {
                parse(v.period(), m).ifPresent(p -> bySegment.computeIfAbsent(p, k -> new ArrayList<>()).add(v));
            }
        }
        TreeMap<Period, MetricValue> total = new TreeMap<>();
        bySegment.forEach((period, values) -> {
            List<BigDecimal> vs = values.stream().map(MetricValue::value).filter(Objects::nonNull).toList();
            boolean allTargets = values.stream().allMatch(v -> v.target() != null);
            BigDecimal value = vs.isEmpty() ? null : vs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal target = allTargets
                    ? values.stream().map(MetricValue::target).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
            total.put(period, new MetricValue(period.toString(), null, value, target, null));
        });
        total.putAll(entered);
        return total;
    }

    /** The latest period of a metric that has a value on any line. */
    public static Optional<Period> latestPeriod(Metric m) {
        return m.values().stream().filter(v -> v.value() != null).map(v -> parse(v.period(), m))
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    static Optional<Period> parse(String text, Metric m) {
        try {
            return Optional.of(Period.parse(text, m.cadence()));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }
}
