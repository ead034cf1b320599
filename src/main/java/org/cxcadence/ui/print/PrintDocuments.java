package org.cxcadence.ui.print;

import org.cxcadence.exchange.agenda.AgendaDocument;
import org.cxcadence.exchange.agenda.AgendaDocument.Group;
import org.cxcadence.exchange.agenda.AgendaDocument.Line;
import org.cxcadence.exchange.agenda.AgendaDocument.SubLine;
import org.cxcadence.exchange.minutes.Block;
import org.cxcadence.exchange.minutes.MinutesLayout;
import org.cxcadence.ui.common.Messages;

/**
 * The two documents people print: the agenda (Prepare) and the minutes (History), from the same
 * models their exports are made of, so paper says what the PDF says.
 */
public final class PrintDocuments {
    private PrintDocuments() {
    }

    public static Printout agenda(AgendaDocument d, Messages m) {
        Printout p = new Printout(d.title(), m);
        if (d.companyName() != null) {
            p.caption(d.companyName());
        }
        p.documentTitle(d.title());
        p.caption(d.when());
        if (d.facilitator() != null) {
            p.field(m.get("print.agenda.facilitator"), d.facilitator().name(), false);
        }
        p.caption(d.totals());
        for (Line l : d.lines()) {
            String slot = AgendaDocument.slot(l);
            p.heading(2, l.number() + ".  " + l.title() + (slot.isEmpty() ? "" : "   (" + slot + ")")
                    + (l.pastEnd() ? "  [" + m.get("print.agenda.pastEnd") + "]" : ""));
            if (l.presenter() != null) {
                p.field(m.get("print.agenda.presenter"), l.presenter(), true);
            }
            if (l.reason() != null) {
                p.field(m.get("print.agenda.broughtForward"), l.reason(), true);
            }
            if (l.prepNotes() != null && !l.prepNotes().isBlank()) {
                l.prepNotes().strip().lines().forEach(x -> p.bullet(x, 1));
            }
            l.links().forEach(link -> p.field(m.get("print.agenda.preRead"), link.strip(), true));
            for (Group g : l.groups()) {
                if (g.heading() != null) {
                    p.bullet(g.heading(), 1);
                }
                for (SubLine s : g.lines()) {
                    p.bullet(s.text() + (s.reason() == null ? "" : " (" + s.reason() + ")"), g.heading() == null ? 1 : 2);
                }
            }
        }
        return p;
    }

    public static Printout minutes(MinutesLayout.Laid laid, Messages m) {
        Printout p = new Printout(laid.title(), m);
        if (laid.company() != null) {
            p.caption(laid.company());
        }
        p.documentTitle(laid.title());
        laid.header().forEach(f -> p.field(f.label(), f.value(), false));
        for (Block b : laid.body()) {
            switch (b) {
                case Block.Heading h -> p.heading(h.level() <= 2 ? 1 : 2, h.text());
                case Block.Paragraph par -> p.paragraph(par.text());
                case Block.Fields fs -> fs.fields().forEach(f -> p.field(f.label(), f.value(), false));
                case Block.Bullets bs -> bs.items().forEach(i -> p.bullet(i, 0));
                case Block.Table t -> p.table(t.header(), t.rows());
                case Block.Note n -> p.note(n.text());
            }
        }
        return p;
    }
}
