package org.cxcadence.domain.minutes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaOutcome;
import org.cxcadence.domain.Direction;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.MetricUnit;

/**
 * The minutes of one session, built once ({@link MinutesBuilder}) and rendered by every format.
 * Everything is resolved to display text (names, not ids) and plain values; renderers only lay it
 * out. Sections left out are empty here and listed as absent in {@link #sections()}.
 *
 * @param date          the session's day, in the offset it was held in
 * @param startTime     the actual start when recorded, else the scheduled one
 * @param actualMinutes minutes between actual start and end, or {@code null} when not recorded
 * @param scorecard     the leader scorecard, when chosen and when a scorecard source is present
 * @param nextSession   the next session of the series after this one, if any is known
 */
public record Minutes(String meetingId, String companyName, String title, String seriesName, LocalDate date,
                      LocalTime startTime, int scheduledMinutes, Integer actualMinutes, String facilitator,
                      MeetingStatus status, Integer rating, Set<MinutesSection> sections,
                      List<Attendee> present, List<Attendee> absent, List<Attendee> delegates,
                      List<Item> items, List<ActionLine> otherActions, List<UpdateLine> otherUpdates,
                      Review review, List<MetricLine> metrics, Optional<Scorecard> scorecard,
                      List<CarriedItem> deferred, Optional<NextSession> nextSession,
                      OffsetDateTime sentAt, List<Correction> corrections) {
    public Minutes {
        sections = Set.copyOf(sections);
        present = List.copyOf(present);
        absent = List.copyOf(absent);
        delegates = List.copyOf(delegates);
        items = List.copyOf(items);
        otherActions = List.copyOf(otherActions);
        otherUpdates = List.copyOf(otherUpdates);
        metrics = List.copyOf(metrics);
        deferred = List.copyOf(deferred);
        corrections = List.copyOf(corrections);
    }

    public boolean has(MinutesSection section) {
        return sections.contains(section);
    }

    /** A leader on the invitation list; {@code delegate} names who came instead, if anyone. */
    public record Attendee(String name, String silo, String email, String delegate) {
    }

    /** Everyone invited (present, absent, with a delegate), in that order: the recipients of the minutes. */
    public List<Attendee> invited() {
        List<Attendee> all = new java.util.ArrayList<>(present);
        all.addAll(delegates);
        all.addAll(absent);
        return List.copyOf(all);
    }

    /**
     * One agenda item as it went in the session.
     *
     * @param number 1-based position on the agenda
     */
    public record Item(int number, String title, AgendaItemKind kind, String topicArea, String presenter,
                       Integer plannedMinutes, Long spentSeconds, AgendaOutcome outcome, String notes,
                       List<String> decisions, List<ActionLine> actions, List<UpdateLine> updates) {
        public Item {
            decisions = List.copyOf(decisions);
            actions = List.copyOf(actions);
            updates = List.copyOf(updates);
        }

        /** Time spent in whole minutes, rounded; {@code null} when not recorded. */
        public Integer spentMinutes() {
            return spentSeconds == null ? null : (int) Math.round(spentSeconds / 60.0);
        }

        /** Spent more than the timebox. */
        public boolean overran() {
            return spentSeconds != null && plannedMinutes != null && spentSeconds > plannedMinutes * 60L;
        }
    }

    /** An action created in the session. */
    public record ActionLine(String title, String owner, LocalDate due, String customerImpact, ActionStatus status) {
    }

    /** An update made to an action in the session: a new status, a note, a new due date. */
    public record UpdateLine(String actionTitle, String owner, ActionStatus status, String note, LocalDate due) {
    }

    /**
     * The open-action review as of the session's day, summarised per leader: a review of every open
     * action in the company is thousands of lines on a large workspace, which nobody reads. Each
     * leader (owner) gets counts and the few actions that most need attention (overdue first, the
     * most overdue at the top, then stalled), at most {@link MinutesBuilder#REVIEW_LINES_PER_LEADER},
     * with how many more there are. The actions raised in the session itself are always in full in
     * the agenda part ({@link Item#actions()}, {@link Item#updates()}), never capped.
     *
     * @param leaders every leader with an action open, or done since the last session, as of the day,
     *                in the order of the people directory (as Run reviews them)
     * @param total   the counts over all leaders
     */
    public record Review(List<LeaderReview> leaders, ReviewCounts total) {
        public Review {
            leaders = List.copyOf(leaders);
        }

        public static Review none() {
            return new Review(List.of(), ReviewCounts.ZERO);
        }

        public boolean isEmpty() {
            return leaders.isEmpty();
        }
    }

    /**
     * How many actions were open (not done or dropped), overdue, stalled, and done since the last
     * session, as of the session's day. An action both overdue and stalled counts in both.
     */
    public record ReviewCounts(int open, int overdue, int stalled, int doneSinceLast) {
        public static final ReviewCounts ZERO = new ReviewCounts(0, 0, 0, 0);

        public ReviewCounts plus(ReviewCounts o) {
            return new ReviewCounts(open + o.open, overdue + o.overdue, stalled + o.stalled, doneSinceLast + o.doneSinceLast);
        }
    }

    /**
     * One leader's part of the review.
     *
     * @param needsAttention how many of the leader's open actions are overdue or stalled (or both)
     * @param worst          the first of them, most overdue first, then stalled by due date; at most
     *                       {@link MinutesBuilder#REVIEW_LINES_PER_LEADER}
     * @param more           {@code needsAttention - worst.size()}: the ones not listed
     */
    public record LeaderReview(String leader, ReviewCounts counts, int needsAttention, List<ReviewLine> worst,
                               int more) {
        public LeaderReview {
            worst = List.copyOf(worst);
        }
    }

    /** An action in the review; {@code detail} says why it is listed ("overdue 12 days; no progress in 3 sessions"). */
    public record ReviewLine(String title, String owner, LocalDate due, String detail) {
    }

    /**
     * A metric as the room saw it.
     *
     * @param segment {@code null} for the total
     * @param change  value minus the previous period's value, when both are known
     */
    public record MetricLine(String name, String period, String segment, BigDecimal value, BigDecimal target,
                             BigDecimal change, MetricUnit unit, String currencyCode, Direction direction,
                             boolean offTarget) {
    }

    /** A leader scorecard as a plain table, filled by a {@link ScorecardSource}. */
    public record Scorecard(String title, List<String> columns, List<List<String>> rows) {
        public Scorecard {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** An agenda item deferred or not reached, so carried forward. */
    public record CarriedItem(String title, String topicArea, AgendaOutcome outcome) {
    }

    public record NextSession(String title, LocalDate date, LocalTime time) {
    }

    /** A dated correction; {@code itemTitle} is {@code null} for the session as a whole. */
    public record Correction(LocalDate date, String itemTitle, String text) {
    }
}
