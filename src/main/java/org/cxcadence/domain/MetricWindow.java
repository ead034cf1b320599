package org.cxcadence.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a metric's latest periods alone give what its whole history gives for its latest value and the
 * off-target rule (latest judged value per line, how many periods in a row it has missed): what Home shows.
 * A decade of monthly values per metric is most of what Home would read, and a few years decide nearly
 * every metric; where they cannot, the caller reads the metric whole, so the answer is always exact.
 * Run's metrics at a glance also draw the last {@link #TREND_PERIODS} periods with a value.
 */
public final class MetricWindow {
    /** The periods with a value that Run's glance draws as a metric's trend (HomeSummaryBuilder.trend). */
    public static final int TREND_PERIODS = 12;

    private MetricWindow() {
    }

    /**
     * @param window       the metric with the values of its latest periods only (every line of those periods)
     * @param wholeLines   the metric's lines ({@code null}: the total) in the order they first appear in its
     *                     whole list of values
     * @return true when the window gives the same latest value, judged lines, runs of misses and
     *         {@link #TREND_PERIODS}-period trend as the whole
     */
    public static boolean decides(Metric window, List<String> wholeLines) {
        List<MetricValue> values = window.values();
        if (values.isEmpty()) {
            return wholeLines.isEmpty();
        }
        if (NetCustomerChange.acquiredVolume(List.of(window)).isPresent()
                || NetCustomerChange.lostVolume(List.of(window)).isPresent()) {
            return false; // the customer change pairs the two metrics period by period: read them whole
        }
        List<String> windowLines = new ArrayList<>(new LinkedHashSet<>(values.stream().map(MetricValue::segmentId).toList()));
        if (!windowLines.equals(wholeLines)) {
            return false; // a line that stopped reporting, or lines that first appeared in another order
        }
        Period oldest = null;
        for (MetricValue v : values) {
            Optional<Period> p = OffTargetRule.parseFitting(v.period(), window.cadence());
            if (p.isEmpty()) {
                return false; // a period that does not fit the cadence (damage): let the whole metric say
            }
            oldest = oldest == null || p.get().compareTo(oldest) < 0 ? p.get() : oldest;
        }
        if (values.stream().allMatch(v -> v.value() == null)) {
            return false; // the latest value is older than the window
        }
        if (values.stream().filter(v -> v.value() != null).map(MetricValue::period).distinct().count() < TREND_PERIODS) {
            return false; // the trend's periods may reach before the window (or the history is short: read it whole)
        }
        for (String line : OffTargetRule.judgedLines(window)) {
            Optional<MetricValue> latest = OffTargetRule.latestJudged(window, line);
            if (latest.isEmpty()) {
                return false; // the latest value with a target is older than the window
            }
            int run = OffTargetRule.periodsRunningOffTarget(window, line);
            if (run > 0) {
                Period before = Period.parse(latest.get().period(), window.cadence());
                for (int i = 0; i < run; i++) {
                    before = before.previous();
                }
                if (before.compareTo(Objects.requireNonNull(oldest)) < 0) {
                    return false; // the run of misses reaches the window's start and may go on before it
                }
            }
        }
        return true;
    }
}
