package org.cxcadence.service.home;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionState;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricCategory;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.NetCustomerChange;
import org.cxcadence.domain.OffTarget;
import org.cxcadence.domain.OffTargetRule;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.StallRule;
import org.cxcadence.domain.StarterMetrics;
import org.cxcadence.domain.Workspace;

/** Builds {@link HomeSummary} from a workspace as of a given day; pure, so it is tested without a window. */
public final class HomeSummaryBuilder {
    static final int RECENT_SESSIONS = org.cxcadence.service.OpenWorkspace.HOME_RECENT_SESSIONS;

    private HomeSummaryBuilder() {
    }

    public static HomeSummary build(Workspace w, LocalDate today) {
        StallRule stalls = StallRule.of(w, today);
        Map<String, int[]> load = new HashMap<>();
        int open = 0;
        int overdue = 0;
        int stalled = 0;
        for (ActionItem action : w.actionItems()) {
            if (!action.isOpen()) {
                continue;
            }
            ActionState state = stalls.assess(action);
            int[] counts = load.computeIfAbsent(action.ownerId(), k -> new int[3]);
            counts[0]++;
            open++;
            if (state.overdue()) {
                counts[1]++;
                overdue++;
            }
            if (state.stalled()) {
                counts[2]++;
                stalled++;
            }
        }
        List<HomeSummary.LeaderLoad> leaders = new ArrayList<>();
        for (Person p : w.people()) {
            int[] c = load.get(p.id());
            if (c != null) {
                leaders.add(new HomeSummary.LeaderLoad(p.id(), p.name(), p.silo(), c[0], c[1], c[2]));
            }
        }
        // Who needs air cover first: stalled, then overdue, then most open; the people list order breaks ties.
        leaders.sort(Comparator.comparingInt(HomeSummary.LeaderLoad::stalled).reversed()
                .thenComparing(Comparator.comparingInt(HomeSummary.LeaderLoad::overdue).reversed())
                .thenComparing(Comparator.comparingInt(HomeSummary.LeaderLoad::open).reversed()));
        return new HomeSummary(w.settings().companyName(), nextSession(w, today), customerChange(w),
                assetTiles(w), List.copyOf(leaders), recentSessions(w), open, overdue, stalled);
    }

    static Optional<HomeSummary.NextSession> nextSession(Workspace w, LocalDate today) {
        return w.meetings().stream()
                .filter(m -> m.status().isPending())
                .filter(m -> !m.start().toLocalDate().isBefore(today) || m.status() == MeetingStatus.IN_PROGRESS)
                .min(Comparator.comparing(Meeting::start))
                .map(m -> new HomeSummary.NextSession(m.id(), m.title(), m.start(), m.durationMinutes(), m.status(),
                        m.agenda().size(), m.plannedMinutes(),
                        (int) m.agenda().stream().map(AgendaItem::carriedFromId).filter(id -> id != null).count(),
                        m.agenda().stream().map(a -> new HomeSummary.AgendaLine(a.title(), a.plannedMinutes(),
                                a.carriedFromId() != null)).toList()));
    }

    static Optional<HomeSummary.CustomerChange> customerChange(Workspace w) {
        List<NetCustomerChange.Entry> totals = NetCustomerChange.totalsByPeriod(NetCustomerChange.volume(w.metrics()));
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        NetCustomerChange.Entry latest = totals.getLast();
        return Optional.of(new HomeSummary.CustomerChange(latest.period(), latest.acquired(), latest.lost()));
    }

    /** Customer-asset metrics first (whole numbers), then loyalty and profitability, in the CCO's order. */
    public static List<HomeSummary.MetricTile> assetTiles(Workspace w) {
        List<HomeSummary.MetricTile> tiles = new ArrayList<>();
        List<Metric> ordered = w.metrics().stream()
                .filter(m -> !StarterMetrics.isComputed(m))
                .sorted(Comparator.comparing((Metric m) -> m.category() != MetricCategory.CUSTOMER_ASSET))
                .toList();
        Map<String, String> segmentNames = new HashMap<>();
        w.segments().forEach(s -> segmentNames.put(s.id(), s.name()));
        for (Metric m : ordered) {
            latestTotal(m, segmentNames).ifPresent(tiles::add);
        }
        return List.copyOf(tiles);
    }

    /** The latest period's total: the entered total, or the sum of the segments' values and targets. */
    static Optional<HomeSummary.MetricTile> latestTotal(Metric m, Map<String, String> segmentNames) {
        Optional<Period> latest = m.values().stream().filter(v -> v.value() != null)
                .map(v -> Period.parse(v.period())).max(Comparator.naturalOrder());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        String period = latest.get().toString();
        List<MetricValue> inPeriod = m.values().stream().filter(v -> v.period().equals(period)).toList();
        Optional<MetricValue> total = inPeriod.stream().filter(v -> v.segmentId() == null).findFirst();
        BigDecimal value;
        BigDecimal target;
        if (total.isPresent()) {
            value = total.get().value();
            target = total.get().target();
        } else if (summable(m)) {
            value = sum(inPeriod.stream().map(MetricValue::value).toList());
            target = inPeriod.stream().allMatch(v -> v.target() != null)
                    ? sum(inPeriod.stream().map(MetricValue::target).toList()) : null;
        } else {
            // Rates and scores do not add up across segments; without an entered total, show none.
            return Optional.empty();
        }
        List<OffTarget> misses = OffTargetRule.offTargets(m);
        List<String> where = misses.stream()
                .map(o -> o.segmentId() == null ? "" : segmentNames.getOrDefault(o.segmentId(), o.segmentId()))
                .toList();
        int running = misses.stream().mapToInt(OffTarget::periodsRunning).max().orElse(0);
        return Optional.of(new HomeSummary.MetricTile(m.id(), m.name(), m.unit(), m.currencyCode(), period, value,
                target, where, running));
    }

    /**
     * The metric's total over its last {@code periods} periods, oldest first, for a sparkline: the
     * entered total where there is one, else the sum of the segments where sums mean something.
     */
    public static List<BigDecimal> trend(Metric m, int periods) {
        List<Period> all = m.values().stream().filter(v -> v.value() != null).map(v -> Period.parse(v.period()))
                .distinct().sorted().toList();
        List<BigDecimal> totals = new ArrayList<>();
        for (Period p : all.subList(Math.max(0, all.size() - periods), all.size())) {
            String period = p.toString();
            List<MetricValue> in = m.values().stream().filter(v -> v.period().equals(period) && v.value() != null).toList();
            Optional<MetricValue> total = in.stream().filter(v -> v.segmentId() == null).findFirst();
            if (total.isPresent()) {
                totals.add(total.get().value());
            } else if (summable(m)) {
                totals.add(sum(in.stream().map(MetricValue::value).toList()));
            }
        }
        return List.copyOf(totals);
    }

    private static boolean summable(Metric m) {
        return switch (m.unit()) {
            case COUNT, CURRENCY -> m.category() == MetricCategory.CUSTOMER_ASSET;
            case PERCENT, SCORE -> false;
        };
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static List<HomeSummary.RecentSession> recentSessions(Workspace w) {
        Map<String, Integer> raised = new HashMap<>();
        w.actionItems().forEach(a -> {
            if (a.meetingId() != null) {
                raised.merge(a.meetingId(), 1, Integer::sum);
            }
        });
        return w.meetings().stream()
                .filter(m -> m.status() == MeetingStatus.COMPLETED)
                .sorted(Comparator.comparing(Meeting::start).reversed())
                .limit(RECENT_SESSIONS)
                .map(m -> new HomeSummary.RecentSession(m.id(), m.title(), m.start(), m.rating(),
                        m.agenda().stream().mapToInt(a -> a.decisions().size()).sum(),
                        raised.getOrDefault(m.id(), 0)))
                .toList();
    }
}
