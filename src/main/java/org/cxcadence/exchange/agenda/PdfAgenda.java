package org.cxcadence.exchange.agenda;

import java.awt.Color;
import java.io.OutputStream;

import org.cxcadence.exchange.agenda.AgendaDocument.Group;
import org.cxcadence.exchange.agenda.AgendaDocument.Line;
import org.cxcadence.exchange.agenda.AgendaDocument.SubLine;
import org.cxcadence.exchange.pdf.PdfText;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The agenda as a PDF (A4), laid out by OpenPDF in the bundled DejaVu fonts (embedded, through
 * {@link PdfText}, as the minutes and reports are): names and notes in any script print, each line
 * runs in its own direction, and a character without a glyph shows as a visible placeholder.
 */
public final class PdfAgenda {
    private static final Color TEXT = Color.BLACK;
    private static final Color MUTED = new Color(0x59, 0x63, 0x6e);
    private static final Color DANGER = new Color(0xcf, 0x22, 0x2e);
    private static final Color REASON = new Color(0x9a, 0x67, 0x00);

    private PdfAgenda() {
    }

    public static void write(AgendaDocument d, OutputStream out) {
        PdfText pdf = new PdfText();
        Font title = pdf.bold(18, TEXT);
        Font h2 = pdf.bold(12.5f, TEXT);
        Font body = pdf.regular(10.5f, TEXT);
        Font bold = pdf.bold(10.5f, TEXT);
        Font muted = pdf.regular(9.5f, MUTED);
        Font reason = pdf.regular(9.5f, REASON);
        Font danger = pdf.bold(9.5f, DANGER);
        Document doc = new Document(PageSize.A4, 54, 54, 54, 54);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(d.heading());
            doc.addCreator("CX Cadence");
            doc.open();
            doc.add(pdf.line(d.heading(), title, 0, 4));
            doc.add(pdf.line(d.when() + " · " + d.statusText(), body, 0, 0));
            if (d.facilitator() != null) {
                doc.add(pdf.line("Facilitator: " + d.facilitator().name(), muted, 0, 0));
            }
            if (!d.attendees().isEmpty()) {
                doc.add(pdf.line("Attendees: " + String.join(", ",
                        d.attendees().stream().map(AgendaDocument.Participant::name).toList()), muted, 0, 0));
            }
            doc.add(pdf.line(d.totals(), d.overbooked() ? danger : muted, 0, 0));
            for (Line l : d.lines()) {
                Phrase head = pdf.phrase(l.number() + ". " + l.title(), h2);
                doc.add(l.pastEnd() ? pdf.line(0, 12, head, pdf.phrase("   past the end", danger)) : pdf.line(0, 12, head));
                StringBuilder meta = new StringBuilder(AgendaDocument.slot(l));
                for (String part : new String[] {l.presenter(), l.topicArea(), AgendaDocuments.kindLabel(l.kind())}) {
                    if (part != null) {
                        meta.append(meta.isEmpty() ? "" : " · ").append(part);
                    }
                }
                doc.add(pdf.line(meta.toString(), muted, 0, 0));
                if (l.reason() != null) {
                    doc.add(pdf.line("Brought forward: " + l.reason(), reason, 0, 0));
                }
                if (l.prepNotes() != null && !l.prepNotes().isBlank()) {
                    doc.add(pdf.line(l.prepNotes().strip(), body, 3, 0));
                }
                for (String link : l.links()) {
                    doc.add(pdf.line("Pre-read: " + link.strip(), muted, 0, 0));
                }
                for (Group g : l.groups()) {
                    if (g.heading() != null) {
                        doc.add(pdf.line(g.heading(), bold, 4, 0));
                    }
                    for (SubLine s : g.lines()) {
                        doc.add(pdf.line(14, 0, pdf.phrase("• " + s.text() + "  ", body), pdf.phrase(s.reason(), reason)));
                    }
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the agenda PDF: " + e.getMessage(), e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
    }
}
