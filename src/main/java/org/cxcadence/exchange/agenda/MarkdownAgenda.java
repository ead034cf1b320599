package org.cxcadence.exchange.agenda;

import org.cxcadence.exchange.agenda.AgendaDocument.Group;
import org.cxcadence.exchange.agenda.AgendaDocument.Line;
import org.cxcadence.exchange.agenda.AgendaDocument.SubLine;

/** The agenda as Markdown: a heading per item, brought-forward lines as bullets with their reason. */
public final class MarkdownAgenda {
    private MarkdownAgenda() {
    }

    public static String render(AgendaDocument d) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(d.heading())).append("\n\n");
        md.append("**").append(escape(d.when())).append("** · ").append(d.statusText()).append("\n\n");
        if (d.facilitator() != null) {
            md.append("Facilitator: ").append(escape(d.facilitator().name())).append("  \n");
        }
        if (!d.attendees().isEmpty()) {
            md.append("Attendees: ").append(escape(String.join(", ",
                    d.attendees().stream().map(AgendaDocument.Participant::name).toList()))).append("  \n");
        }
        md.append(escape(d.totals())).append("\n");
        for (Line l : d.lines()) {
            md.append("\n## ").append(l.number()).append(". ").append(escape(l.title()));
            if (l.pastEnd()) {
                md.append(" (past the end)");
            }
            md.append("\n\n");
            StringBuilder meta = new StringBuilder(AgendaDocument.slot(l));
            append(meta, l.presenter());
            append(meta, l.topicArea());
            append(meta, AgendaDocuments.kindLabel(l.kind()));
            md.append("*").append(escape(meta.toString())).append("*\n");
            if (l.reason() != null) {
                md.append("\n> Brought forward: ").append(escape(l.reason())).append("\n");
            }
            if (l.prepNotes() != null && !l.prepNotes().isBlank()) {
                md.append("\n").append(escape(l.prepNotes().strip())).append("\n");
            }
            if (!l.links().isEmpty()) {
                md.append("\nPre-reads:\n\n");
                l.links().forEach(link -> md.append("- <").append(link.strip().replace(">", "%3E")).append(">\n"));
            }
            for (Group g : l.groups()) {
                md.append("\n");
                if (g.heading() != null) {
                    md.append("**").append(escape(g.heading())).append("**\n\n");
                }
                for (SubLine s : g.lines()) {
                    md.append("- ").append(escape(s.text())).append(" — ").append(escape(s.reason())).append("\n");
                }
            }
        }
        return md.toString();
    }

    private static void append(StringBuilder meta, String part) {
        if (part != null && !part.isBlank()) {
            if (!meta.isEmpty()) {
                meta.append(" · ");
            }
            meta.append(part);
        }
    }

    /** Backslash-escapes Markdown's punctuation so user text never turns into markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]<>()#+-.!|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
