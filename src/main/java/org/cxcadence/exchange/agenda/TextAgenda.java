package org.cxcadence.exchange.agenda;

import org.cxcadence.exchange.agenda.AgendaDocument.Group;
import org.cxcadence.exchange.agenda.AgendaDocument.Line;
import org.cxcadence.exchange.agenda.AgendaDocument.SubLine;

/** The agenda as plain text, for the body of an e-mail and the invitation's description. */
public final class TextAgenda {
    private TextAgenda() {
    }

    public static String render(AgendaDocument d) {
        StringBuilder t = new StringBuilder();
        t.append(d.heading()).append("\n");
        t.append(d.when()).append("\n");
        if (d.facilitator() != null) {
            t.append("Facilitator: ").append(d.facilitator().name()).append("\n");
        }
        t.append(d.totals()).append("\n\n");
        t.append(body(d));
        return t.toString();
    }

    /** The items alone (what the calendar entry's description holds). */
    public static String body(AgendaDocument d) {
        StringBuilder t = new StringBuilder();
        for (Line l : d.lines()) {
            t.append(l.number()).append(". ").append(l.title());
            String slot = AgendaDocument.slot(l);
            if (!slot.isEmpty()) {
                t.append(" (").append(slot).append(")");
            }
            if (l.pastEnd()) {
                t.append(" [past the end]");
            }
            t.append("\n");
            if (l.presenter() != null) {
                t.append("   Presenter: ").append(l.presenter()).append("\n");
            }
            if (l.reason() != null) {
                t.append("   Brought forward: ").append(l.reason()).append("\n");
            }
            if (l.prepNotes() != null && !l.prepNotes().isBlank()) {
                l.prepNotes().strip().lines().forEach(x -> t.append("   ").append(x).append("\n"));
            }
            l.links().forEach(link -> t.append("   Pre-read: ").append(link.strip()).append("\n"));
            for (Group g : l.groups()) {
                if (g.heading() != null) {
                    t.append("   ").append(g.heading()).append(":\n");
                }
                for (SubLine s : g.lines()) {
                    t.append(g.heading() != null ? "     - " : "   - ").append(s.text()).append(" (").append(s.reason())
                            .append(")\n");
                }
            }
            t.append("\n");
        }
        return t.toString();
    }
}
