package org.cxcadence.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "It will stall": finds open actions that nobody has moved (CONTRACT.md, Definitions).
 * <p>
 * An open action is stalled when any of these holds:
 * <ul>
 * <li>it belongs to a series (the series of the session it was raised in) and the last N completed
 * sessions of that series held on or before today all passed without progress, N being the
 * workspace setting. Only sessions after the day it was created count, so a new action is never
 * stalled by sessions it could not have been worked in. Progress dated on the day of a session
 * counts for that session;</li>
 * <li>it belongs to no series and more than 21 days have passed since it was created or last
 * progressed;</li>
 * <li>it is overdue by more than 14 days.</li>
 * </ul>
 * Built once per question for a set of meetings and a day taken as today (never the clock).
 */
public final class StallRule {
    /** Days past due an action may run before the overdue branch calls it stalled. */
    public static final int OVERDUE_DAYS_TOLERATED = 14;
    /** Days without progress an action outside any series may run before it is stalled. */
    public static final int DAYS_WITHOUT_PROGRESS_OUTSIDE_SERIES = 21;

    private final Map<String, Meeting> meetingsById = new HashMap<>();
    /** Completed sessions held on or before today, per series, oldest first. */
    private final Map<String, List<LocalDate>> completedSessionDates = new HashMap<>();
    private final int stalledAfterSessions;
    private final LocalDate today;

    public StallRule(Collection<Meeting> meetings, int stalledAfterSessions, LocalDate today) {
        if (stalledAfterSessions < 1) {
            throw new DomainException("stalledAfterSessions", "must be at least 1, was " + stalledAfterSessions);
        }
        Require.present(today, "today");
        this.stalledAfterSessions = stalledAfterSessions;
        this.today = today;
        for (Meeting m : meetings) {
            meetingsById.put(m.id(), m);
            if (m.seriesId() != null && m.status() == MeetingStatus.COMPLETED && !dateOf(m).isAfter(today)) {
                completedSessionDates.computeIfAbsent(m.seriesId(), k -> new ArrayList<>()).add(dateOf(m));
            }
        }
        completedSessionDates.values().forEach(dates -> dates.sort(Comparator.naturalOrder()));
    }

    /** The rule as the workspace's settings set it. */
    public static StallRule of(Workspace workspace, LocalDate today) {
        return new StallRule(workspace.meetings(), workspace.settings().effectiveStalledAfterSessions(), today);
    }

    public int stalledAfterSessions() {
        return stalledAfterSessions;
    }

    public LocalDate today() {
        return today;
    }

    /** The series of the session the action was raised in; empty for actions outside any series. */
    public Optional<String> seriesOf(ActionItem action) {
        return originMeeting(action).map(Meeting::seriesId);
    }

    /**
     * Completed sessions of the action's series, held on or before today, after the day it was
     * created and after the day of its last progress; 0 outside a series.
     */
    public int sessionsWithoutProgress(ActionItem action) {
        return sessionsWithoutProgress(action, ActionRules.lastProgressDate(action));
    }

    private int sessionsWithoutProgress(ActionItem action, Optional<LocalDate> lastProgress) {
        Optional<String> series = seriesOf(action);
        if (series.isEmpty()) {
            return 0;
        }
        LocalDate since = latest(createdOn(action), lastProgress);
        List<LocalDate> dates = completedSessionDates.getOrDefault(series.get(), List.of());
        return since == null ? dates.size() : dates.size() - onOrBefore(dates, since);
    }

    /**
     * How many of {@code sorted} (oldest first) are on or before {@code day}, by halving: Home asks this
     * for every open action (8,782 on the large workspace, against 500 sessions a series).
     */
    private static int onOrBefore(List<LocalDate> sorted, LocalDate day) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted.get(middle).isAfter(day)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** Why the action is stalled, in the order sessions/days, then overdue; empty when it is not. */
    public List<StallReason> reasons(ActionItem action) {
        return ActionRules.isOpen(action) ? reasons(action, ActionRules.lastProgressDate(action)) : List.of();
    }

    private List<StallReason> reasons(ActionItem action, Optional<LocalDate> lastProgress) {
        if (!ActionRules.isOpen(action)) {
            return List.of();
        }
        List<StallReason> reasons = new ArrayList<>();
        if (seriesOf(action).isPresent()) {
            int sessions = sessionsWithoutProgress(action, lastProgress);
            if (sessions >= stalledAfterSessions) {
                reasons.add(StallReason.noProgressInSessions(sessions));
            }
        } else {
            LocalDate since = latest(createdOn(action), lastProgress);
            if (since != null) {
                long days = ChronoUnit.DAYS.between(since, today);
                if (days > DAYS_WITHOUT_PROGRESS_OUTSIDE_SERIES) {
                    reasons.add(StallReason.noProgressInDays(days));
                }
            }
        }
        long overdue = ActionRules.daysOverdue(action, today);
        if (overdue > OVERDUE_DAYS_TOLERATED) {
            reasons.add(StallReason.overdue(overdue));
        }
        return List.copyOf(reasons);
    }

    public boolean isStalled(ActionItem action) {
        return !reasons(action).isEmpty();
    }

    public ActionState assess(ActionItem action) {
        // The last progress once, not once for each question: Home assesses every open action in a JVM just started.
        Optional<LocalDate> lastProgress = ActionRules.lastProgressDate(action);
        return new ActionState(action, ActionRules.isOpen(action), ActionRules.isOverdue(action, today),
                ActionRules.daysOverdue(action, today), lastProgress.orElse(null),
                sessionsWithoutProgress(action, lastProgress), reasons(action, lastProgress));
    }

    private Optional<Meeting> originMeeting(ActionItem action) {
        return Optional.ofNullable(action.meetingId()).map(meetingsById::get).filter(m -> m.seriesId() != null);
    }

    /** When the creation time is missing (older imports), the session it was raised in stands in. */
    private Optional<LocalDate> createdOn(ActionItem action) {
        return ActionRules.createdOn(action)
                .or(() -> Optional.ofNullable(action.meetingId()).map(meetingsById::get).map(StallRule::dateOf));
    }

    private static LocalDate dateOf(Meeting meeting) {
        return meeting.start().toLocalDate(); // in the session's own offset: the day the room met
    }

    private static LocalDate latest(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b.orElse(null);
        }
        return b.filter(d -> d.isAfter(a.get())).orElse(a.get());
    }
}
