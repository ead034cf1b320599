package org.cxcadence.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Net customer change = customers acquired − customers lost (CONTRACT.md), computed and never entered.
 * The two metrics are found by their well-known ids in {@link StarterMetrics}, or else by their starter
 * names (case-insensitive), so a workspace imported with its own ids still gets the number.
 */
public final class NetCustomerChange {

    /** One period and segment ({@code null}: the total) with both sides of the change. */
    public record Entry(String period, String segmentId, BigDecimal acquired, BigDecimal lost) {
        public BigDecimal net() {
            return acquired.subtract(lost);
        }
    }

    private NetCustomerChange() {
    }

    /** In accounts: from {@code customers-acquired} and {@code customers-lost}. */
    public static List<Entry> volume(List<Metric> metrics) {
        return pair(acquiredVolume(metrics), lostVolume(metrics));
    }

    /** In money: from {@code customers-acquired-value} and {@code customers-lost-value}. */
    public static List<Entry> value(List<Metric> metrics) {
        return pair(find(metrics, StarterMetrics.CUSTOMERS_ACQUIRED_VALUE, "Customers acquired (value)"),
                find(metrics, StarterMetrics.CUSTOMERS_LOST_VALUE, "Customers lost (value)"));
    }

    public static Optional<Metric> acquiredVolume(List<Metric> metrics) {
        return find(metrics, StarterMetrics.CUSTOMERS_ACQUIRED, "Customers acquired");
    }

    public static Optional<Metric> lostVolume(List<Metric> metrics) {
        return find(metrics, StarterMetrics.CUSTOMERS_LOST, "Customers lost");
    }

    /**
     * Acquired − lost for every period and segment where both have a value, in period order and, within
     * a period, total first then by segment id.
     */
    public static List<Entry> between(Metric acquired, Metric lost) {
        Map<Key, BigDecimal> lostByKey = byKey(lost);
        List<Entry> entries = new ArrayList<>();
        byKey(acquired).forEach((key, a) -> {
            BigDecimal l = lostByKey.get(key);
            if (l != null) {
                entries.add(new Entry(key.period().toString(), key.segmentId(), a, l));
            }
        });
        entries.sort(ORDER);
        return List.copyOf(entries);
    }

    /**
     * One total per period: the entered total row where there is one, else the sum of the segments.
     * The per-segment entries of a period must be complete on both sides for the sum to mean anything,
     * which {@link #between} already guarantees pairwise.
     */
    public static List<Entry> totalsByPeriod(List<Entry> entries) {
        Map<String, Entry> totals = new LinkedHashMap<>();
        Map<String, Boolean> entered = new HashMap<>();
        for (Entry e : entries) {
            if (e.segmentId() == null) {
                totals.put(e.period(), e);
                entered.put(e.period(), true);
            } else if (!entered.getOrDefault(e.period(), false)) {
                totals.merge(e.period(), new Entry(e.period(), null, e.acquired(), e.lost()),
                        (sum, add) -> new Entry(sum.period(), null, sum.acquired().add(add.acquired()),
                                sum.lost().add(add.lost())));
            }
        }
        List<Entry> result = new ArrayList<>(totals.values());
        result.sort(ORDER);
        return List.copyOf(result);
    }

    private static List<Entry> pair(Optional<Metric> acquired, Optional<Metric> lost) {
        return acquired.isPresent() && lost.isPresent() ? between(acquired.get(), lost.get()) : List.of();
    }

    private record Key(Period period, String segmentId) {
    }

    private static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> Period.parse(e.period()))
            .thenComparing(Entry::segmentId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static Map<Key, BigDecimal> byKey(Metric metric) {
        Map<Key, BigDecimal> map = new LinkedHashMap<>();
        for (MetricValue v : metric.values()) {
            if (v.value() != null) {
                OffTargetRule.parseFitting(v.period(), metric.cadence())
                        .ifPresent(p -> map.put(new Key(p, v.segmentId()), v.value()));
            }
        }
        return map;
    }

    private static Optional<Metric> find(List<Metric> metrics, String id, String starterName) {
        return metrics.stream().filter(m -> m.id().equals(id)).findFirst()
                .or(() -> metrics.stream().filter(m -> StarterMetrics.sameName(m.name(), starterName)).findFirst());
    }

}
