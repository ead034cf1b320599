package org.cxcadence.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each leader's follow-through record: what they committed to, what they closed, and whether on
 * time. Pure: built from a workspace and a day taken as today, never the clock.
 * <p>
 * Definitions (docs/FORMAT.md, "Leader scorecard", says the same for users):
 * <ul>
 * <li><b>created on</b>: the day of {@code createdAt}; without it, the day of the session it was raised in;
 * without either, the action counts as made before any window.</li>
 * <li><b>completed on</b>: the day of {@code completedAt}; without it, the date of the last update that set
 * it {@code DONE}. Only actions whose status is {@code DONE} now are completed; {@code DROPPED} is neither
 * done nor open, and counts only in "made".</li>
 * <li><b>made</b>: created in the window. <b>done</b>: completed in the window, whenever created.</li>
 * <li><b>on time</b>: completed on or before the due date in force now (the last one set). Done items
 * without a due date are left out of the rate, neither on time nor late; a rate with nothing to judge is
 * {@code null}, shown as "–", never as 0% or 100%.</li>
 * <li><b>days to close</b>: whole days from created on to completed on (0 for the same day); the median of
 * an even count is the mean of the middle two. Done items without a creation day are left out.</li>
 * <li><b>open, overdue, stalled</b>: as of today ({@link ActionRules}, {@link StallRule}), not windowed.</li>
 * <li><b>quarters</b>: the on-time rate of completions in each of the last {@link #QUARTERS} calendar
 * quarters up to today's, oldest first.</li>
 * </ul>
 * Leaders listed: every active person, plus inactive ones who still own open actions or closed or made
 * some in the window, in the people list's order.
 */
public final class Scorecard {
    public static final int QUARTERS = 4;

    private final Workspace workspace;
    private final LocalDate today;
    private final StallRule stalls;
    private final Map<String, LocalDate> meetingDays = new HashMap<>();

    public Scorecard(Workspace workspace, LocalDate today) {
        Require.present(today, "today");
        this.workspace = workspace;
        this.today = today;
        this.stalls = StallRule.of(workspace, today);
        workspace.meetings().forEach(m -> meetingDays.put(m.id(), m.start().toLocalDate()));
    }

    /**
     * The earliest day a scorecard for {@code window} as of {@code today} looks at: the window's
     * first day or the first day of the oldest quarter rated, whichever is earlier. Actions neither
     * open nor made nor completed on or after it change no figure.
     */
    public static LocalDate earliestDayCounted(ScorecardWindow window, LocalDate today) {
        Period quarter = Period.containing(today, MetricCadence.QUARTERLY);
        for (int i = 1; i < QUARTERS; i++) {
            quarter = quarter.previous();
        }
        LocalDate quarterStart = quarter.startDate();
        return window.first().isBefore(quarterStart) ? window.first() : quarterStart;
    }

    /** The scorecards of every leader for the window, in the people list's order. */
    public List<LeaderScorecard> all(ScorecardWindow window) {
        Map<String, List<ActionItem>> byOwner = new HashMap<>();
        workspace.actionItems().forEach(a -> byOwner.computeIfAbsent(a.ownerId(), k -> new ArrayList<>()).add(a));
        List<LeaderScorecard> cards = new ArrayList<>();
        for (Person p : workspace.people()) {
            LeaderScorecard card = of(p, byOwner.getOrDefault(p.id(), List.of()), window);
            if (p.active() || !card.isEmpty()) {
                cards.add(card);
            }
        }
        return List.copyOf(cards);
    }

    /** One leader's scorecard for the window. */
    public LeaderScorecard forLeader(String personId, ScorecardWindow window) {
        Person person = workspace.people().stream().filter(p -> p.id().equals(personId)).findFirst()
                .orElseThrow(() -> new DomainException("personId", "no person with id " + personId));
        return of(person, workspace.actionItems().stream().filter(a -> a.ownerId().equals(personId)).toList(), window);
    }

    private LeaderScorecard of(Person person, List<ActionItem> actions, ScorecardWindow window) {
        int made = 0;
        int done = 0;
        int onTime = 0;
        int withDue = 0;
        int open = 0;
        int overdue = 0;
        int stalled = 0;
        List<Long> daysToClose = new ArrayList<>();
        for (ActionItem a : actions) {
            Optional<LocalDate> created = createdOn(a);
            if (created.filter(window::contains).isPresent()) {
                made++;
            }
            Optional<LocalDate> completed = completedOn(a);
            if (completed.filter(window::contains).isPresent()) {
                done++;
                if (a.due() != null) {
                    withDue++;
                    if (!completed.get().isAfter(a.due())) {
                        onTime++;
                    }
                }
                created.ifPresent(c -> daysToClose.add(Math.max(0, ChronoUnit.DAYS.between(c, completed.get()))));
            }
            if (a.isOpen()) {
                open++;
                ActionState state = stalls.assess(a);
                overdue += state.overdue() ? 1 : 0;
                stalled += state.stalled() ? 1 : 0;
            }
        }
        return new LeaderScorecard(person.id(), person.name(), person.silo(), window, made, done, onTime, withDue,
                median(daysToClose), open, overdue, stalled, quarters(actions));
    }

    private List<LeaderScorecard.QuarterRate> quarters(List<ActionItem> actions) {
        Period current = Period.containing(today, MetricCadence.QUARTERLY);
        List<Period> periods = new ArrayList<>();
        Period p = current;
        for (int i = 0; i < QUARTERS; i++) {
            periods.addFirst(p);
            p = p.previous();
        }
        List<LeaderScorecard.QuarterRate> rates = new ArrayList<>();
        for (Period quarter : periods) {
            int onTime = 0;
            int withDue = 0;
            for (ActionItem a : actions) {
                Optional<LocalDate> completed = completedOn(a).filter(quarter::contains);
                if (completed.isPresent() && a.due() != null) {
                    withDue++;
                    onTime += completed.get().isAfter(a.due()) ? 0 : 1;
                }
            }
            rates.add(new LeaderScorecard.QuarterRate(quarter.toString(), onTime, withDue));
        }
        return rates;
    }

    /** The day the action was created: {@code createdAt}, else the day of the session it was raised in. */
    public Optional<LocalDate> createdOn(ActionItem action) {
        return ActionRules.createdOn(action)
                .or(() -> Optional.ofNullable(action.meetingId()).map(meetingDays::get));
    }

    /** The day a done action was completed: {@code completedAt}, else the last update that set it done. */
    public static Optional<LocalDate> completedOn(ActionItem action) {
        if (action.status() != ActionStatus.DONE) {
            return Optional.empty();
        }
        if (action.completedAt() != null) {
            return Optional.of(action.completedAt().toLocalDate());
        }
        return action.updates().stream().filter(u -> u.status() == ActionStatus.DONE).map(ActionUpdate::date)
                .max(Comparator.naturalOrder());
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2).doubleValue() : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
