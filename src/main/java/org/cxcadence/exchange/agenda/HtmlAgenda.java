package org.cxcadence.exchange.agenda;

import org.cxcadence.exchange.agenda.AgendaDocument.Group;
import org.cxcadence.exchange.agenda.AgendaDocument.Line;
import org.cxcadence.exchange.agenda.AgendaDocument.SubLine;

/** The agenda as one self-contained HTML page; every piece of user text is escaped. */
public final class HtmlAgenda {
    private HtmlAgenda() {
    }

    public static String render(AgendaDocument d) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(d.locale().toLanguageTag())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(esc(d.heading())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:46em;margin:2em auto;color:#1f2328;line-height:1.45}\n")
                .append(".meta{color:#59636e}.reason{background:#fff8c5;border-radius:4px;padding:0 .4em}\n")
                .append(".past-end{color:#cf222e;font-weight:bold}li.item{margin-bottom:1em}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(d.heading())).append("</h1>\n");
        h.append("<p><strong>").append(esc(d.when())).append("</strong> · ").append(esc(d.statusText())).append("</p>\n");
        if (d.facilitator() != null) {
            h.append("<p>Facilitator: ").append(esc(d.facilitator().name())).append("</p>\n");
        }
        if (!d.attendees().isEmpty()) {
            h.append("<p>Attendees: ").append(esc(String.join(", ",
                    d.attendees().stream().map(AgendaDocument.Participant::name).toList()))).append("</p>\n");
        }
        h.append("<p class=\"").append(d.overbooked() ? "past-end" : "meta").append("\">").append(esc(d.totals()))
                .append("</p>\n<ol>\n");
        for (Line l : d.lines()) {
            h.append("<li class=\"item\"><strong>").append(esc(l.title())).append("</strong>");
            if (l.pastEnd()) {
                h.append(" <span class=\"past-end\">past the end</span>");
            }
            h.append("<br><span class=\"meta\">").append(esc(AgendaDocument.slot(l)));
            for (String part : new String[] {l.presenter(), l.topicArea(), AgendaDocuments.kindLabel(l.kind())}) {
                if (part != null) {
                    h.append(" · ").append(esc(part));
                }
            }
            h.append("</span>");
            if (l.reason() != null) {
                h.append("<br><span class=\"reason\">Brought forward: ").append(esc(l.reason())).append("</span>");
            }
            if (l.prepNotes() != null && !l.prepNotes().isBlank()) {
                h.append("<p>").append(esc(l.prepNotes().strip()).replace("\n", "<br>")).append("</p>");
            }
            if (!l.links().isEmpty()) {
                h.append("<p>Pre-reads:</p><ul>");
                for (String link : l.links()) {
                    String url = link.strip();
                    boolean web = url.startsWith("https://") || url.startsWith("http://");
                    h.append("<li>").append(web ? "<a href=\"" + esc(url) + "\">" + esc(url) + "</a>" : esc(url)).append("</li>");
                }
                h.append("</ul>");
            }
            for (Group g : l.groups()) {
                if (g.heading() != null) {
                    h.append("<p><strong>").append(esc(g.heading())).append("</strong></p>");
                }
                h.append("<ul>");
                for (SubLine s : g.lines()) {
                    h.append("<li>").append(esc(s.text())).append(" <span class=\"reason\">").append(esc(s.reason()))
                            .append("</span></li>");
                }
                h.append("</ul>");
            }
            h.append("</li>\n");
        }
        h.append("</ol>\n</body>\n</html>\n");
        return h.toString();
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
