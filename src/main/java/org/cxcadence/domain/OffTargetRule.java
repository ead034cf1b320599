package org.cxcadence.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Off target (CONTRACT.md, Definitions): the latest period that has both a value and a target is on
 * the wrong side of the target for the metric's direction; equal to the target is on target. A
 * metric tracked per segment is judged segment by segment (its total rows, if any, are ignored);
 * any other metric on its total alone.
 * <p>
 * Values whose period does not parse or does not suit the metric's cadence are left out rather
 * than failing the whole brief: import and storage reject them, so they only come from damage.
 */
public final class OffTargetRule {

    private OffTargetRule() {
    }

    public static boolean isOffTarget(Direction direction, BigDecimal value, BigDecimal target) {
        int sign = value.compareTo(target); // compareTo, not equals: 75.00 is the target 75
        return direction == Direction.HIGHER_IS_BETTER ? sign < 0 : sign > 0;
    }

    /** Whether any line of the metric is off target. */
    public static boolean isOffTarget(Metric metric) {
        return !offTargets(metric).isEmpty();
    }

    /** One entry per off-target line: per segment in the order segments first appear, or the total. */
    public static List<OffTarget> offTargets(Metric metric) {
        List<OffTarget> result = new ArrayList<>();
        for (String segmentId : judgedLines(metric)) {
            latestJudged(metric, segmentId)
                    .filter(v -> isOffTarget(metric.direction(), v.value(), v.target()))
                    .ifPresent(v -> result.add(new OffTarget(metric.id(), segmentId, v.period(), v.value(),
                            v.target(), periodsRunningOffTarget(metric, segmentId))));
        }
        return List.copyOf(result);
    }

    /** The segments a metric is judged by: its segments when tracked per segment, else only the total ({@code null}). */
    public static List<String> judgedLines(Metric metric) {
        if (!metric.perSegment()) {
            return Collections.singletonList(null); // List.of cannot hold the null that means "total"
        }
        Set<String> segments = new LinkedHashSet<>();
        metric.values().stream().map(MetricValue::segmentId).filter(Objects::nonNull).forEach(segments::add);
        return List.copyOf(segments);
    }

    /** The latest value of one line that has both a value and a target. */
    public static Optional<MetricValue> latestJudged(Metric metric, String segmentId) {
        return line(metric, segmentId).descendingMap().values().stream().filter(OffTargetRule::judgeable).findFirst();
    }

    /**
     * How many periods in a row, back from the latest judged one, the line has been off target; 0 when
     * the latest judged period is on target. A period without a value and target ends the run: a gap
     * is not evidence that the miss continued.
     */
    public static int periodsRunningOffTarget(Metric metric, String segmentId) {
        TreeMap<Period, MetricValue> line = line(metric, segmentId);
        Optional<MetricValue> latest = latestJudged(metric, segmentId);
        if (latest.isEmpty()) {
            return 0;
        }
        int run = 0;
        Period period = Period.parse(latest.get().period());
        MetricValue v = line.get(period);
        while (v != null && judgeable(v) && isOffTarget(metric.direction(), v.value(), v.target())) {
            run++;
            period = period.previous();
            v = line.get(period);
        }
        return run;
    }

    private static boolean judgeable(MetricValue v) {
        return v.value() != null && v.target() != null;
    }

    /** The values of one line by period; a later duplicate of a period replaces an earlier one. */
    private static TreeMap<Period, MetricValue> line(Metric metric, String segmentId) {
        TreeMap<Period, MetricValue> line = new TreeMap<>();
        for (MetricValue v : metric.values()) {
            if (Objects.equals(v.segmentId(), segmentId)) {
                parseFitting(v.period(), metric.cadence()).ifPresent(p -> line.put(p, v));
            }
        }
        return line;
    }

    static Optional<Period> parseFitting(String text, MetricCadence cadence) {
        try {
            return Optional.of(Period.parse(text, cadence));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

}
