package org.cxcadence.exchange.program;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cxcadence.domain.MaturityLevel;
import org.cxcadence.domain.MaturityTrend;
import org.cxcadence.domain.Milestone;
import org.cxcadence.domain.MilestoneStatus;
import org.cxcadence.domain.Roadmap;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.actions.Report;

/**
 * The road map as a {@link Report} (Markdown or PDF): per competency its maturity trend and its
 * milestones by quarter, late ones marked in words; then the late milestones together.
 */
public final class RoadmapReport {
    /** Relative PDF column widths: quarter, milestone, status, owner, actions. */
    public static final float[] WIDTHS = {10, 36, 12, 14, 28};

    private RoadmapReport() {
    }

    public static Report build(Workspace w, Roadmap map, Locale locale) {
        Map<String, String> people = new HashMap<>();
        w.people().forEach(p -> people.put(p.id(), p.name()));
        Map<String, String> actions = new HashMap<>();
        w.actionItems().forEach(a -> actions.put(a.id(), a.title()));
        Map<String, String> areas = new HashMap<>();
        w.topicAreas().forEach(t -> areas.put(t.id(), t.name()));
        String company = w.settings().companyName() == null ? "" : " — " + w.settings().companyName();
        String span = map.quarters().isEmpty() ? "" : " Quarters " + map.quarters().getFirst() + " – "
                + map.quarters().getLast() + ".";
        String subtitle = "As of " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(map.today()) + " (" + map.currentQuarter() + ")." + span + " " + map.late().size()
                + (map.late().size() == 1 ? " milestone is" : " milestones are") + " late.";
        List<Report.Section> sections = new ArrayList<>();
        for (Roadmap.Lane lane : map.lanes()) {
            List<List<Report.Cell>> rows = new ArrayList<>();
            for (Milestone m : lane.milestones()) {
                rows.add(row(m, map, people, actions));
            }
            sections.add(new Report.Section(lane.area().name(), maturity(lane.maturity()), columns(), rows,
                    "No milestones yet.", 0));
        }
        List<List<Report.Cell>> late = new ArrayList<>();
        for (Milestone m : map.late()) {
            List<Report.Cell> row = new ArrayList<>(row(m, map, people, actions));
            row.set(1, Report.Cell.of(m.title(), areas.get(m.topicAreaId())));
            late.add(row);
        }
        sections.add(new Report.Section("Late milestones (" + map.late().size() + ")",
                "Not done, and the target quarter has ended.", columns(), late, "No milestone is late.", 0));
        return new Report("Road map" + company, subtitle, sections);
    }

    public static List<float[]> widths(Report report) {
        return report.sections().stream().map(s -> WIDTHS).toList();
    }

    private static List<String> columns() {
        return List.of("Quarter", "Milestone", "Status", "Owner", "Actions serving it");
    }

    private static List<Report.Cell> row(Milestone m, Roadmap map, Map<String, String> people,
                                         Map<String, String> actions) {
        String status = status(m.status()) + (m.isLate(map.today()) ? " — Late" : "");
        String served = m.actionIds().stream().map(id -> actions.getOrDefault(id, id)).collect(Collectors.joining("; "));
        return List.of(Report.Cell.of(m.targetQuarter()), Report.Cell.of(m.title(), m.note()), Report.Cell.of(status),
                Report.Cell.of(m.ownerId() == null ? "" : people.getOrDefault(m.ownerId(), m.ownerId())),
                Report.Cell.of(served));
    }

    static String status(MilestoneStatus s) {
        return switch (s) {
            case PLANNED -> "Planned";
            case IN_PROGRESS -> "In progress";
            case AT_RISK -> "At risk";
            case DONE -> "Done";
            case DROPPED -> "Dropped";
        };
    }

    /** "Maturity 3 of 5 (up 1 since 2026-Q2): note. Trend: 2026-Q1 1 → 2026-Q2 2 → 2026-Q3 3." */
    static String maturity(MaturityTrend t) {
        if (t.points().isEmpty()) {
            return "Maturity not yet recorded.";
        }
        MaturityLevel last = t.points().getLast();
        StringBuilder s = new StringBuilder("Maturity ").append(last.level()).append(" of 5 in ").append(last.quarter());
        Integer change = t.change();
        if (change != null) {
            String before = t.points().get(t.points().size() - 2).quarter();
            s.append(change == 0 ? " (unchanged since " + before + ")"
                    : change > 0 ? " (up " + change + " since " + before + ")" : " (down " + -change + " since " + before + ")");
        }
        if (last.note() != null && !last.note().isBlank()) {
            s.append(": ").append(last.note());
        }
        s.append(". Trend: ").append(t.points().stream().map(p -> p.quarter() + " " + p.level())
                .collect(Collectors.joining(" → "))).append('.');
        return s.toString();
    }
}
