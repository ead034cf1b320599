package org.cxcadence.exchange.actions;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** Renders a {@link Report} as an A4 PDF with OpenPDF: a title, then one table per section. */
public final class ReportPdf {
    private static final Color ACCENT = new Color(0x09, 0x69, 0xda);
    private static final Color MUTED = new Color(0x59, 0x63, 0x6e);
    private static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    private static final Color HEAD_BG = new Color(0xf6, 0xf8, 0xfa);

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 9, Font.NORMAL, MUTED);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD, ACCENT);
    private static final Font INTRO = new Font(Font.HELVETICA, 8, Font.ITALIC, MUTED);
    private static final Font HEAD = new Font(Font.HELVETICA, 7.5f, Font.BOLD, MUTED);
    private static final Font MAIN = new Font(Font.HELVETICA, 8.5f, Font.NORMAL);
    private static final Font MAIN_BOLD = new Font(Font.HELVETICA, 8.5f, Font.BOLD);
    private static final Font SUB = new Font(Font.HELVETICA, 7.5f, Font.NORMAL, MUTED);

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
            doc.addTitle(report.title());
            doc.addCreator("CX Cadence");
            doc.open();
            doc.add(new Paragraph(report.title(), TITLE));
            if (report.subtitle() != null) {
                Paragraph sub = new Paragraph(report.subtitle(), SUBTITLE);
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
        Paragraph heading = new Paragraph(s.heading(), HEADING);
        heading.setSpacingBefore(7);
        heading.setSpacingAfter(3);
        doc.add(heading);
        if (s.intro() != null) {
            doc.add(new Paragraph(s.intro(), INTRO));
        }
        if (s.rows().isEmpty()) {
            doc.add(new Paragraph(s.emptyText(), INTRO));
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
            PdfPCell c = new PdfPCell(new Phrase(column.toUpperCase(java.util.Locale.ROOT), HEAD));
            c.setBackgroundColor(HEAD_BG);
            style(c);
            table.addCell(c);
        }
        for (List<Report.Cell> row : s.rows()) {
            for (Report.Cell cell : row) {
                Phrase p = new Phrase();
                p.add(new Chunk(cell.main(), cell.sub() == null ? MAIN : MAIN_BOLD));
                if (cell.sub() != null) {
                    p.add(Chunk.NEWLINE);
                    p.add(new Chunk(cell.sub(), SUB));
                }
                PdfPCell c = new PdfPCell(p);
                style(c);
                table.addCell(c);
            }
        }
        doc.add(table);
        if (s.more() > 0) {
            doc.add(new Paragraph("…and " + s.more() + " more.", INTRO));
        }
    }

    private static void style(PdfPCell c) {
        c.setBorderColor(RULE);
        c.setBorderWidth(0.5f);
        c.setPadding(3f);
        c.setVerticalAlignment(Element.ALIGN_TOP);
    }
}
