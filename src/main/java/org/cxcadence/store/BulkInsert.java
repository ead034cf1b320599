package org.cxcadence.store;

import java.util.List;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.Workspace;

/**
 * Writes a workspace too large to hold in memory at once (the benchmark generator): first the
 * small lists, then sessions and actions in chunks, each chunk one {@link Database#write}
 * transaction. List orders continue from chunk to chunk, so reads see the order of writing.
 */
public final class BulkInsert {
    private BulkInsert() {
    }

    /** Settings, people, topic areas, stages, segments, series and metrics of {@code w} (its sessions and actions are ignored). */
    public static SqlAction basics(Workspace w) {
        return c -> {
            SettingsRows.save(c, w.settings());
            PersonRepository.insertAll(c, w.people());
            TopicAreaRepository.insertAll(c, w.topicAreas());
            JourneyStageRepository.insertAll(c, w.journeyStages());
            SegmentRepository.insertAll(c, w.segments());
            SeriesRows.insertAll(c, w.series());
            MetricRows.insertAll(c, w.metrics());
        };
    }

    /** Sessions (with attendance, agenda, decisions, snapshots) at list orders from {@code firstOrder}. */
    public static SqlAction meetings(List<Meeting> meetings, int firstOrder) {
        return c -> MeetingRows.insertAll(c, meetings, firstOrder);
    }

    /** Actions with their updates at list orders from {@code firstOrder}. */
    public static SqlAction actions(List<ActionItem> actions, int firstOrder) {
        return c -> ActionItemRows.insertAll(c, actions, firstOrder);
    }
}
