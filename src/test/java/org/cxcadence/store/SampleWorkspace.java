package org.cxcadence.store;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
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
import org.cxcadence.domain.MetricSnapshotEntry;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.domain.Workspace;
import org.cxcadence.domain.WorkspaceSettings;

/** A small workspace that uses every field of the JSON v1 model, with awkward values on purpose. */
final class SampleWorkspace {
    private SampleWorkspace() {
    }

    static Workspace full() {
        List<Person> people = List.of(
                new Person("p-zoe", "Zoë Müller 👩‍💼", "Service", "VP Service", "zoe@example.com", 2, true),
                new Person("p-amir", "أمير حداد", "Sales", null, null, null, true),
                new Person("p-old", "Old Leader", null, null, null, 1, false));
        List<TopicArea> areas = List.of(
                new TopicArea("t-assets", "Honor and manage customers as assets", 1, false),
                new TopicArea("t-old", "Retired topic", null, true));
        List<JourneyStage> stages = List.of(new JourneyStage("j-use", "Use", 3), new JourneyStage("j-join", "Join", null));
        List<Segment> segments = List.of(new Segment("s-ent", "Enterprise", 1), new Segment("s-smb", "Small business", 2));
        MeetingSeries weekly = new MeetingSeries("series-1", "Weekly customer accountability", Cadence.WEEKLY, 90,
                DayOfWeek.MONDAY, LocalTime.of(9, 0), "America/Chicago", "p-zoe", List.of("p-zoe", "p-amir"));
        MeetingSeries bare = new MeetingSeries("series-2", "Quarterly review", Cadence.QUARTERLY, 120,
                null, null, null, null, List.of());
        AgendaItem carried = new AgendaItem("a-1", "Churn in small business", AgendaItemKind.TOPIC, "t-assets",
                "p-amir", 20, "Read the churn memo", List.of("https://example.com/memo", "file:///x/y.pdf"),
                "We lost 27,000 customers\nbut gained 22,000. Onboarding hurts.", 1234L, AgendaOutcome.DEFERRED,
                null, List.of(new Decision("d-1", "Fund the onboarding fix"), new Decision("d-2", "Call top 10 lost accounts")));
        AgendaItem review = new AgendaItem("a-2", "Metrics review", AgendaItemKind.METRICS_REVIEW, null, null,
                null, null, List.of(), null, null, null, null, List.of());
        Meeting held = new Meeting("m-1", "series-1", "Accountability session 1",
                OffsetDateTime.parse("2026-11-02T09:00:00-06:00"), 90, MeetingStatus.COMPLETED,
                OffsetDateTime.parse("2026-11-02T09:03:17.250-06:00"), OffsetDateTime.parse("2026-11-02T10:31:00Z"),
                List.of(new Attendance("p-zoe", true, null), new Attendance("p-amir", false, "Sam (deputy)")),
                8, List.of(carried, review),
                List.of(new MetricSnapshotEntry("metric-lost", "2026-10", null, new BigDecimal("27000"), null),
                        new MetricSnapshotEntry("metric-nps", "2026-Q3", "s-ent", new BigDecimal("45.50"),
                                new BigDecimal("50"))));
        AgendaItem broughtForward = new AgendaItem("a-3", "Churn in small business (continued)", null, "t-assets",
                null, 15, null, null, null, null, null, "a-1", null);
        Meeting next = new Meeting("m-2", "series-1", "Accountability session 2",
                OffsetDateTime.parse("2026-11-09T09:00-06:00"), 90, MeetingStatus.DRAFT, null, null, null, null,
                List.of(broughtForward), null);
        Meeting oneOff = new Meeting("m-0", null, "Kick-off", OffsetDateTime.parse("2026-10-01T14:30+02:00"),
                60, MeetingStatus.CANCELLED, null, null, null, null, null, null);
        ActionItem fix = new ActionItem("ai-1", "Fix onboarding e-mails", "p-zoe", ActionStatus.IN_PROGRESS,
                "t-assets", "m-1", "a-1", LocalDate.parse("2026-11-30"),
                "New customers get a working login on day one", ActionKind.RELIABILITY, "j-join", null,
                OffsetDateTime.parse("2026-11-02T09:40-06:00"), null,
                List.of(new ActionUpdate("m-1", LocalDate.parse("2026-11-02"), ActionStatus.OPEN, "Created", null),
                        new ActionUpdate(null, LocalDate.parse("2026-11-05"), ActionStatus.IN_PROGRESS, null,
                                LocalDate.parse("2026-12-15")),
                        new ActionUpdate("m-2", LocalDate.parse("2026-11-09"), null, "Vendor chosen ✅", null)));
        ActionItem bare2 = new ActionItem("ai-2", "Call lost accounts", "p-amir", ActionStatus.OPEN,
                null, null, null, null, null, null, null, "Waiting on legal", null, null, null);
        Metric lost = new Metric("metric-lost", "Customers lost", MetricCategory.CUSTOMER_ASSET, MetricUnit.COUNT,
                Direction.LOWER_IS_BETTER, MetricCadence.MONTHLY, null, null, false, 2, "p-amir",
                List.of(new MetricValue("2026-10", null, new BigDecimal("27000"), new BigDecimal("25000"), "After price change"),
                        new MetricValue("2026-09", null, new BigDecimal("1.20E+4"), null, null)));
        Metric nps = new Metric("metric-nps", "NPS", MetricCategory.LOYALTY, MetricUnit.SCORE,
                Direction.HIGHER_IS_BETTER, MetricCadence.QUARTERLY, "Net promoter score, –100 to 100", null, true,
                1, null,
                List.of(new MetricValue("2026-Q3", "s-ent", new BigDecimal("45.50"), new BigDecimal("50"), null),
                        new MetricValue("2026-Q3", "s-smb", new BigDecimal("-3"), null, null),
                        new MetricValue("2026-Q3", null, new BigDecimal("21.000"), null, null)));
        Metric profit = new Metric("metric-profit", "Profit per customer", MetricCategory.PROFITABILITY,
                MetricUnit.CURRENCY, Direction.HIGHER_IS_BETTER, MetricCadence.MONTHLY, null, "EUR", false, null,
                null, List.of());
        return new Workspace(new WorkspaceSettings("Acme \"Cloud\" Ltd", 3), people, areas, stages, segments,
                List.of(weekly, bare), List.of(held, next, oneOff), List.of(fix, bare2), List.of(lost, nps, profit));
    }
}
