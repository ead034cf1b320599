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

    /** The open-action review as of the session's day. */
    public record Review(List<ReviewLine> doneSinceLast, List<ReviewLine> overdue, List<ReviewLine> stalled) {
        public Review {
            doneSinceLast = List.copyOf(doneSinceLast);
            overdue = List.copyOf(overdue);
            stalled = List.copyOf(stalled);
        }

        public static Review none() {
            return new Review(List.of(), List.of(), List.of());
        }

        public boolean isEmpty() {
            return doneSinceLast.isEmpty() && overdue.isEmpty() && stalled.isEmpty();
        }
    }

    /** An action in the review; {@code detail} says why it is listed ("12 days overdue", "no progress in 3 sessions"). */
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
