package org.cxcadence.exchange.actions;

import java.util.List;

/** Renders a {@link Report} as plain text, e.g. the body of an email. */
public final class ReportText {
    private ReportText() {
    }

    public static String render(Report report) {
        StringBuilder b = new StringBuilder();
        b.append(report.title()).append('\n');
        if (report.subtitle() != null) {
            b.append(report.subtitle()).append('\n');
        }
        for (Report.Section s : report.sections()) {
            b.append('\n').append(s.heading()).append('\n').append("-".repeat(Math.min(60, s.heading().length())))
                    .append('\n');
            if (s.intro() != null) {
                b.append(s.intro()).append('\n');
            }
            if (s.rows().isEmpty()) {
                b.append(s.emptyText()).append('\n');
                continue;
            }
            for (List<Report.Cell> row : s.rows()) {
                Report.Cell first = row.getFirst();
                b.append("* ").append(oneLine(first.main())).append('\n');
                if (first.sub() != null) {
                    b.append("  ").append(oneLine(first.sub())).append('\n');
                }
                for (int i = 1; i < row.size(); i++) {
                    Report.Cell c = row.get(i);
                    if (!c.main().isBlank()) {
                        b.append("  ").append(s.columns().get(i)).append(": ").append(oneLine(c.main())).append('\n');
                    }
                }
            }
            if (s.more() > 0) {
                b.append("…and ").append(s.more()).append(" more.\n");
            }
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s.replace("\r", "").replace('\n', ' ');
    }
}
