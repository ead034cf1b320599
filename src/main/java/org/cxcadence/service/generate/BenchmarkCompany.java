package org.cxcadence.service.generate;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionKind;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.ActionUpdate;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaOutcome;
import org.cxcadence.domain.Attendance;
import org.cxcadence.domain.Cadence;
import org.cxcadence.domain.Decision;
import org.cxcadence.domain.Direction;
import org.cxcadence.domain.JourneyStage;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.MetricCategory;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.domain.Workspace;
import org.cxcadence.domain.WorkspaceSettings;
import org.cxcadence.store.BulkInsert;
import org.cxcadence.store.Database;

/**
 * The benchmark workspace behind {@code generate}: a large company over a decade. Deterministic:
 * ids are counters, every choice comes from one {@link Random} seeded with {@code seed}, and no
 * clock is read, so the same size, seed and {@code today} give the same file contents.
 * <p>
 * Sessions and actions are streamed to the file one series at a time (one transaction each), so
 * the large size needs no more heap than one series' worth of records.
 */
public final class BenchmarkCompany {
    public static final long DEFAULT_SEED = 20261123L;
    /** Appears in nearly every note: the "common word" of the search benchmark. */
    public static final String COMMON_WORD = "customer";
    /** Appears in about one note in twenty thousand: the "rare word" of the search benchmark. */
    public static final String RARE_WORD = "quokka";

    private static final String[] WORDS = ("customer renewal churn onboarding invoice escalation roadmap pricing "
            + "support ticket backlog release latency outage survey loyalty segment contract upgrade migration "
            + "training adoption feedback journey promise handoff owner review blocker dashboard forecast "
            + "retention expansion partner region quarter launch defect warranty billing portal reliability "
            + "experience listening silo accountability sponsor pilot rollout cohort referral advocate score "
            + "complaint refund delivery schedule capacity staffing workshop").split(" ");
    private static final String[] SILOS = {"Sales", "Service", "Product", "Operations", "Finance", "Marketing",
            "Engineering", "People"};
    private static final ZoneOffset OFFSET = ZoneOffset.ofHours(-5);

    private final BenchmarkSize size;
    private final Random random;
    private final LocalDate today;

    private BenchmarkCompany(BenchmarkSize size, long seed, LocalDate today) {
        this.size = size;
        this.random = new Random(seed);
        this.today = today;
    }

    /** Counts of what was written. */
    public record Summary(int people, int sessions, int agendaItems, int actions, int updates, int metricValues) {
    }

    /** Writes the benchmark company into {@code db}, a newly created empty workspace. */
    public static Summary write(Database db, BenchmarkSize size, long seed, LocalDate today) {
        return new BenchmarkCompany(size, seed, today).write(db);
    }

    private Summary write(Database db) {
        List<Person> people = people();
        List<TopicArea> areas = List.of(new TopicArea("area-1", "Honor and manage customers as assets", 1, false),
                new TopicArea("area-2", "Align around experience", 2, false),
                new TopicArea("area-3", "Build a customer listening path", 3, false),
                new TopicArea("area-4", "Proactive experience reliability and innovation", 4, false),
                new TopicArea("area-5", "One-company leadership, accountability and culture", 5, false));
        List<JourneyStage> stages = List.of(new JourneyStage("stage-1", "Choose", 1, false),
                new JourneyStage("stage-2", "Join", 2, false), new JourneyStage("stage-3", "Use", 3, false),
                new JourneyStage("stage-4", "Get help", 4, false), new JourneyStage("stage-5", "Renew", 5, false));
        List<Segment> segments = List.of(new Segment("seg-1", "Enterprise", 1, false),
                new Segment("seg-2", "Mid-market", 2, false), new Segment("seg-3", "Small business", 3, false));
        List<MeetingSeries> series = series(people);
        List<Metric> metrics = metrics(people, segments);
        Workspace basics = new Workspace(new WorkspaceSettings("Benchmark Industries (" + size.name() + ")", null),
                people, areas, stages, segments, series, List.of(), List.of(), metrics);
        db.write(BulkInsert.basics(basics));
        int meetingOrder = 0;
        int actionOrder = 0;
        int items = 0;
        int actions = 0;
        int updates = 0;
        for (int s = 0; s < series.size(); s++) {
            List<Meeting> meetings = new ArrayList<>();
            List<ActionItem> actionItems = new ArrayList<>();
            sessions(series.get(s), s, meetings, actionItems);
            db.write(BulkInsert.meetings(meetings, meetingOrder));
            db.write(BulkInsert.actions(actionItems, actionOrder));
            meetingOrder += meetings.size();
            actionOrder += actionItems.size();
            items += meetings.stream().mapToInt(m -> m.agenda().size()).sum();
            actions += actionItems.size();
            updates += actionItems.stream().mapToInt(a -> a.updates().size()).sum();
        }
        int values = metrics.stream().mapToInt(m -> m.values().size()).sum();
        return new Summary(people.size(), meetingOrder, items, actions, updates, values);
    }

    private List<Person> people() {
        List<Person> people = new ArrayList<>();
        for (int i = 1; i <= size.people(); i++) {
            String name = "Leader " + i;
            people.add(new Person(id("person", i), name, SILOS[i % SILOS.length], "Director " + i,
                    "leader" + i + "@example.com", i, i % 50 != 0));
        }
        return people;
    }

    private List<MeetingSeries> series(List<Person> people) {
        List<MeetingSeries> series = new ArrayList<>();
        for (int s = 1; s <= size.series(); s++) {
            List<String> attendees = new ArrayList<>();
            for (int a = 0; a < 8; a++) {
                attendees.add(people.get(((s - 1) * 8 + a) % people.size()).id());
            }
            series.add(new MeetingSeries(id("series", s), "Accountability session " + s, Cadence.WEEKLY, 60,
                    DayOfWeek.of(1 + (s - 1) % 5), LocalTime.of(8 + (s - 1) / 5, 0), "America/Chicago",
                    attendees.getFirst(), List.copyOf(attendees)));
        }
        return series;
    }

    private List<Metric> metrics(List<Person> people, List<Segment> segments) {
        MetricCategory[] categories = MetricCategory.values();
        MetricUnit[] units = MetricUnit.values();
        YearMonth last = YearMonth.from(today).minusMonths(1);
        List<Metric> metrics = new ArrayList<>();
        for (int i = 1; i <= size.metrics(); i++) {
            MetricUnit unit = units[i % units.length];
            List<MetricValue> values = new ArrayList<>();
            // Percentages stay between 0 and 100 (a retention rate of 700 % would be a bug, not a benchmark).
            boolean percent = unit == MetricUnit.PERCENT;
            double base = percent ? 20 + random.nextInt(75) : 50 + random.nextInt(1000);
            for (int p = size.months() - 1; p >= 0; p--) {
                String period = last.minusMonths(p).toString();
                for (Segment segment : segments) {
                    double v = base * (1 + 0.3 * random.nextGaussian());
                    if (percent) {
                        v = Math.clamp(v, 0, 100);
                    }
                    values.add(new MetricValue(period, segment.id(), BigDecimal.valueOf(Math.round(v * 10), 1),
                            BigDecimal.valueOf(Math.round(base)), null));
                }
            }
            metrics.add(new Metric(id("metric", i), "Metric " + i, categories[i % categories.length], unit,
                    i % 3 == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER, MetricCadence.MONTHLY,
                    "Benchmark metric " + i, unit == MetricUnit.CURRENCY ? "USD" : null, true, i,
                    people.get(i % people.size()).id(), List.copyOf(values)));
        }
        return metrics;
    }

    /** One series: weekly completed sessions up to today, then one draft carrying deferred items forward. */
    private void sessions(MeetingSeries series, int s, List<Meeting> meetings, List<ActionItem> actions) {
        int count = size.sessionsPerSeries();
        LocalDate firstDraft = today.with(TemporalAdjusters.nextOrSame(series.weekday()));
        List<AgendaItem> previous = List.of();
        for (int n = 0; n < count; n++) {
            boolean draft = n == count - 1;
            LocalDate day = firstDraft.minusWeeks(count - 1 - n);
            OffsetDateTime start = OffsetDateTime.of(day, series.time(), OFFSET);
            String meetingId = "s" + (s + 1) + "-m" + (n + 1);
            List<AgendaItem> agenda = agenda(series, meetingId, draft, previous);
            List<Attendance> attendance = new ArrayList<>();
            for (String person : series.attendeeIds()) {
                attendance.add(new Attendance(person, draft || random.nextInt(10) > 0, null));
            }
            meetings.add(new Meeting(meetingId, series.id(), series.name() + " #" + (n + 1), start, 60,
                    draft ? MeetingStatus.DRAFT : MeetingStatus.COMPLETED, draft ? null : start,
                    draft ? null : start.plusMinutes(55 + random.nextInt(15)), draft ? List.of() : attendance,
                    draft ? null : 5 + random.nextInt(6), agenda, List.of()));
            if (!draft) {
                for (int a = 0; a < size.actionsPerSession(); a++) {
                    actions.add(action(series, meetingId, agenda.get(a % agenda.size()).id(), a, day, count - 1 - n));
                }
            }
            previous = agenda;
        }
    }

    private List<AgendaItem> agenda(MeetingSeries series, String meetingId, boolean draft, List<AgendaItem> previous) {
        List<AgendaItem> agenda = new ArrayList<>();
        List<AgendaItem> deferred = previous.stream().filter(a -> a.outcome() == AgendaOutcome.DEFERRED).toList();
        for (int i = 0; i < size.itemsPerSession(); i++) {
            String itemId = meetingId + "-i" + (i + 1);
            AgendaItemKind kind = i == 0 ? AgendaItemKind.METRICS_REVIEW
                    : i == 1 ? AgendaItemKind.ACTION_REVIEW : AgendaItemKind.TOPIC;
            String carried = draft && i >= 2 && i - 2 < deferred.size() ? deferred.get(i - 2).id() : null;
            String presenter = series.attendeeIds().get(random.nextInt(series.attendeeIds().size()));
            AgendaOutcome outcome = draft ? null : random.nextInt(8) == 0 ? AgendaOutcome.DEFERRED : AgendaOutcome.DISCUSSED;
            List<Decision> decisions = !draft && random.nextInt(4) == 0
                    ? List.of(new Decision(itemId + "-d1", "Decided: " + sentence(8))) : List.of();
            agenda.add(new AgendaItem(itemId, title(), kind, "area-" + (1 + random.nextInt(5)), presenter,
                    3 + random.nextInt(10), sentence(12), List.of(), draft ? null : notes(), draft ? null
                    : (long) (60 + random.nextInt(600)), outcome, carried, decisions));
        }
        return agenda;
    }

    private ActionItem action(MeetingSeries series, String meetingId, String itemId, int a, LocalDate day, int weeksAgo) {
        String owner = series.attendeeIds().get(random.nextInt(series.attendeeIds().size()));
        LocalDate due = day.plusDays(7L * (1 + random.nextInt(6)));
        // Old actions are mostly done; the last few months hold the open, overdue and stalled ones.
        ActionStatus status = weeksAgo > 12 && random.nextInt(20) > 0
                ? (random.nextInt(10) == 0 ? ActionStatus.DROPPED : ActionStatus.DONE)
                : ActionStatus.values()[random.nextInt(ActionStatus.values().length)];
        OffsetDateTime created = OffsetDateTime.of(day, series.time(), OFFSET).plusMinutes(30);
        List<ActionUpdate> updates = new ArrayList<>();
        int n = random.nextInt(3);
        for (int u = 1; u <= n && u < weeksAgo; u++) {
            String laterMeeting = meetingId.substring(0, meetingId.indexOf("-m") + 2)
                    + (Integer.parseInt(meetingId.substring(meetingId.indexOf("-m") + 2)) + u);
            updates.add(new ActionUpdate(laterMeeting, day.plusWeeks(u), u == n ? status : ActionStatus.IN_PROGRESS,
                    sentence(10), null));
        }
        boolean closed = status == ActionStatus.DONE || status == ActionStatus.DROPPED;
        return new ActionItem(meetingId + "-a" + (a + 1), "Follow up: " + title(), owner, status,
                "area-" + (1 + random.nextInt(5)), meetingId, itemId, due, sentence(6),
                random.nextBoolean() ? ActionKind.RELIABILITY : ActionKind.INNOVATION,
                "stage-" + (1 + random.nextInt(5)), status == ActionStatus.BLOCKED ? "Waiting on " + word() : null,
                created, closed ? created.plusDays(3 + random.nextInt(40)) : null, List.copyOf(updates));
    }

    private String title() {
        String t = sentence(3 + random.nextInt(4));
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private String notes() {
        StringBuilder b = new StringBuilder();
        int sentences = 2 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(sentence(8 + random.nextInt(10))).append('.');
        }
        return b.toString();
    }

    private String sentence(int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(word());
        }
        return b.toString();
    }

    private String word() {
        if (random.nextInt(150_000) == 0) {
            return RARE_WORD;
        }
        // Skewed choice: low indexes ("customer" first) are much more frequent.
        double r = random.nextDouble();
        return WORDS[(int) (r * r * WORDS.length)];
    }

    private static String id(String kind, int n) {
        return kind + "-" + n;
    }
}
