package org.cxcadence.domain;

/**
 * How mature one competency (topic area) was judged in one quarter: 1 (starting) to 5 (embedded),
 * with a note on why. One per topic area and quarter.
 */
public record MaturityLevel(String topicAreaId, String quarter, int level, String note) {
    public static final int MIN = 1;
    public static final int MAX = 5;

    public MaturityLevel {
        Require.id(topicAreaId, "topicAreaId");
        Period.parse(quarter, MetricCadence.QUARTERLY);
        Require.scale(level, "level");
        Require.notes(note, "note");
    }

    public Period period() {
        return Period.parse(quarter);
    }
}
