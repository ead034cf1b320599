package org.cxcadence.exchange.agenda;

import java.awt.Color;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cxcadence.exchange.agenda.AgendaDocument.Group;
import org.cxcadence.exchange.agenda.AgendaDocument.Line;
import org.cxcadence.exchange.agenda.AgendaDocument.SubLine;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The agenda as a PDF (A4), laid out by OpenPDF. Uses a Unicode TrueType font found on the system
 * (DejaVu, Liberation, Arial, Noto) so names in any script print; Helvetica where none is found.
 */
public final class PdfAgenda {
    private static final List<String> FONT_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
            "C:/Windows/Fonts/arial.ttf",
            "/System/Library/Fonts/Supplemental/Arial.ttf",
            "/Library/Fonts/Arial.ttf");
    private static final Color MUTED = new Color(0x59, 0x63, 0x6e);
    private static final Color DANGER = new Color(0xcf, 0x22, 0x2e);
    private static final Color REASON = new Color(0x9a, 0x67, 0x00);

    private PdfAgenda() {
    }

    public static void write(AgendaDocument d, OutputStream out) {
        BaseFont base = baseFont();
        Font title = new Font(base, 18, Font.BOLD);
        Font h2 = new Font(base, 12.5f, Font.BOLD);
        Font body = new Font(base, 10.5f);
        Font bold = new Font(base, 10.5f, Font.BOLD);
        Font muted = new Font(base, 9.5f, Font.NORMAL, MUTED);
        Font reason = new Font(base, 9.5f, Font.NORMAL, REASON);
        Font danger = new Font(base, 9.5f, Font.BOLD, DANGER);
        Document doc = new Document(PageSize.A4, 54, 54, 54, 54);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(d.heading());
            doc.addCreator("CX Cadence");
            doc.open();
            doc.add(new Paragraph(d.heading(), title));
            doc.add(new Paragraph(d.when() + " · " + d.statusText(), body));
            if (d.facilitator() != null) {
                doc.add(new Paragraph("Facilitator: " + d.facilitator().name(), muted));
            }
            if (!d.attendees().isEmpty()) {
                doc.add(new Paragraph("Attendees: " + String.join(", ",
                        d.attendees().stream().map(AgendaDocument.Participant::name).toList()), muted));
            }
            doc.add(new Paragraph(d.totals(), d.overbooked() ? danger : muted));
            for (Line l : d.lines()) {
                Paragraph head = new Paragraph();
                head.setSpacingBefore(12);
                head.add(new Chunk(l.number() + ". " + l.title(), h2));
                if (l.pastEnd()) {
                    head.add(new Chunk("   past the end", danger));
                }
                doc.add(head);
                StringBuilder meta = new StringBuilder(AgendaDocument.slot(l));
                for (String part : new String[] {l.presenter(), l.topicArea(), AgendaDocuments.kindLabel(l.kind())}) {
                    if (part != null) {
                        meta.append(meta.isEmpty() ? "" : " · ").append(part);
                    }
                }
                doc.add(new Paragraph(meta.toString(), muted));
                if (l.reason() != null) {
                    doc.add(new Paragraph("Brought forward: " + l.reason(), reason));
                }
                if (l.prepNotes() != null && !l.prepNotes().isBlank()) {
                    Paragraph notes = new Paragraph(l.prepNotes().strip(), body);
                    notes.setSpacingBefore(3);
                    doc.add(notes);
                }
                for (String link : l.links()) {
                    doc.add(new Paragraph("Pre-read: " + link.strip(), muted));
                }
                for (Group g : l.groups()) {
                    if (g.heading() != null) {
                        Paragraph owner = new Paragraph(g.heading(), bold);
                        owner.setSpacingBefore(4);
                        doc.add(owner);
                    }
                    for (SubLine s : g.lines()) {
                        Paragraph p = new Paragraph();
                        p.setIndentationLeft(14);
                        p.add(new Phrase("• " + s.text() + "  ", body));
                        p.add(new Phrase(s.reason(), reason));
                        doc.add(p);
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

    private static BaseFont baseFont() {
        for (String candidate : FONT_CANDIDATES) {
            if (Files.isReadable(Path.of(candidate))) {
                try {
                    return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (Exception e) {
                    // try the next one
                }
            }
        }
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("no font for the agenda PDF", e);
        }
    }
}
