package org.cxcadence.exchange.actions;

import java.util.List;

/** Renders a {@link Report} as GitHub-flavoured Markdown; user text is escaped. */
public final class ReportMarkdown {
    private ReportMarkdown() {
    }

    public static String render(Report report) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(Markdown.escape(report.title())).append("\n\n");
        if (report.subtitle() != null) {
            b.append(Markdown.escape(report.subtitle())).append("\n\n");
        }
        for (Report.Section s : report.sections()) {
            b.append(section(s));
        }
        return b.toString();
    }

    public static String section(Report.Section s) {
        StringBuilder b = new StringBuilder();
        b.append("## ").append(Markdown.escape(s.heading())).append("\n\n");
        if (s.intro() != null) {
            b.append(Markdown.escape(s.intro())).append("\n\n");
        }
        if (s.rows().isEmpty()) {
            b.append("*").append(Markdown.escape(s.emptyText())).append("*\n\n");
            return b.toString();
        }
        b.append("| ").append(String.join(" | ", s.columns().stream().map(Markdown::escape).toList())).append(" |\n");
        b.append("|").append(" --- |".repeat(s.columns().size())).append('\n');
        for (List<Report.Cell> row : s.rows()) {
            b.append("| ").append(String.join(" | ", row.stream().map(ReportMarkdown::cell).toList())).append(" |\n");
        }
        if (s.more() > 0) {
            b.append("\n…and ").append(s.more()).append(" more.\n");
        }
        b.append('\n');
        return b.toString();
    }

    private static String cell(Report.Cell c) {
        return c.sub() == null ? Markdown.escape(c.main())
                : "**" + Markdown.escape(c.main()) + "**<br>" + Markdown.escape(c.sub());
    }
}
