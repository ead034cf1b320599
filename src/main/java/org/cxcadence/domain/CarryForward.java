package org.cxcadence.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cxcadence.domain.AgendaDraft.ActionLine;
import org.cxcadence.domain.AgendaDraft.CarriedItem;
import org.cxcadence.domain.AgendaDraft.MetricLine;

/**
 * What the next session must hear again, with the reason for each line. Pure: judged on a workspace
 * and a day taken as today, never the clock.
 * <ul>
 * <li><b>Items</b>: every item of the series' last completed session before the target that was
 * deferred or not reached, and every topic of a session called off since then. An item already
 * brought onto the target or onto another upcoming session is not brought again, and of an item and
 * its own later copy only the copy comes.</li>
 * <li><b>Actions</b> for the open-action review: every open action due before the session's day, or
 * stalled ({@link StallRule}); done and dropped actions never.</li>
 * <li><b>Metrics</b> for the customer asset review: every line off target ({@link OffTargetRule}).</li>
 * </ul>
 */
public final class CarryForward {

    private CarryForward() {
    }

    public static AgendaDraft propose(Workspace w, Meeting target, LocalDate today) {
        return new AgendaDraft(items(w.meetings(), target), actions(w, target, today), metrics(w));
    }

    /** Earlier items to bring onto {@code target}, in agenda order of their sessions. */
    public static List<CarriedItem> items(Collection<Meeting> meetings, Meeting target) {
        if (target.seriesId() == null) {
            return List.of();
        }
        List<Meeting> earlier = meetings.stream()
                .filter(m -> target.seriesId().equals(m.seriesId()) && !m.id().equals(target.id()))
                .filter(m -> m.start().isBefore(target.start()))
                .sorted(Comparator.comparing(Meeting::start))
                .toList();
        Meeting last = earlier.stream().filter(m -> m.status() == MeetingStatus.COMPLETED)
                .reduce((a, b) -> b).orElse(null);
        List<CarriedItem> candidates = new ArrayList<>();
        if (last != null) {
            for (AgendaItem item : last.agenda()) {
                if (item.outcome() == AgendaOutcome.DEFERRED) {
                    candidates.add(new CarriedItem(item, last, CarryReason.deferred(dayOf(last))));
                } else if (item.outcome() == AgendaOutcome.NOT_REACHED) {
                    candidates.add(new CarriedItem(item, last, CarryReason.notReached(dayOf(last))));
                }
            }
        }
        for (Meeting m : earlier) {
            if (m.status() == MeetingStatus.CANCELLED && (last == null || m.start().isAfter(last.start()))) {
                for (AgendaItem item : m.agenda()) {
                    if (item.kind() == AgendaItemKind.TOPIC) {
                        candidates.add(new CarriedItem(item, m, CarryReason.fromCancelled(dayOf(m))));
                    }
                }
            }
        }
        Set<String> superseded = new HashSet<>();
        candidates.forEach(c -> {
            if (c.source().carriedFromId() != null) {
                superseded.add(c.source().carriedFromId());
            }
        });
        Set<String> alreadyBrought = new HashSet<>();
        for (Meeting m : meetings) {
            boolean upcoming = m.id().equals(target.id()) || m.status() == MeetingStatus.DRAFT
                    || m.status() == MeetingStatus.READY;
            if (upcoming) {
                for (AgendaItem item : m.agenda()) {
                    if (item.carriedFromId() != null) {
                        alreadyBrought.add(item.carriedFromId());
                    }
                    if (m.id().equals(target.id())) {
                        alreadyBrought.add(item.id());
                    }
                }
            }
        }
        List<CarriedItem> result = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (CarriedItem c : candidates) {
            String id = c.source().id();
            if (superseded.contains(id) || alreadyBrought.contains(id) || !taken.add(id)) {
                continue;
            }
            result.add(c);
        }
        return List.copyOf(result);
    }

    /**
     * The sessions whose agendas {@link #items} reads for {@code target}, chosen among headers: the
     * target, every draft or ready session, and of the target's series the last completed session
     * before it and the sessions called off after that one. Given these whole (and the rest as
     * headers), {@code items} gives what it gives on every session whole.
     */
    public static Set<String> sessionsRead(Collection<Meeting> headers, Meeting target) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        ids.add(target.id());
        for (Meeting m : headers) {
            if (m.status() == MeetingStatus.DRAFT || m.status() == MeetingStatus.READY) {
                ids.add(m.id());
            }
        }
        if (target.seriesId() == null) {
            return ids;
        }
        List<Meeting> earlier = headers.stream()
                .filter(m -> target.seriesId().equals(m.seriesId()) && !m.id().equals(target.id()))
                .filter(m -> m.start().isBefore(target.start()))
                .sorted(Comparator.comparing(Meeting::start))
                .toList();
        Meeting last = earlier.stream().filter(m -> m.status() == MeetingStatus.COMPLETED)
                .reduce((a, b) -> b).orElse(null); // as items() chooses it, ties included
        if (last != null) {
            ids.add(last.id());
        }
        for (Meeting m : earlier) {
            if (m.status() == MeetingStatus.CANCELLED && (last == null || m.start().isAfter(last.start()))) {
                ids.add(m.id());
            }
        }
        return ids;
    }

    /** Why an agenda item is on its agenda when it came from an earlier one; empty for new items. */
    public static Optional<CarryReason> reasonFor(AgendaItem item, Collection<Meeting> meetings) {
        if (item.carriedFromId() == null) {
            return Optional.empty();
        }
        for (Meeting m : meetings) {
            for (AgendaItem source : m.agenda()) {
                if (source.id().equals(item.carriedFromId())) {
                    if (m.status() == MeetingStatus.CANCELLED) {
                        return Optional.of(CarryReason.fromCancelled(dayOf(m)));
                    }
                    if (source.outcome() == AgendaOutcome.NOT_REACHED) {
                        return Optional.of(CarryReason.notReached(dayOf(m)));
                    }
                    return Optional.of(CarryReason.deferred(dayOf(m)));
                }
            }
        }
        return Optional.empty();
    }

    /** Open actions due before the session's day or stalled, owners in the people list's order. */
    public static List<ActionLine> actions(Workspace w, Meeting target, LocalDate today) {
        StallRule stalls = StallRule.of(w, today);
        LocalDate sessionDay = dayOf(target);
        Map<String, Integer> ownerOrder = new HashMap<>();
        for (int i = 0; i < w.people().size(); i++) {
            ownerOrder.put(w.people().get(i).id(), i);
        }
        List<ActionLine> lines = new ArrayList<>();
        for (ActionItem a : w.actionItems()) {
            if (!a.isOpen()) {
                continue;
            }
            List<CarryReason> reasons = new ArrayList<>();
            if (a.due() != null && a.due().isBefore(today)) {
                reasons.add(CarryReason.overdue(a.due(), ActionRules.daysOverdue(a, today)));
            } else if (a.due() != null && a.due().isBefore(sessionDay)) {
                reasons.add(CarryReason.dueBeforeSession(a.due()));
            }
            for (StallReason r : stalls.reasons(a)) {
                switch (r.kind()) {
                    case NO_PROGRESS_IN_SESSIONS -> reasons.add(CarryReason.stalledSessions(r.count()));
                    case NO_PROGRESS_IN_DAYS -> reasons.add(CarryReason.stalledDays(r.count()));
                    case OVERDUE -> { } // said once already, as "overdue N days"
                }
            }
            if (!reasons.isEmpty()) {
                lines.add(new ActionLine(a, reasons));
            }
        }
        lines.sort(Comparator.comparing((ActionLine l) -> ownerOrder.getOrDefault(l.action().ownerId(), Integer.MAX_VALUE))
                .thenComparing(l -> l.action().ownerId())
                .thenComparing(l -> l.action().due(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(l -> l.action().title()));
        return List.copyOf(lines);
    }

    /** Every metric line off target, in the metrics' order; computed metrics are left out. */
    public static List<MetricLine> metrics(Workspace w) {
        Map<String, String> segmentNames = new HashMap<>();
        w.segments().forEach(s -> segmentNames.put(s.id(), s.name()));
        List<MetricLine> lines = new ArrayList<>();
        for (Metric m : w.metrics()) {
            if (StarterMetrics.isComputed(m)) {
                continue;
            }
            for (OffTarget off : OffTargetRule.offTargets(m)) {
                String subject = off.segmentId() == null ? m.name()
                        : m.name() + " (" + segmentNames.getOrDefault(off.segmentId(), off.segmentId()) + ")";
                lines.add(new MetricLine(m, off, CarryReason.offTarget(subject, off.value(), off.target(), m.unit())));
            }
        }
        return List.copyOf(lines);
    }

    static LocalDate dayOf(Meeting m) {
        return m.start().toLocalDate();
    }
}
