package org.cxcadence.service.demo;

import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.MetricSnapshotEntry;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.StarterMetrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the room could see of the metrics on a given day. Numbers arrive after a period closes: a
 * month's figures a week later, a quarter's two weeks later, so a session shows the latest period
 * published by then, never the one still running.
 */
final class DemoSnapshots {
    private static final int DAYS_TO_PUBLISH_MONTH = 7;
    private static final int DAYS_TO_PUBLISH_QUARTER = 14;

    private DemoSnapshots() {
    }

    static List<MetricSnapshotEntry> at(LocalDate day, List<Metric> metrics) {
        List<MetricSnapshotEntry> entries = new ArrayList<>();
        for (Metric m : knownOn(day, metrics)) {
            latestPeriod(m).ifPresent(latest -> m.values().stream()
                    .filter(v -> Period.parse(v.period()).equals(latest))
                    .forEach(v -> entries.add(new MetricSnapshotEntry(m.id(), v.period(), v.segmentId(), v.value(),
                            v.target()))));
        }
        return List.copyOf(entries);
    }

    /** The entered metrics with only the values published by {@code day}. */
    static List<Metric> knownOn(LocalDate day, List<Metric> metrics) {
        return metrics.stream().filter(m -> !StarterMetrics.isComputed(m)).map(m -> m.withValues(
                m.values().stream().filter(v -> publishedBy(v, m.cadence(), day)).toList()))
                .toList();
    }

    static Optional<Period> latestPeriod(Metric metric) {
        return metric.values().stream().map(MetricValue::period).map(Period::parse).max(Comparator.naturalOrder());
    }

    private static boolean publishedBy(MetricValue v, MetricCadence cadence, LocalDate day) {
        int lag = cadence == MetricCadence.MONTHLY ? DAYS_TO_PUBLISH_MONTH : DAYS_TO_PUBLISH_QUARTER;
        return Period.parse(v.period()).endDate().plusDays(lag).isBefore(day);
    }
}
