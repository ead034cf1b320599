package org.cxcadence.service.demo;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionRules;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.ActionUpdate;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.NetCustomerChange;
import org.cxcadence.domain.OffTarget;
import org.cxcadence.domain.OffTargetRule;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.StallReason;
import org.cxcadence.domain.StallRule;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The notes of the two standing items, written from the data itself so they never contradict it:
 * the customer asset review reads the numbers published by that day, the open-action review reads
 * the updates given in that session and what had stalled coming in. The notes are English, like
 * the rest of the demo's content.
 */
final class DemoNotes {
    /** Misses running at least this long are read out in the review; shorter ones are only counted. */
    private static final int PERSISTENT_PERIODS = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private final Map<String, String> segmentNames;

    DemoNotes(List<Segment> segments) {
        this.segmentNames = segments.stream().collect(Collectors.toMap(Segment::id, Segment::name));
    }

    String customerAssetReview(LocalDate day, List<Metric> metrics) {
        List<Metric> known = DemoSnapshots.knownOn(day, metrics);
        List<String> lines = new ArrayList<>();
        List<NetCustomerChange.Entry> bySegment = NetCustomerChange.volume(known);
        Optional<String> month = bySegment.stream().map(NetCustomerChange.Entry::period).reduce((a, b) -> b);
        if (month.isPresent()) {
            Period p = Period.parse(month.get());
            List<NetCustomerChange.Entry> latest = bySegment.stream().filter(e -> e.period().equals(month.get())).toList();
            NetCustomerChange.Entry total = NetCustomerChange.totalsByPeriod(latest).getFirst();
            lines.add("Latest closed month: " + p.startDate().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " " + p.year() + ".");
            lines.add("Gained " + count(total.acquired()) + " customers and lost " + count(total.lost()) + ": net "
                    + signed(total.net()) + ".");
            lines.add("By segment: " + latest.stream().map(e -> segmentNames.get(e.segmentId()) + " +" + count(e.acquired()) + " / −"
                    + count(e.lost())).collect(Collectors.joining(", ")) + ".");
        }
        // Only persistent misses are read out: chasing every one-month blip is the whack-a-mole the practice warns about.
        List<String> persistent = new ArrayList<>();
        int brief = 0;
        for (Metric m : known) {
            List<OffTarget> misses = OffTargetRule.offTargets(m);
            List<OffTarget> lasting = misses.stream().filter(o -> o.periodsRunning() >= PERSISTENT_PERIODS).toList();
            brief += misses.size() - lasting.size();
            if (!lasting.isEmpty()) {
                persistent.add("• " + m.name() + ": " + lasting.stream().map(this::miss).collect(Collectors.joining(", ")));
            }
        }
        if (persistent.isEmpty()) {
            lines.add("Nothing off target for " + PERSISTENT_PERIODS + " periods or more.");
        } else {
            lines.add("Off target for " + PERSISTENT_PERIODS + " periods or more:");
            lines.addAll(persistent);
        }
        if (brief > 0) {
            lines.add(brief + (brief == 1 ? " other line is" : " other lines are") + " off target for a period or two.");
        }
        return String.join("\n", lines);
    }

    /**
     * @param sessionsBefore the completed sessions before this one, for judging what had stalled coming in
     */
    String openActionReview(String meetingId, LocalDate day, List<ActionItem> actions, List<Meeting> sessionsBefore,
                            int stalledAfterSessions) {
        StallRule rule = new StallRule(sessionsBefore, stalledAfterSessions, day);
        List<ActionItem> known = actions.stream()
                .filter(a -> a.createdAt().toLocalDate().isBefore(day))
                .map(a -> DemoActions.asKnownBefore(a, day))
                .filter(ActionRules::isOpen).toList();
        List<String> lines = new ArrayList<>();
        long overdue = known.stream().filter(a -> ActionRules.isOverdue(a, day)).count();
        lines.add(known.isEmpty() ? "No open actions yet."
                : "Open coming in: " + known.size() + " actions, " + overdue + " overdue.");
        List<String> stalled = known.stream().filter(rule::isStalled)
                .map(a -> "• " + a.title() + " (" + DemoOrganisation.firstName(a.ownerId()) + "): "
                        + rule.reasons(a).stream().map(StallReason::describe).collect(Collectors.joining(", ")))
                .toList();
        if (!stalled.isEmpty()) {
            lines.add("Stalled coming in:");
            lines.addAll(stalled);
        }
        List<String> updates = new ArrayList<>();
        for (ActionItem a : actions) {
            for (ActionUpdate u : a.updates()) {
                if (meetingId.equals(u.meetingId())) {
                    updates.add("• " + DemoOrganisation.firstName(a.ownerId()) + " (" + DemoOrganisation.silo(a.ownerId())
                            + "), " + a.title() + ": " + said(u));
                }
            }
        }
        if (!updates.isEmpty()) {
            lines.add("Updates:");
            lines.addAll(updates);
        }
        return String.join("\n", lines);
    }

    private static String said(ActionUpdate u) {
        List<String> parts = new ArrayList<>();
        String status = u.status() == null ? "" : "[" + statusWord(u.status()) + "] ";
        if (u.note() != null) {
            parts.add(status + u.note());
        } else if (!status.isEmpty()) {
            parts.add(status.strip());
        }
        if (u.due() != null) {
            parts.add(u.note() == null && u.status() == null
                    ? "asked to move the due date to " + DAY.format(u.due()) + "; nothing else to report"
                    : "new due date " + DAY.format(u.due()));
        }
        return String.join("; ", parts);
    }

    private static String statusWord(ActionStatus status) {
        return switch (status) {
            case OPEN -> "open";
            case IN_PROGRESS -> "in progress";
            case DONE -> "done";
            case BLOCKED -> "blocked";
            case DROPPED -> "dropped";
        };
    }

    private String miss(OffTarget o) {
        String where = o.segmentId() == null ? "total" : segmentNames.get(o.segmentId());
        return where + " (" + o.periodsRunning() + " periods)";
    }

    private static String count(BigDecimal n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    private static String signed(BigDecimal n) {
        return (n.signum() < 0 ? "−" : "+") + count(n.abs());
    }
}
