package org.cxcadence.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one-page brief for the CEO: where the work has stalled while there is still time to provide
 * air cover. Built once (pure) and rendered as Markdown or PDF.
 *
 * @param stalled       stalled actions, longest stalled first (most days overdue, then oldest)
 * @param lowestOnTime  up to {@link #LOWEST_LEADERS} leaders with the lowest on-time rate in the window
 *                      (only leaders with a rate; ties by fewer done on time)
 * @param offTarget     metric lines off target {@link #OFF_TARGET_PERIODS} or more periods running
 * @param blocked       blocked actions with their blocker
 * @param sponsorLowest the lowest answers of the latest sponsor check-in (score {@link #LOW_SPONSOR_SCORE} or
 *                      below, lowest first), so the sponsor sees which commitments the work is missing
 */
public record AirCoverBrief(String companyName, LocalDate today, ScorecardWindow window, List<StalledItem> stalled,
                            List<LeaderScorecard> lowestOnTime, List<OffTargetLine> offTarget,
                            List<BlockedItem> blocked, List<SponsorLow> sponsorLowest) {
    public static final int LOWEST_LEADERS = 3;
    public static final int LOW_SPONSOR_SCORE = 2;
    public static final int OFF_TARGET_PERIODS = 3;

    public AirCoverBrief {
        stalled = Require.list(stalled);
        lowestOnTime = Require.list(lowestOnTime);
        offTarget = Require.list(offTarget);
        blocked = Require.list(blocked);
        sponsorLowest = Require.list(sponsorLowest);
    }

    /** The brief without sponsor answers (as before the Program issue). */
    public AirCoverBrief(String companyName, LocalDate today, ScorecardWindow window, List<StalledItem> stalled,
                         List<LeaderScorecard> lowestOnTime, List<OffTargetLine> offTarget, List<BlockedItem> blocked) {
        this(companyName, today, window, stalled, lowestOnTime, offTarget, blocked, List.of());
    }

    /** One low answer of the sponsor's latest check-in. */
    public record SponsorLow(LocalDate date, CeoAction action, String question, int score, String comment) {
    }

    /** The lowest answers (score 2 or below) of the latest check-in on or before {@code today}, lowest first. */
    public static List<SponsorLow> sponsorLowest(Workspace w, LocalDate today) {
        Optional<SponsorCheckIn> latest = w.checkIns().stream().filter(k -> !k.date().isAfter(today))
                .max(Comparator.comparing(SponsorCheckIn::date));
        if (latest.isEmpty()) {
            return List.of();
        }
        Map<String, SponsorQuestion> questions = new HashMap<>();
        w.effectiveSponsorQuestions().forEach(q -> questions.put(q.id(), q));
        List<SponsorLow> low = new ArrayList<>();
        for (SponsorAnswer a : latest.get().answers()) {
            SponsorQuestion q = questions.get(a.questionId());
            if (a.score() <= LOW_SPONSOR_SCORE && q != null) {
                low.add(new SponsorLow(latest.get().date(), q.action(), q.text(), a.score(), a.comment()));
            }
        }
        low.sort(Comparator.comparingInt(SponsorLow::score).thenComparing(l -> l.action().number()));
        return low;
    }

    /**
     * @param ageDays        whole days since it was created (null when unknown)
     * @param lastUpdate     date of its latest update of any kind, or {@code null} when it never had one
     * @param lastUpdateNote the note of that update, when it had one
     */
    public record StalledItem(String actionId, String title, String customerImpact, String ownerName, LocalDate due,
                              Long ageDays, LocalDate lastUpdate, String lastUpdateNote, List<StallReason> reasons) {
        public StalledItem {
            reasons = Require.list(reasons);
        }
    }

    public record OffTargetLine(String metricName, String segmentName, String period, BigDecimal value,
                                BigDecimal target, MetricUnit unit, String currencyCode, Direction direction,
                                int periodsRunning, String ownerName) {
    }

    public record BlockedItem(String actionId, String title, String customerImpact, String ownerName, String blocker,
                              LocalDate due) {
    }

    public boolean isEmpty() {
        return stalled.isEmpty() && lowestOnTime.isEmpty() && offTarget.isEmpty() && blocked.isEmpty();
    }

    public static AirCoverBrief build(Workspace w, LocalDate today) {
        return build(w, today, ScorecardWindow.defaultFor(today));
    }

    public static AirCoverBrief build(Workspace w, LocalDate today, ScorecardWindow window) {
        Map<String, String> people = new HashMap<>();
        w.people().forEach(p -> people.put(p.id(), p.name()));
        StallRule rule = StallRule.of(w, today);
        Scorecard scorecard = new Scorecard(w, today);

        List<StalledItem> stalled = new ArrayList<>();
        List<BlockedItem> blocked = new ArrayList<>();
        for (ActionItem a : w.actionItems()) {
            if (!a.isOpen()) {
                continue;
            }
            ActionState state = rule.assess(a);
            String owner = people.getOrDefault(a.ownerId(), a.ownerId());
            if (state.stalled()) {
                Optional<ActionUpdate> last = a.updates().stream().filter(u -> !u.isEditOnly())
                        .max(Comparator.comparing(ActionUpdate::date));
                Long age = scorecard.createdOn(a).map(c -> ChronoUnit.DAYS.between(c, today)).orElse(null);
                stalled.add(new StalledItem(a.id(), a.title(), a.customerImpact(), owner, a.due(), age,
                        last.map(ActionUpdate::date).orElse(null), last.map(ActionUpdate::note).orElse(null),
                        state.stallReasons()));
            }
            if (a.status() == ActionStatus.BLOCKED) {
                blocked.add(new BlockedItem(a.id(), a.title(), a.customerImpact(), owner, a.blocker(), a.due()));
            }
        }
        stalled.sort(Comparator.comparing((StalledItem s) -> overdueDays(s)).reversed()
                .thenComparing(s -> s.ageDays() == null ? -1 : s.ageDays(), Comparator.reverseOrder()));

        List<LeaderScorecard> lowest = scorecard.all(window).stream()
                .filter(c -> c.onTimePercent() != null)
                .sorted(Comparator.comparing(LeaderScorecard::onTimePercent)
                        .thenComparing(LeaderScorecard::doneWithDue, Comparator.reverseOrder()))
                .limit(LOWEST_LEADERS)
                .toList();

        Map<String, String> segments = new HashMap<>();
        w.segments().forEach(s -> segments.put(s.id(), s.name()));
        List<OffTargetLine> off = new ArrayList<>();
        for (Metric m : w.metrics()) {
            for (OffTarget o : OffTargetRule.offTargets(m)) {
                if (o.periodsRunning() >= OFF_TARGET_PERIODS) {
                    off.add(new OffTargetLine(m.name(), o.segmentId() == null ? null
                            : segments.getOrDefault(o.segmentId(), o.segmentId()), o.period(), o.value(), o.target(),
                            m.unit(), m.currencyCode(), m.direction(), o.periodsRunning(),
                            m.ownerId() == null ? null : people.get(m.ownerId())));
                }
            }
        }
        off.sort(Comparator.comparingInt(OffTargetLine::periodsRunning).reversed());
        return new AirCoverBrief(w.settings().companyName(), today, window, stalled, lowest, off, blocked,
                sponsorLowest(w, today));
    }

    private static long overdueDays(StalledItem s) {
        return s.reasons().stream().filter(r -> r.kind() == StallReason.Kind.OVERDUE).mapToLong(StallReason::count)
                .max().orElse(0);
    }
}
