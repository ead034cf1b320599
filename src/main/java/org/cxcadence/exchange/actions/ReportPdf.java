package org.cxcadence.exchange.actions;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.cxcadence.exchange.minutes.PdfMinutes;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders a {@link Report} as an A4 PDF with OpenPDF: a title, then one table per section. Text is set
 * in the bundled DejaVu Sans, embedded, with right-to-left cells ordered as such (as the minutes do), so
 * Greek, Cyrillic, Arabic and Hebrew names print; characters the font lacks show as a placeholder.
 */
public final class ReportPdf {
    private static final Color ACCENT = new Color(0x09, 0x69, 0xda);
    private static final Color MUTED = new Color(0x59, 0x63, 0x6e);
    private static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    private static final Color HEAD_BG = new Color(0xf6, 0xf8, 0xfa);

    /** The bundled DejaVu Sans, embedded, so names in any script the minutes can print come out here too. */
    private static final PdfMinutes TEXT = new PdfMinutes();
    private static final BaseFont REGULAR = TEXT.regularFont();
    private static final BaseFont BOLD = TEXT.boldFont();
    private static final Font TITLE = new Font(BOLD, 16, Font.NORMAL);
    private static final Font SUBTITLE = new Font(REGULAR, 9, Font.NORMAL, MUTED);
    private static final Font HEADING = new Font(BOLD, 11, Font.NORMAL, ACCENT);
    private static final Font INTRO = new Font(REGULAR, 8, Font.ITALIC, MUTED);
    private static final Font HEAD = new Font(BOLD, 7.5f, Font.NORMAL, MUTED);
    private static final Font MAIN = new Font(REGULAR, 8.5f, Font.NORMAL);
    private static final Font MAIN_BOLD = new Font(BOLD, 8.5f, Font.NORMAL);
    private static final Font SUB = new Font(REGULAR, 7.5f, Font.NORMAL, MUTED);

    private ReportPdf() {
    }

    /**
     * @param widths relative column widths per section (same order as the sections); a missing entry
     *               gives equal widths
     */
    public static void write(Report report, List<float[]> widths, OutputStream out) throws IOException {
        Document doc = new Document(PageSize.A4, 30, 30, 28, 28);
        try {
            PdfWriter.getInstance(doc, out).setCloseStream(false);
            doc.addTitle(TEXT.printable(report.title()));
            doc.addCreator("CX Cadence");
            doc.open();
            doc.add(line(report.title(), TITLE, 0));
            if (report.subtitle() != null) {
                PdfPTable sub = line(report.subtitle(), SUBTITLE, 6);
                sub.setSpacingAfter(6);
                doc.add(sub);
            }
            for (int i = 0; i < report.sections().size(); i++) {
                section(doc, report.sections().get(i), i < widths.size() ? widths.get(i) : null);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be written: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void section(Document doc, Report.Section s, float[] widths) {
        PdfPTable heading = line(s.heading(), HEADING, 3);
        heading.setSpacingBefore(7);
        doc.add(heading);
        if (s.intro() != null) {
            doc.add(line(s.intro(), INTRO, 0));
        }
        if (s.rows().isEmpty()) {
            doc.add(line(s.emptyText(), INTRO, 0));
            return;
        }
        PdfPTable table = new PdfPTable(s.columns().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(3);
        if (widths != null && widths.length == s.columns().size()) {
            table.setWidths(widths);
        }
        table.setHeaderRows(1);
        for (String column : s.columns()) {
            PdfPCell c = new PdfPCell(new Phrase(TEXT.printable(column.toUpperCase(java.util.Locale.ROOT)), HEAD));
            c.setBackgroundColor(HEAD_BG);
            style(c);
            table.addCell(c);
        }
        for (List<Report.Cell> row : s.rows()) {
            for (Report.Cell cell : row) {
                Phrase p = new Phrase();
                p.add(new Chunk(TEXT.printable(cell.main()), cell.sub() == null ? MAIN : MAIN_BOLD));
                if (cell.sub() != null) {
                    p.add(Chunk.NEWLINE);
                    p.add(new Chunk(TEXT.printable(cell.sub()), SUB));
                }
                PdfPCell c = new PdfPCell(p);
                style(c);
                c.setRunDirection(PdfMinutes.direction(cell.main()));
                table.addCell(c);
            }
        }
        doc.add(table);
        if (s.more() > 0) {
            doc.add(line("…and " + s.more() + " more.", INTRO, 0));
        }
    }

    /** One line of text as a borderless cell, so right-to-left text is ordered (and Arabic joined) as in the minutes. */
    private static PdfPTable line(String text, Font font, float after) {
        PdfPCell c = new PdfPCell(new Phrase(TEXT.printable(text), font));
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        c.setPaddingBottom(2);
        c.setRunDirection(PdfMinutes.direction(text));
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.addCell(c);
        t.setSpacingAfter(after);
        return t;
    }

    private static void style(PdfPCell c) {
        c.setBorderColor(RULE);
        c.setBorderWidth(0.5f);
        c.setPadding(3f);
        c.setVerticalAlignment(Element.ALIGN_TOP);
    }
}
