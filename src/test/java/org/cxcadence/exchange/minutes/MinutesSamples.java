package org.cxcadence.exchange.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.Decision;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.Workspace;
import org.cxcadence.domain.minutes.Minutes;
import org.cxcadence.domain.minutes.MinutesBuilder;
import org.cxcadence.domain.minutes.MinutesSection;
import org.cxcadence.domain.minutes.ScorecardSource;
import org.cxcadence.service.demo.DemoCompany;

/** The demo's latest session, and the same session with hostile text, for the format tests. */
public final class MinutesSamples {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final String SCRIPT = "<script>alert('x')</script>";
    public static final String FORMULA = "=cmd()|' /C calc'!A0";
    public static final String TRAVERSAL = "../../x";
    public static final String RTL = "مرحبا بالعملاء שלום לקוחות";
    public static final String EMOJI = "Launch 🚀 with care 👋🏽";
    public static final String GREEK_CYRILLIC = "Ελληνικά и кириллица";
    public static final String LONG = "Long note ".repeat(500).strip(); // 5,000 characters less the last space

    private MinutesSamples() {
    }

    public static Workspace demo() {
        return DemoCompany.build(TODAY);
    }

    public static Minutes demoLatest() {
        Workspace w = demo();
        return new MinutesBuilder(w, ScorecardSource.NONE).build(MinutesBuilder.latestCompleted(w).orElseThrow(),
                MinutesSection.all());
    }

    /** The demo with its latest session renamed and noted with hostile text. */
    public static Workspace hostile() {
        Workspace w = demo();
        Meeting latest = MinutesBuilder.latestCompleted(w).orElseThrow();
        List<AgendaItem> agenda = new ArrayList<>(latest.agenda());
        AgendaItem first = agenda.getFirst();
        agenda.set(0, new AgendaItem(first.id(), SCRIPT + " " + TRAVERSAL, first.kind(), first.topicAreaId(),
                first.presenterId(), first.plannedMinutes(), first.prepNotes(), first.links(),
                String.join("\n", SCRIPT, FORMULA, TRAVERSAL, RTL, EMOJI, GREEK_CYRILLIC, "[link](javascript:alert(1))",
                        "# not a heading", "| a | b |", LONG),
                first.spentSeconds(), first.outcome(), first.carriedFromId(),
                List.of(new Decision("hostile-decision", FORMULA + " " + RTL))));
        Meeting hostile = new Meeting(latest.id(), latest.seriesId(), SCRIPT + " " + FORMULA + " " + TRAVERSAL + " " + EMOJI,
                latest.start(), latest.durationMinutes(), latest.status(), latest.actualStart(), latest.actualEnd(),
                latest.attendance(), latest.rating(), agenda, latest.metricSnapshot());
        List<Meeting> meetings = new ArrayList<>(w.meetings());
        meetings.set(meetings.indexOf(latest), hostile);
        return w.withMeetings(meetings);
    }

    public static Minutes hostileLatest() {
        Workspace w = hostile();
        return new MinutesBuilder(w, ScorecardSource.NONE).build(MinutesBuilder.latestCompleted(w).orElseThrow(),
                MinutesSection.all());
    }
}
