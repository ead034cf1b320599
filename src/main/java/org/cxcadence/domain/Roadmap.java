package org.cxcadence.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The multi-year road map as of a day: one lane per competency (topic area) with its milestones in
 * quarter order and its maturity trend, the quarters the map spans (today's quarter always
 * included) and the late milestones. Pure; the timeline screen and the exports read it.
 */
public record Roadmap(LocalDate today, List<Period> quarters, List<Lane> lanes, List<Milestone> late) {
    public Roadmap {
        quarters = Require.list(quarters);
        lanes = Require.list(lanes);
        late = Require.list(late);
    }

    public record Lane(TopicArea area, List<Milestone> milestones, MaturityTrend maturity) {
        public Lane {
            milestones = Require.list(milestones);
        }
    }

    /** Lanes for every topic area not archived, plus archived ones that still hold milestones, in list order. */
    public static Roadmap of(Workspace w, LocalDate today) {
        List<Lane> lanes = new ArrayList<>();
        Comparator<Milestone> byQuarter = Comparator.comparing(Milestone::quarter);
        for (TopicArea area : w.topicAreas()) {
            List<Milestone> ms = w.milestones().stream().filter(m -> m.topicAreaId().equals(area.id()))
                    .sorted(byQuarter).toList();
            if (area.archived() && ms.isEmpty()) {
                continue;
            }
            lanes.add(new Lane(area, ms, MaturityTrend.of(area.id(), w.maturity())));
        }
        Period now = Period.containing(today, MetricCadence.QUARTERLY);
        Period first = now;
        Period last = now;
        for (Milestone m : w.milestones()) {
            first = m.quarter().isBefore(first) ? m.quarter() : first;
            last = m.quarter().isAfter(last) ? m.quarter() : last;
        }
        for (MaturityLevel l : w.maturity()) {
            first = l.period().isBefore(first) ? l.period() : first;
        }
        List<Period> quarters = new ArrayList<>();
        for (Period p = first; !p.isAfter(last); p = p.next()) {
            quarters.add(p);
        }
        List<Milestone> late = w.milestones().stream().filter(m -> m.isLate(today)).sorted(byQuarter).toList();
        return new Roadmap(today, quarters, lanes, late);
    }

    public Period currentQuarter() {
        return Period.containing(today, MetricCadence.QUARTERLY);
    }
}
