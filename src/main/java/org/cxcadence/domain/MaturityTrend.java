package org.cxcadence.domain;

import java.util.Comparator;
import java.util.List;

/**
 * The maturity levels of one competency in quarter order, with the latest level and its change
 * against the quarter recorded before it.
 *
 * @param points levels oldest first; quarters without a level are simply absent
 */
public record MaturityTrend(String topicAreaId, List<MaturityLevel> points) {
    public enum Direction { UP, DOWN, FLAT, NONE }

    public MaturityTrend {
        points = Require.list(points);
    }

    /** The trend of {@code topicAreaId} over {@code levels} (any order, other topic areas ignored). */
    public static MaturityTrend of(String topicAreaId, List<MaturityLevel> levels) {
        return new MaturityTrend(topicAreaId, levels.stream().filter(l -> l.topicAreaId().equals(topicAreaId))
                .sorted(Comparator.comparing(MaturityLevel::period)).toList());
    }

    public Integer latest() {
        return points.isEmpty() ? null : points.getLast().level();
    }

    /** Latest level minus the one recorded before it; {@code null} with fewer than two levels. */
    public Integer change() {
        return points.size() < 2 ? null : points.getLast().level() - points.get(points.size() - 2).level();
    }

    public Direction direction() {
        Integer change = change();
        if (change == null) {
            return Direction.NONE;
        }
        return change > 0 ? Direction.UP : change < 0 ? Direction.DOWN : Direction.FLAT;
    }

    /** Latest level minus the first one: how far the competency came over the whole path. */
    public Integer sinceStart() {
        return points.size() < 2 ? null : points.getLast().level() - points.getFirst().level();
    }
}
