package org.cxcadence.service.demo;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.Workspace;
import org.cxcadence.domain.WorkspaceSettings;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The demo company behind the {@code demo} verb: Harborline Logistics Software, half a year into
 * weekly customer accountability sessions. Everything is dated from the day taken as today and
 * nothing reads the clock, so the same {@code --today} always gives the same workspace: ids are
 * readable and fixed (dated ones for sessions), and the little randomness (absences, timings, noise
 * on the numbers) comes from a generator seeded with that day.
 * <p>
 * What it shows: about 26 completed sessions and next Monday's draft; actions in every status, some
 * overdue, some stalled for each of the three reasons; a year of customer asset, loyalty and
 * profitability numbers by segment, several off target for months.
 */
public final class DemoCompany {
    /** Mixed into the seed so the demo's sequence is not just the day number. */
    private static final long SEED_SALT = 0x43584361_64656E63L;

    private DemoCompany() {
    }

    public static Workspace build(LocalDate today) {
        DemoCalendar calendar = new DemoCalendar(today);
        Random random = new Random(SEED_SALT ^ today.toEpochDay());
        List<Segment> segments = DemoOrganisation.segments();
        List<Metric> metrics = new DemoMetrics(today, random).build();
        List<ActionItem> actions = new DemoActions(calendar).build();
        List<Meeting> meetings = new DemoSessions(calendar, random, actions, metrics, segments).build();
        DemoProgram program = new DemoProgram(today);
        return new Workspace(new WorkspaceSettings(DemoOrganisation.COMPANY, null), DemoOrganisation.people(),
                DemoOrganisation.topicAreas(), DemoOrganisation.journeyStages(), segments,
                List.of(DemoOrganisation.series()), meetings, actions, metrics)
                .withProgram(program.milestones(), program.maturity(), List.of(), program.checkIns(),
                        program.readinessChecks());
    }
}
