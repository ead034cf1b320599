package org.cxcadence.domain.minutes;

import java.time.LocalDate;
import java.util.Optional;

import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.Workspace;

/**
 * The seam for the leader scorecard section: the Follow-through work fills it. With no source,
 * or when the source has nothing to say, the minutes leave the section out.
 */
@FunctionalInterface
public interface ScorecardSource {
    ScorecardSource NONE = (workspace, meeting, asOf) -> Optional.empty();

    /** The scorecard to print in the minutes of {@code meeting}, judged as of {@code asOf}. */
    Optional<Minutes.Scorecard> scorecard(Workspace workspace, Meeting meeting, LocalDate asOf);

    /**
     * The earliest day on which an action made or closed counts for the scorecard as of {@code asOf}
     * (open actions always count); {@code null}: the source may look at any action.
     */
    default LocalDate countsFrom(LocalDate asOf) {
        return null;
    }
}
