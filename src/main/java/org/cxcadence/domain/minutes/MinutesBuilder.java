package org.cxcadence.domain.minutes;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionRules;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.ActionUpdate;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.Attendance;
import org.cxcadence.domain.Decision;
import org.cxcadence.domain.DomainException;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricSnapshotEntry;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.MinutesCorrection;
import org.cxcadence.domain.MinutesRecord;
import org.cxcadence.domain.OffTargetRule;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.StallReason;
import org.cxcadence.domain.StallRule;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.domain.Workspace;

/**
 * Builds the {@link Minutes} of one session from a workspace snapshot. Pure: no clock, no I/O.
 * <p>
 * The action review is judged as of the session's day, with each action seen as it stood then
 * (updates after that day left out), so the minutes of an old session say what the room was told
 * and do not change when the work moves on later.
 */
public final class MinutesBuilder {
    /** How many actions needing attention the review lists per leader; the rest are counted ("and 7 more"). */
    public static final int REVIEW_LINES_PER_LEADER = 5;
    private final Workspace workspace;
    private final ScorecardSource scorecards;
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, TopicArea> topicAreas = new HashMap<>();
    private final Map<String, Segment> segments = new HashMap<>();
    private final Map<String, Metric> metrics = new HashMap<>();
    private final Map<String, MeetingSeries> series = new HashMap<>();

    public MinutesBuilder(Workspace workspace, ScorecardSource scorecards) {
        this.workspace = Objects.requireNonNull(workspace);
        this.scorecards = scorecards == null ? ScorecardSource.NONE : scorecards;
        workspace.people().forEach(p -> people.put(p.id(), p));
        workspace.topicAreas().forEach(t -> topicAreas.put(t.id(), t));
        workspace.segments().forEach(s -> segments.put(s.id(), s));
        workspace.metrics().forEach(m -> metrics.put(m.id(), m));
        workspace.series().forEach(s -> series.put(s.id(), s));
    }

    /** The latest completed session (by start), if any: {@code latest} on the command line. */
    public static Optional<Meeting> latestCompleted(Workspace workspace) {
        return latestCompleted(workspace.meetings());
    }

    /** {@link #latestCompleted(Workspace)} among sessions (headers are enough). */
    public static Optional<Meeting> latestCompleted(java.util.Collection<Meeting> meetings) {
        return meetings.stream().filter(m -> m.status() == MeetingStatus.COMPLETED)
                .max(Comparator.comparing(Meeting::start).thenComparing(Meeting::id));
    }

    /**
     * The day after which the open-action review of {@code m}'s minutes counts actions done: the
     * previous completed session of its series, else a week before it (headers are enough). Actions
     * neither open now, nor closed or updated after that day, change nothing in the review.
     */
    public static LocalDate reviewSince(java.util.Collection<Meeting> meetings, Meeting m) {
        return previousSessionDay(meetings, m).orElse(m.start().toLocalDate().minusDays(7));
    }

    /** Whether minutes can be made of the session: it was held (completed) or is being held. */
    public static boolean hasMinutes(Meeting meeting) {
        return meeting.status() == MeetingStatus.COMPLETED || meeting.status() == MeetingStatus.IN_PROGRESS;
    }

    public Minutes build(String meetingId, Set<MinutesSection> sections) {
        Meeting meeting = workspace.meetings().stream().filter(m -> m.id().equals(meetingId)).findFirst()
                .orElseThrow(() -> new DomainException("meeting", "no session with id " + meetingId));
        return build(meeting, sections);
    }

    public Minutes build(Meeting m, Set<MinutesSection> sections) {
        LocalDate day = m.start().toLocalDate();
        MeetingSeries s = m.seriesId() == null ? null : series.get(m.seriesId());
        List<Minutes.Attendee> present = new ArrayList<>();
        List<Minutes.Attendee> absent = new ArrayList<>();
        List<Minutes.Attendee> delegates = new ArrayList<>();
        { // always collected: the recipients of the minutes; renderers show them only with ATTENDANCE
            for (Attendance a : m.attendance()) {
                Person p = people.get(a.personId());
                String name = p == null ? a.personId() : p.name();
                String silo = p == null ? null : p.silo();
                String email = p == null ? null : p.email();
                boolean hasDelegate = a.delegateName() != null && !a.delegateName().isBlank();
                if (a.present()) {
                    present.add(new Minutes.Attendee(name, silo, email, null));
                } else if (hasDelegate) {
                    delegates.add(new Minutes.Attendee(name, silo, email, a.delegateName()));
                } else {
                    absent.add(new Minutes.Attendee(name, silo, email, null));
                }
            }
        }
        List<ActionItem> raisedHere = workspace.actionItems().stream()
                .filter(a -> m.id().equals(a.meetingId())).toList();
        List<Minutes.UpdateLine> updatesHere = updatesMadeIn(m);
        boolean hasReviewItem = m.agenda().stream().anyMatch(a -> a.kind() == AgendaItemKind.ACTION_REVIEW);
        List<Minutes.Item> items = new ArrayList<>();
        for (int i = 0; i < m.agenda().size(); i++) {
            AgendaItem a = m.agenda().get(i);
            List<Minutes.ActionLine> actions = sections.contains(MinutesSection.ACTIONS)
                    ? raisedHere.stream().filter(x -> a.id().equals(x.agendaItemId())).map(this::actionLine).toList()
                    : List.of();
            List<Minutes.UpdateLine> updates = sections.contains(MinutesSection.UPDATES)
                    && a.kind() == AgendaItemKind.ACTION_REVIEW && isFirstReviewItem(m, a) ? updatesHere : List.of();
            items.add(new Minutes.Item(i + 1, a.title(), a.kind(), name(topicAreas, a.topicAreaId(), TopicArea::name),
                    name(people, a.presenterId(), Person::name), a.plannedMinutes(), a.spentSeconds(), a.outcome(),
                    sections.contains(MinutesSection.NOTES) ? blankToNull(a.notes()) : null,
                    sections.contains(MinutesSection.DECISIONS)
                            ? a.decisions().stream().map(Decision::text).toList() : List.of(),
                    actions, updates));
        }
        Set<String> agendaIds = new java.util.HashSet<>();
        m.agenda().forEach(a -> agendaIds.add(a.id()));
        List<Minutes.ActionLine> otherActions = sections.contains(MinutesSection.ACTIONS)
                ? raisedHere.stream().filter(x -> x.agendaItemId() == null || !agendaIds.contains(x.agendaItemId()))
                        .map(this::actionLine).toList()
                : List.of();
        List<Minutes.UpdateLine> otherUpdates = sections.contains(MinutesSection.UPDATES) && !hasReviewItem
                ? updatesHere : List.of();
        Minutes.Review review = sections.contains(MinutesSection.REVIEW) ? review(m, day) : Minutes.Review.none();
        List<Minutes.MetricLine> metricLines = sections.contains(MinutesSection.METRICS) ? metricLines(m) : List.of();
        Optional<Minutes.Scorecard> scorecard = sections.contains(MinutesSection.SCORECARD)
                ? scorecards.scorecard(workspace, m, day) : Optional.empty();
        List<Minutes.CarriedItem> deferred = sections.contains(MinutesSection.DEFERRED)
                ? m.agenda().stream().filter(a -> a.outcome() != null && a.outcome().carriesForward())
                        .map(a -> new Minutes.CarriedItem(a.title(), name(topicAreas, a.topicAreaId(), TopicArea::name),
                                a.outcome())).toList()
                : List.of();
        Optional<Minutes.NextSession> next = sections.contains(MinutesSection.NEXT) ? nextSession(m, s) : Optional.empty();
        MinutesRecord record = workspace.minutesOf(m.id());
        Map<String, String> itemTitles = new HashMap<>();
        m.agenda().forEach(a -> itemTitles.put(a.id(), a.title()));
        List<Minutes.Correction> corrections = record.corrections().stream()
                .sorted(Comparator.comparing(MinutesCorrection::date))
                .map(c -> new Minutes.Correction(c.date(), c.agendaItemId() == null ? null : itemTitles.get(c.agendaItemId()),
                        c.text())).toList();
        Integer actualMinutes = m.actualStart() != null && m.actualEnd() != null
                ? (int) Math.max(0, Duration.between(m.actualStart(), m.actualEnd()).toMinutes()) : null;
        OffsetDateTime startedAt = m.actualStart() != null ? m.actualStart().atZoneSameInstant(m.start().getOffset())
                .toOffsetDateTime() : m.start();
        return new Minutes(m.id(), workspace.settings().companyName(), m.title(), s == null ? null : s.name(), day,
                startedAt.toLocalTime(), m.durationMinutes(), actualMinutes,
                s == null ? null : name(people, s.facilitatorId(), Person::name), m.status(), m.rating(),
                Set.copyOf(sections), present, absent, delegates, items, otherActions, otherUpdates, review, metricLines,
                scorecard, deferred, next, record.sentAt(), corrections);
    }

    private static boolean isFirstReviewItem(Meeting m, AgendaItem a) {
        return m.agenda().stream().filter(x -> x.kind() == AgendaItemKind.ACTION_REVIEW).findFirst()
                .map(x -> x.id().equals(a.id())).orElse(false);
    }

    private Minutes.ActionLine actionLine(ActionItem a) {
        return new Minutes.ActionLine(a.title(), name(people, a.ownerId(), Person::name), a.due(),
                blankToNull(a.customerImpact()), a.status());
    }

    private List<Minutes.UpdateLine> updatesMadeIn(Meeting m) {
        List<Minutes.UpdateLine> lines = new ArrayList<>();
        for (ActionItem a : workspace.actionItems()) {
            for (ActionUpdate u : a.updates()) {
                if (m.id().equals(u.meetingId()) && !u.isEditOnly()) {
                    lines.add(new Minutes.UpdateLine(a.title(), name(people, a.ownerId(), Person::name), u.status(),
                            blankToNull(u.note()), u.due()));
                }
            }
        }
        return lines;
    }

    /**
     * Per leader, as of the day: counts of open, overdue, stalled and done since the previous completed
     * session of the series (or the last 7 days), and the open actions needing attention (overdue or
     * stalled), most overdue first, then stalled by due date, capped at {@link #REVIEW_LINES_PER_LEADER}.
     */
    private Minutes.Review review(Meeting m, LocalDate day) {
        LocalDate since = reviewSince(workspace.meetings(), m);
        StallRule stalls = new StallRule(workspace.meetings(), workspace.settings().effectiveStalledAfterSessions(), day);
        Map<String, List<Judged>> attention = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>(); // open, overdue, stalled, done since
        for (ActionItem original : workspace.actionItems()) {
            if (!createdOnOrBefore(original, day)) {
                continue;
            }
            ActionItem a = asOf(original, day);
            if (a.status() == ActionStatus.DONE) {
                if (completedOn(a).map(d -> d.isAfter(since) && !d.isAfter(day)).orElse(false)) {
                    counts.computeIfAbsent(a.ownerId(), k -> new int[4])[3]++;
                }
                continue;
            }
            boolean overdue = ActionRules.isOverdue(a, day);
            boolean stalled = stalls.isStalled(a);
            if (a.isOpen()) {
                counts.computeIfAbsent(a.ownerId(), k -> new int[4])[0]++;
            }
            if (!overdue && !stalled) {
                continue;
            }
            int[] c = counts.computeIfAbsent(a.ownerId(), k -> new int[4]);
            c[1] += overdue ? 1 : 0;
            c[2] += stalled ? 1 : 0;
            attention.computeIfAbsent(a.ownerId(), k -> new ArrayList<>()).add(new Judged(a, overdue, stalled));
        }
        List<Minutes.LeaderReview> leaders = new ArrayList<>();
        Minutes.ReviewCounts total = Minutes.ReviewCounts.ZERO;
        for (String owner : ownersInDirectoryOrder(counts.keySet())) {
            int[] c = counts.get(owner);
            Minutes.ReviewCounts mine = new Minutes.ReviewCounts(c[0], c[1], c[2], c[3]);
            total = total.plus(mine);
            List<Judged> judged = attention.getOrDefault(owner, List.of());
            List<Minutes.ReviewLine> worst = judged.stream().sorted(MOST_URGENT).limit(REVIEW_LINES_PER_LEADER)
                    .map(j -> reviewLine(j.action(), detail(j, day, stalls))).toList();
            leaders.add(new Minutes.LeaderReview(name(people, owner, Person::name), mine, judged.size(), worst,
                    judged.size() - worst.size()));
        }
        return new Minutes.Review(leaders, total);
    }

    /** An open action judged as of the day. */
    private record Judged(ActionItem action, boolean overdue, boolean stalled) {
    }

    /** Overdue before stalled-only; among them the earliest due date first (the most overdue), then by title and id. */
    private static final Comparator<Judged> MOST_URGENT = Comparator.comparing((Judged j) -> !j.overdue())
            .thenComparing(j -> j.action().due(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(j -> j.action().title())
            .thenComparing(j -> j.action().id());

    private static String detail(Judged j, LocalDate day, StallRule stalls) {
        List<String> why = new ArrayList<>();
        if (j.overdue()) {
            why.add("overdue " + plural(ActionRules.daysOverdue(j.action(), day), "day"));
        }
        if (j.stalled()) {
            stalls.reasons(j.action()).stream().map(StallReason::describe).filter(r -> !why.contains(r)).forEach(why::add);
        }
        return String.join("; ", why);
    }

    /** Owners in the order of the people directory; ids not in it (deleted people) after them, by id. */
    private List<String> ownersInDirectoryOrder(Set<String> owners) {
        List<String> ordered = new ArrayList<>();
        for (Person p : workspace.people()) {
            if (owners.contains(p.id())) {
                ordered.add(p.id());
            }
        }
        owners.stream().filter(o -> o == null || !people.containsKey(o))
                .sorted(Comparator.nullsLast(Comparator.naturalOrder())).forEach(ordered::add);
        return ordered;
    }

    private Minutes.ReviewLine reviewLine(ActionItem a, String detail) {
        return new Minutes.ReviewLine(a.title(), name(people, a.ownerId(), Person::name), a.due(), detail);
    }

    private static Optional<LocalDate> previousSessionDay(java.util.Collection<Meeting> meetings, Meeting m) {
        return meetings.stream()
                .filter(x -> x.status() == MeetingStatus.COMPLETED && !x.id().equals(m.id()))
                .filter(x -> Objects.equals(x.seriesId(), m.seriesId()))
                .filter(x -> x.start().isBefore(m.start()))
                .map(x -> x.start().toLocalDate())
                .max(Comparator.naturalOrder());
    }

    private boolean createdOnOrBefore(ActionItem a, LocalDate day) {
        Optional<LocalDate> created = ActionRules.createdOn(a).or(() -> workspace.meetings().stream()
                .filter(x -> x.id().equals(a.meetingId())).findFirst().map(x -> x.start().toLocalDate()));
        return created.map(d -> !d.isAfter(day)).orElse(true);
    }

    /** The action as it stood at the end of {@code day}: later updates, status and due changes left out. */
    public static ActionItem asOf(ActionItem a, LocalDate day) {
        List<ActionUpdate> before = a.updates().stream().filter(u -> !u.date().isAfter(day)).toList();
        if (before.size() == a.updates().size()
                && (a.completedAt() == null || !a.completedAt().toLocalDate().isAfter(day))) {
            return a;
        }
        ActionStatus status = ActionStatus.OPEN;
        LocalDate due = null;
        boolean dueChangedLater = a.updates().stream().anyMatch(u -> u.date().isAfter(day) && u.due() != null);
        List<ActionUpdate> inOrder = new ArrayList<>(before);
        inOrder.sort(Comparator.comparing(ActionUpdate::date));
        for (ActionUpdate u : inOrder) {
            if (u.status() != null) {
                status = u.status();
            }
            if (u.due() != null) {
                due = u.due();
            }
        }
        if (due == null && !dueChangedLater) {
            due = a.due();
        } else if (due == null) {
            due = a.due(); // the first due date is not kept anywhere; the current one is the best we know
        }
        OffsetDateTime completedAt = a.completedAt() != null && !a.completedAt().toLocalDate().isAfter(day)
                ? a.completedAt() : null;
        if (completedAt != null) {
            status = ActionStatus.DONE;
        }
        return new ActionItem(a.id(), a.title(), a.ownerId(), status, a.topicAreaId(), a.meetingId(), a.agendaItemId(),
                due, a.customerImpact(), a.kind(), a.journeyStageId(), a.blocker(), a.createdAt(), completedAt, before);
    }

    private static Optional<LocalDate> completedOn(ActionItem a) {
        if (a.completedAt() != null) {
            return Optional.of(a.completedAt().toLocalDate());
        }
        return a.updates().stream().filter(u -> u.status() == ActionStatus.DONE).map(ActionUpdate::date)
                .max(Comparator.naturalOrder());
    }

    private List<Minutes.MetricLine> metricLines(Meeting m) {
        List<Minutes.MetricLine> lines = new ArrayList<>();
        for (MetricSnapshotEntry e : m.metricSnapshot()) {
            Metric metric = metrics.get(e.metricId());
            if (metric == null) {
                continue;
            }
            BigDecimal change = previousValue(metric, e).filter(p -> e.value() != null)
                    .map(p -> e.value().subtract(p)).orElse(null);
            boolean off = e.value() != null && e.target() != null
                    && OffTargetRule.isOffTarget(metric.direction(), e.value(), e.target());
            lines.add(new Minutes.MetricLine(metric.name(), e.period(), name(segments, e.segmentId(), Segment::name),
                    e.value(), e.target(), change, metric.unit(), metric.currencyCode(), metric.direction(), off));
        }
        return lines;
    }

    private static Optional<BigDecimal> previousValue(Metric metric, MetricSnapshotEntry e) {
        String previous;
        try {
            previous = Period.parse(e.period()).previous().toString();
        } catch (RuntimeException bad) {
            return Optional.empty();
        }
        return metric.values().stream()
                .filter(v -> v.period().equals(previous) && Objects.equals(v.segmentId(), e.segmentId()))
                .map(MetricValue::value).filter(Objects::nonNull).findFirst();
    }

    private Optional<Minutes.NextSession> nextSession(Meeting m, MeetingSeries s) {
        if (m.seriesId() == null) {
            return Optional.empty();
        }
        Optional<Meeting> next = workspace.meetings().stream()
                .filter(x -> m.seriesId().equals(x.seriesId()) && x.start().isAfter(m.start()))
                .filter(x -> x.status() != MeetingStatus.CANCELLED)
                .min(Comparator.comparing(Meeting::start));
        if (next.isPresent()) {
            return Optional.of(new Minutes.NextSession(next.get().title(), next.get().start().toLocalDate(),
                    next.get().start().toLocalTime()));
        }
        if (s == null) {
            return Optional.empty();
        }
        OffsetDateTime slot = switch (s.cadence()) {
            case WEEKLY -> m.start().plusWeeks(1);
            case BIWEEKLY -> m.start().plusWeeks(2);
            case MONTHLY -> m.start().plusMonths(1);
            case QUARTERLY -> m.start().plusMonths(3);
        };
        return Optional.of(new Minutes.NextSession(s.name(), slot.toLocalDate(), slot.toLocalTime()));
    }

    private static <T> String name(Map<String, T> byId, String id, Function<T, String> name) {
        if (id == null) {
            return null;
        }
        T found = byId.get(id);
        return found == null ? id : name.apply(found);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
