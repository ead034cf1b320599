package org.cxcadence.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The metric values as they stand on a day: for each metric and line (segment, or the total),
 * the latest period that had begun by then and has a value. Stored with a session when it ends, so
 * its minutes keep showing what the room saw even after values are corrected.
 */
public final class MetricSnapshots {
    private MetricSnapshots() {
    }

    public static List<MetricSnapshotEntry> asOf(List<Metric> metrics, LocalDate day) {
        List<MetricSnapshotEntry> entries = new ArrayList<>();
        for (Metric m : metrics) {
            if (StarterMetrics.isComputed(m)) {
                continue;
            }
            Map<String, MetricValue> latestByLine = new LinkedHashMap<>();
            m.values().stream()
                    .filter(v -> v.value() != null)
                    .filter(v -> startsBy(v.period(), m.cadence(), day))
                    .sorted(Comparator.comparing(v -> Period.parse(v.period())))
                    .forEach(v -> latestByLine.put(Objects.requireNonNullElse(v.segmentId(), ""), v));
            latestByLine.values().forEach(v -> entries.add(
                    new MetricSnapshotEntry(m.id(), v.period(), v.segmentId(), v.value(), v.target())));
        }
        return List.copyOf(entries);
    }

    private static boolean startsBy(String period, MetricCadence cadence, LocalDate day) {
        try {
            Period p = Period.parse(period);
            return p.fits(cadence) && !p.startDate().isAfter(day);
        } catch (DomainException e) {
            return false;
        }
    }
}
