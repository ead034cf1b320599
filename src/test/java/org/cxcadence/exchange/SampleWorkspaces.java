package org.cxcadence.exchange;

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
import org.cxcadence.domain.MinutesCorrection;
import org.cxcadence.domain.MinutesRecord;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.domain.Workspace;
import org.cxcadence.domain.WorkspaceSettings;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/** Workspaces built by hand for the exchange tests. */
final class SampleWorkspaces {
    /** Right-to-left Arabic and Hebrew, emoji outside the BMP, a combining accent, newlines and tabs. */
    static final String UNICODE_NOTE = "مرحبا بالعملاء — שלום 👋🏽 café\u0301\nsecond line\ttabbed \"quoted\" \\ back";

    private SampleWorkspaces() {
    }

    /** Every field of every record filled, with text that tests encodings. */
    static Workspace rich() {
        var people = List.of(
                new Person("p-cco", "Dana Whitfield", "Customer", "Chief Customer Officer", "dana@example.com", 1, true),
                new Person("p-ceo", "Omar Haddad عمر", "Executive", "CEO", "omar@example.com", 2, true),
                new Person("p-left", "Lee Former 🧳", "Sales", "VP Sales", "lee@example.com", 3, false));
        var topicAreas = List.of(
                new TopicArea("ta-assets", "Honor and manage customers as assets", 1, false),
                new TopicArea("ta-old", "Retired topic ✝", 2, true));
        var stages = List.of(new JourneyStage("js-join", "Join", 1), new JourneyStage("js-renew", "Renew", 2));
        var segments = List.of(new Segment("seg-ent", "Enterprise", 1), new Segment("seg-smb", "Small business", 2));
        var series = List.of(new MeetingSeries("s-weekly", "Weekly customer accountability", Cadence.WEEKLY, 60,
                DayOfWeek.MONDAY, LocalTime.of(9, 0), "America/Chicago", "p-cco", List.of("p-cco", "p-ceo")));
        var decision = new Decision("d-1", "Fund the onboarding fix\nowner: Dana — مرحبا");
        var agendaFirst = new AgendaItem("a-1", "Customer asset review 📈", AgendaItemKind.METRICS_REVIEW,
                "ta-assets", "p-cco", 15, "Pre-read:\n" + UNICODE_NOTE, List.of("https://example.com/deck?id=1&x=ü"),
                "Notes line 1\nNotes line 2 שלום", 930L, AgendaOutcome.DEFERRED, null, List.of(decision));
        var meetingFirst = new Meeting("m-1", "s-weekly", "Session 1 — kickoff", OffsetDateTime.parse("2026-11-02T09:00:00-06:00"),
                60, MeetingStatus.COMPLETED, OffsetDateTime.parse("2026-11-02T09:03:00-06:00"),
                OffsetDateTime.parse("2026-11-02T10:01:30.5-06:00"),
                List.of(new Attendance("p-cco", true, null), new Attendance("p-ceo", false, "Sam (chief of staff) 🙂")),
                8, List.of(agendaFirst),
                List.of(new MetricSnapshotEntry("met-lost", "2026-10", "seg-ent", new BigDecimal("27000"), new BigDecimal("22000.00")),
                        new MetricSnapshotEntry("met-nps", "2026-Q3", null, new BigDecimal("45.50"), null)));
        var agendaCarried = new AgendaItem("a-2", "Customer asset review (carried)", AgendaItemKind.TOPIC,
                "ta-assets", "p-ceo", 10, null, List.of(), null, null, null, "a-1", List.of());
        var meetingNext = new Meeting("m-2", "s-weekly", "Session 2", OffsetDateTime.parse("2026-11-09T09:00:00Z"),
                45, MeetingStatus.DRAFT, null, null, List.of(), null, List.of(agendaCarried), List.of());
        var oneOff = new Meeting("m-3", null, "Off-cycle escalation", OffsetDateTime.parse("2026-11-12T14:30:00+05:30"),
                30, MeetingStatus.CANCELLED, null, null, List.of(), null, List.of(), List.of());
        var action = new ActionItem("act-1", "Fix the onboarding e-mail 📧", "p-cco", ActionStatus.BLOCKED, "ta-assets",
                "m-1", "a-1", LocalDate.of(2026, 11, 16), "New customers get their login on day one\n— not day five",
                ActionKind.RELIABILITY, "js-join", "Waiting for IT: עדיין", OffsetDateTime.parse("2026-11-02T09:40:00-06:00"),
                OffsetDateTime.parse("2026-11-20T17:00:00-06:00"),
                List.of(new ActionUpdate("m-1", LocalDate.of(2026, 11, 2), ActionStatus.IN_PROGRESS, "Started 🚀", LocalDate.of(2026, 11, 30)),
                        new ActionUpdate(null, LocalDate.of(2026, 11, 5), ActionStatus.BLOCKED, UNICODE_NOTE, null)));
        var loose = new ActionItem("act-2", "Call three lost customers", "p-left", ActionStatus.OPEN, null, null, null,
                null, null, ActionKind.INNOVATION, null, null, null, null, List.of());
        var metrics = List.of(
                new Metric("met-lost", "Customers lost", MetricCategory.CUSTOMER_ASSET, MetricUnit.COUNT,
                        Direction.LOWER_IS_BETTER, MetricCadence.MONTHLY, "Customers who left — per segment",
                        null, true, 1, "p-cco",
                        List.of(new MetricValue("2026-10", "seg-ent", new BigDecimal("27000"), new BigDecimal("22000"), "Spike: price change"),
                                new MetricValue("2026-10", "seg-smb", new BigDecimal("1200"), null, null),
                                new MetricValue("2026-10", null, new BigDecimal("28200"), null, null))),
                new Metric("met-nps", "Net promoter score", MetricCategory.LOYALTY, MetricUnit.SCORE,
                        Direction.HIGHER_IS_BETTER, MetricCadence.QUARTERLY, null, null, false, 2, "p-ceo",
                        List.of(new MetricValue("2026-Q3", null, new BigDecimal("45.50"), new BigDecimal("50"), "גבוה"))),
                new Metric("met-ltv", "Lifetime value", MetricCategory.PROFITABILITY, MetricUnit.CURRENCY,
                        Direction.HIGHER_IS_BETTER, MetricCadence.QUARTERLY, "Average LTV", "EUR", false, 3, null,
                        List.of(new MetricValue("2026-Q3", null, new BigDecimal("0.000001"), new BigDecimal("123456789012345678901234567890.123"), null))));
        return new Workspace(new WorkspaceSettings("Acme Ünïcode Co. 🏢", 3), people, topicAreas, stages, segments,
                series, List.of(meetingFirst, meetingNext, oneOff), List.of(action, loose), metrics, List.of(), List.of(),
                List.of(new MinutesRecord("m-1", OffsetDateTime.parse("2026-11-02T11:15:00-06:00"), List.of(
                                new MinutesCorrection("corr-1", LocalDate.of(2026, 11, 4), null, "Sam attended for Omar 🙂 — שלום"))),
                        new MinutesRecord("m-2", null, List.of(new MinutesCorrection("corr-2", LocalDate.of(2026, 11, 10), "a-2",
                                "Carried item was presented by Dana")))));
    }
}
