package org.cxcadence.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What happened to a session's minutes once the session ended: when they were marked sent, and
 * the dated corrections made since. Sessions whose minutes were neither sent nor corrected have none.
 *
 * @param sentAt when the minutes were marked sent, or {@code null} while they are not
 */
public record MinutesRecord(String meetingId, OffsetDateTime sentAt, List<MinutesCorrection> corrections) {
    public MinutesRecord {
        Require.id(meetingId, "meetingId");
        corrections = Require.list(corrections);
    }

    public static MinutesRecord empty(String meetingId) {
        return new MinutesRecord(meetingId, null, List.of());
    }

    public boolean isEmpty() {
        return sentAt == null && corrections.isEmpty();
    }
}
