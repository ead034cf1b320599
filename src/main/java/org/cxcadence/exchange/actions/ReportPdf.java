package org.cxcadence.exchange.actions;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.cxcadence.exchange.pdf.PdfText;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders a {@link Report} as an A4 PDF with OpenPDF: a title, then one table per section. Text in
 * any script through the shared {@link PdfText} (bundled DejaVu Sans, embedded; right-to-left text
 * runs right to left; a character the font lacks is a visible placeholder), so a leader named
 * Ελένη, Дмитрий or سارة prints as written.
 */
public final class ReportPdf {
    private static final Color INK = new Color(0x1f, 0x23, 0x28);
    private static final Color ACCENT = new Color(0x09, 0x69, 0xda);
    private static final Color MUTED = new Color(0x59, 0x63, 0x6e);
    private static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    private static final Color HEAD_BG = new Color(0xf6, 0xf8, 0xfa);

    private final PdfText text = new PdfText();
    // DejaVu Sans runs about 10% wider than Helvetica: sizes a little smaller keep the brief on one page.
    private final Font title = text.bold(14, INK);
    private final Font subtitle = text.regular(8.5f, MUTED);
    private final Font heading = text.bold(10.5f, ACCENT);
    private final Font intro = new Font(text.regular(), 7.5f, Font.ITALIC, MUTED);
    private final Font head = text.bold(6.5f, MUTED);
    private final Font main = text.regular(7.5f, INK);
    private final Font mainBold = text.bold(7.5f, INK);
    private final Font sub = text.regular(6.8f, MUTED);

    private ReportPdf() {
    }

    /**
     * @param widths relative column widths per section (same order as the sections); a missing entry
     *               gives equal widths
     */
    public static void write(Report report, List<float[]> widths, OutputStream out) throws IOException {
        new ReportPdf().render(report, widths, out);
    }

    private void render(Report report, List<float[]> widths, OutputStream out) throws IOException {
        Document doc = new Document(PageSize.A4, 30, 30, 18, 16);
        try {
            PdfWriter.getInstance(doc, out).setCloseStream(false);
            doc.addTitle(text.printable(report.title()));
            doc.addCreator("CX Cadence");
            doc.open();
            doc.add(line(report.title(), title, 0, report.subtitle() == null ? 4 : 1));
            if (report.subtitle() != null) {
                doc.add(line(report.subtitle(), subtitle, 0, 6));
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

    private PdfPTable line(String value, Font font, float before, float after) {
        return text.line(value, font, before, after);
    }

    private void section(Document doc, Report.Section s, float[] widths) {
        doc.add(line(s.heading(), heading, 5, 0));
        if (s.intro() != null) {
            doc.add(line(s.intro(), intro, 0, 1));
        }
        if (s.rows().isEmpty()) {
            doc.add(line(s.emptyText(), intro, 0, 1));
            return;
        }
        PdfPTable table = new PdfPTable(s.columns().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        if (widths != null && widths.length == s.columns().size()) {
            table.setWidths(widths);
        }
        table.setHeaderRows(1);
        table.setSplitLate(false);
        for (String column : s.columns()) {
            PdfPCell c = text.cell(column.toUpperCase(java.util.Locale.ROOT), head);
            c.setBackgroundColor(HEAD_BG);
            style(c);
            table.addCell(c);
        }
        for (List<Report.Cell> row : s.rows()) {
            for (Report.Cell cell : row) {
                PdfPCell c = cell.sub() == null ? text.cell(cell.main(), main) : twoLines(cell);
                style(c);
                table.addCell(c);
            }
        }
        doc.add(table);
        if (s.more() > 0) {
            doc.add(line("…and " + s.more() + " more.", intro, 0, 1));
        }
    }

    /** The main line in bold and the customer impact under it, each in its own direction. */
    private PdfPCell twoLines(Report.Cell cell) {
        PdfPTable lines = new PdfPTable(1);
        lines.setWidthPercentage(100);
        lines.setSplitLate(false);
        for (PdfPCell c : List.of(text.cell(cell.main(), mainBold), text.cell(cell.sub(), sub))) {
            c.setPadding(0);
            c.setLeading(0, 1.1f);
            c.setPaddingBottom(1);
            lines.addCell(c);
        }
        PdfPCell holder = new PdfPCell(lines);
        holder.setBorder(Rectangle.BOX);
        return holder;
    }

    private static void style(PdfPCell c) {
        c.setBorder(Rectangle.BOX);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.5f);
        c.setPadding(2.2f);
        c.setPaddingTop(1.6f);
        c.setLeading(0, 1.1f);
        c.setVerticalAlignment(Element.ALIGN_TOP);
    }
}
