package org.cxcadence.exchange.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One leader's open items, to hand to them: as PDF, or as the text of an email. Each item leads
 * with its title and customer impact, then its state in words and due date.
 */
public final class LeaderListReport {
    public static final List<float[]> PDF_WIDTHS = List.<float[]>of(new float[] {56, 28, 16});

    private LeaderListReport() {
    }

    public static Report build(String leaderName, List<ActionRow> openRows, LocalDate today, Locale locale) {
        ReportFormats f = new ReportFormats(locale);
        ActionListRenderer words = new ActionListRenderer(locale);
        List<List<Report.Cell>> rows = new ArrayList<>();
        for (ActionRow r : openRows) {
            String blocker = r.action().blocker() == null || r.action().blocker().isBlank() ? ""
                    : " (blocked by " + r.action().blocker() + ")";
            rows.add(List.of(Report.Cell.of(r.action().title(), BriefReport.impact(r.action().customerImpact())),
                    Report.Cell.of(words.stateInWords(r) + blocker), Report.Cell.of(f.date(r.due()))));
        }
        long overdue = openRows.stream().filter(ActionRow::overdue).count();
        long stalled = openRows.stream().filter(ActionRow::stalled).count();
        String intro = ReportFormats.plural(openRows.size(), "open item") + ", " + overdue + " overdue, " + stalled
                + " stalled.";
        return new Report("Open actions — " + leaderName, "As of " + f.date(today) + ".",
                List.of(new Report.Section("Your commitments", intro, List.of("Action and customer impact", "State", "Due"),
                        rows, "Nothing open. Thank you.", 0)));
    }

    /** Subject line and body of an email to the leader, plain text. */
    public static String emailText(String leaderName, List<ActionRow> openRows, LocalDate today, Locale locale) {
        Report report = build(leaderName, openRows, today, locale);
        return "Subject: " + report.title() + "\n\n" + "Hello " + leaderName.split(" ")[0] + ",\n\n"
                + "here are your open commitments from our customer accountability sessions.\n\n"
                + ReportText.render(report).lines().skip(2).reduce("", (a, b) -> a + b + "\n").strip() + "\n";
    }
}
