package org.cxcadence.exchange.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cxcadence.domain.AirCoverBrief;
import org.cxcadence.domain.LeaderScorecard;
import org.cxcadence.domain.StallReason;

/**
 * The CEO's air-cover brief as a one-page {@link Report}: stalled work with owner, age and last
 * update; the leaders with the lowest on-time rate; metrics off target three or more periods
 * running; blocked work with its blocker. Long lists are cut to keep to one page ("…and N more").
 */
public final class BriefReport {
    static final int STALLED_LIMIT = 8;
    static final int METRIC_LIMIT = 5;
    static final int BLOCKED_LIMIT = 4;
    static final int SPONSOR_LIMIT = 3;
    /** Stalled rows shown when the sponsor section is there too, so the brief stays on one page. */
    static final int STALLED_LIMIT_WITH_SPONSOR = 5;
    /** Relative column widths of the PDF tables, section by section. */
    public static final List<float[]> PDF_WIDTHS = List.of(new float[] {42, 13, 8, 20, 17},
            new float[] {34, 16, 16, 17, 17}, new float[] {34, 16, 14, 14, 12, 10}, new float[] {44, 16, 40},
            new float[] {34, 10, 56});

    private BriefReport() {
    }

    public static Report build(AirCoverBrief brief, Locale locale) {
        ReportFormats f = new ReportFormats(locale);
        String company = brief.companyName() == null ? "" : " — " + brief.companyName();
        String subtitle = "As of " + f.date(brief.today()) + ". On-time rates over " + f.date(brief.window().first())
                + " – " + f.date(brief.window().last()) + ".";
        List<Report.Section> sections = new ArrayList<>(List.of(stalled(brief, f), lowest(brief, f),
                metrics(brief, f), blocked(brief)));
        if (!brief.sponsorLowest().isEmpty()) {
            sections.add(sponsor(brief, f));
        }
        return new Report("Air-cover brief" + company, subtitle, sections);
    }

    private static Report.Section sponsor(AirCoverBrief brief, ReportFormats f) {
        List<List<Report.Cell>> rows = new ArrayList<>();
        for (AirCoverBrief.SponsorLow l : brief.sponsorLowest().stream().limit(SPONSOR_LIMIT).toList()) {
            rows.add(List.of(Report.Cell.of(l.action().number() + ". " + l.action().title()),
                    Report.Cell.of(l.score() + " of 5"), Report.Cell.of(l.comment() == null ? "" : l.comment())));
        }
        return new Report.Section("Sponsor commitments (lowest answers, check-in of "
                + f.date(brief.sponsorLowest().getFirst().date()) + ")", null,
                List.of("CEO action", "Answer", "Sponsor's comment"), rows, "",
                Math.max(0, brief.sponsorLowest().size() - SPONSOR_LIMIT));
    }

    private static Report.Section stalled(AirCoverBrief brief, ReportFormats f) {
        List<List<Report.Cell>> rows = new ArrayList<>();
        int limit = brief.sponsorLowest().isEmpty() ? STALLED_LIMIT : STALLED_LIMIT_WITH_SPONSOR;
        for (AirCoverBrief.StalledItem s : brief.stalled().stream().limit(limit).toList()) {
            String last = s.lastUpdate() == null ? "none"
                    : f.date(s.lastUpdate()) + (s.lastUpdateNote() == null ? "" : ": " + s.lastUpdateNote());
            rows.add(List.of(Report.Cell.of(s.title(), impact(s.customerImpact())), Report.Cell.of(s.ownerName()),
                    Report.Cell.of(s.ageDays() == null ? "–" : ReportFormats.plural(s.ageDays(), "day")),
                    Report.Cell.of(last),
                    Report.Cell.of(String.join("; ", s.reasons().stream().map(StallReason::describe).toList()))));
        }
        return new Report.Section("Stalled work (" + brief.stalled().size() + ")",
                "Open, and no progress across recent sessions or long overdue. Where air cover helps most.",
                List.of("Action and customer impact", "Owner", "Age", "Last update", "Why stalled"), rows,
                "Nothing has stalled.", Math.max(0, brief.stalled().size() - limit));
    }

    private static Report.Section lowest(AirCoverBrief brief, ReportFormats f) {
        List<List<Report.Cell>> rows = new ArrayList<>();
        for (LeaderScorecard c : brief.lowestOnTime()) {
            rows.add(List.of(Report.Cell.of(c.name(), c.silo()), Report.Cell.of(f.percent(c.onTimePercent())),
                    Report.Cell.of(c.doneOnTime() + " of " + c.doneWithDue()), Report.Cell.of(String.valueOf(c.overdue())),
                    Report.Cell.of(String.valueOf(c.stalled()))));
        }
        return new Report.Section("Lowest on-time rate", "Done on or before the due date, last 13 weeks.",
                List.of("Leader", "On time", "Done on time", "Overdue now", "Stalled now"), rows,
                "No leader completed dated work in the window.", 0);
    }

    private static Report.Section metrics(AirCoverBrief brief, ReportFormats f) {
        List<List<Report.Cell>> rows = new ArrayList<>();
        for (AirCoverBrief.OffTargetLine m : brief.offTarget().stream().limit(METRIC_LIMIT).toList()) {
            rows.add(List.of(Report.Cell.of(m.metricName(), m.ownerName() == null ? null : "Owner: " + m.ownerName()),
                    Report.Cell.of(m.segmentName() == null ? "Total" : m.segmentName()), Report.Cell.of(m.period()),
                    Report.Cell.of(f.metric(m.value(), m.unit(), m.currencyCode())),
                    Report.Cell.of(f.metric(m.target(), m.unit(), m.currencyCode())),
                    Report.Cell.of(ReportFormats.plural(m.periodsRunning(), "period"))));
        }
        return new Report.Section("Metrics off target " + AirCoverBrief.OFF_TARGET_PERIODS + "+ periods running", null,
                List.of("Metric", "Segment", "Latest", "Value", "Target", "Running"), rows,
                "No metric has missed its target three periods running.",
                Math.max(0, brief.offTarget().size() - METRIC_LIMIT));
    }

    private static Report.Section blocked(AirCoverBrief brief) {
        List<List<Report.Cell>> rows = new ArrayList<>();
        for (AirCoverBrief.BlockedItem b : brief.blocked().stream().limit(BLOCKED_LIMIT).toList()) {
            rows.add(List.of(Report.Cell.of(b.title(), impact(b.customerImpact())), Report.Cell.of(b.ownerName()),
                    Report.Cell.of(b.blocker() == null || b.blocker().isBlank() ? "(no blocker named)" : b.blocker())));
        }
        return new Report.Section("Blocked (" + brief.blocked().size() + ")", null,
                List.of("Action and customer impact", "Owner", "Blocked by"), rows, "Nothing is blocked.",
                Math.max(0, brief.blocked().size() - BLOCKED_LIMIT));
    }

    static String impact(String customerImpact) {
        return customerImpact == null || customerImpact.isBlank() ? "Customer impact missing (incomplete)"
                : "Customer impact: " + customerImpact;
    }
}
