package org.cxcadence.exchange.minutes;

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
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * PDF minutes laid out by OpenPDF: A4, a running header (company and title) and "Page N of M" on
 * every page, tables whose header row repeats and whose rows may split across pages (a long note
 * never vanishes). Text in any script through the shared {@link PdfText}: the bundled DejaVu Sans,
 * each paragraph in its own direction, a visible {@link #PLACEHOLDER} for a character it cannot draw.
 */
public final class PdfMinutes {
    /** Shown for a character the bundled fonts cannot draw. */
    public static final String PLACEHOLDER = PdfText.PLACEHOLDER;
    private static final Color INK = new Color(0x1f, 0x23, 0x28);
    private static final Color MUTED = new Color(0x57, 0x60, 0x6a);
    private static final Color ACCENT = new Color(0x1f, 0x6f, 0xeb);
    private static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    private static final Color HEAD_FILL = new Color(0xf6, 0xf8, 0xfa);

    private final PdfText pdfText = new PdfText();
    private final BaseFont regular = pdfText.regular();
    private final BaseFont bold = pdfText.bold();

    public void render(MinutesLayout.Laid laid, OutputStream out) throws IOException {
        Document doc = new Document(PageSize.A4, 48, 48, 64, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new HeaderFooter(laid));
            doc.addTitle(printable(laid.title()));
            doc.addCreator("CX Cadence");
            doc.open();
            if (laid.company() != null) {
                doc.add(line(laid.company(), font(regular, 9, MUTED), 0, 2));
            }
            doc.add(line(laid.title(), font(bold, 18, INK), 0, 6));
            doc.add(fields(laid.header()));
            for (Block b : laid.body()) {
                doc.add(element(b));
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("cannot write the PDF: " + e.getMessage(), e);
        }
    }

    private Element element(Block b) throws DocumentException {
        return switch (b) {
            case Block.Heading h -> switch (h.level()) {
                case 2 -> {
                    PdfPTable t = line(h.text(), font(bold, 13, ACCENT), 14, 4);
                    t.getRow(0).getCells()[0].setBorder(Rectangle.BOTTOM);
                    t.getRow(0).getCells()[0].setBorderColor(RULE);
                    t.getRow(0).getCells()[0].setPaddingBottom(4);
                    yield t;
                }
                case 3 -> line(h.text(), font(bold, 11, INK), 8, 2);
                default -> line(h.text(), font(bold, 9.5f, MUTED), 4, 1);
            };
            case Block.Paragraph p -> lines(p.text(), font(regular, 10, INK));
            case Block.Note n -> line(n.text(), font(regular, 9.5f, MUTED), 0, 4);
            case Block.Fields f -> fields(f.fields());
            case Block.Bullets l -> bullets(l.items());
            case Block.Table t -> table(t);
        };
    }

    private PdfPTable line(String value, Font font, float before, float after) {
        return pdfText.line(value, font, before, after);
    }

    /** A paragraph of several lines: each line gets its own direction, so an Arabic line in English notes reads right to left. */
    private PdfPTable lines(String text, Font font) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setSpacingBefore(2);
        t.setSpacingAfter(4);
        t.setSplitLate(false);
        for (String l : text.split("\n", -1)) {
            PdfPCell cell = cell(l.isEmpty() ? " " : l, font);
            cell.setPadding(0);
            cell.setPaddingBottom(1);
            t.addCell(cell);
        }
        return t;
    }

    private PdfPTable fields(List<Block.Field> fields) throws DocumentException {
        PdfPTable t = new PdfPTable(2);
        t.setWidthPercentage(100);
        t.setWidths(new float[] {1.3f, 6f});
        t.setSpacingAfter(4);
        t.setSplitLate(false);
        for (Block.Field f : fields) {
            PdfPCell label = cell(f.label(), font(regular, 9.5f, MUTED));
            label.setPadding(1);
            PdfPCell value = cell(f.value(), font(regular, 10, INK));
            value.setPadding(1);
            t.addCell(label);
            t.addCell(value);
        }
        return t;
    }

    private PdfPTable bullets(List<String> items) throws DocumentException {
        PdfPTable t = new PdfPTable(2);
        t.setWidthPercentage(100);
        t.setWidths(new float[] {0.35f, 12f});
        t.setSpacingAfter(4);
        t.setSplitLate(false);
        for (String item : items) {
            int direction = direction(item);
            PdfPCell dot = cell("•", font(regular, 10, ACCENT));
            dot.setPadding(1);
            PdfPCell text = cell(item, font(regular, 10, INK));
            text.setPadding(1);
            // In a right-to-left item the bullet belongs on the right: the row runs the other way.
            PdfPTable row = new PdfPTable(2);
            row.setWidths(new float[] {0.35f, 12f});
            row.setRunDirection(direction);
            row.setSplitLate(false);
            row.addCell(dot);
            row.addCell(text);
            PdfPCell holder = new PdfPCell(row);
            holder.setColspan(2);
            holder.setBorder(Rectangle.NO_BORDER);
            holder.setPadding(0);
            t.addCell(holder);
        }
        return t;
    }

    private PdfPTable table(Block.Table table) throws DocumentException {
        int columns = Math.max(1, table.header().size());
        PdfPTable t = new PdfPTable(columns);
        t.setWidthPercentage(100);
        t.setWidths(widths(table.header()));
        t.setSpacingBefore(2);
        t.setSpacingAfter(6);
        t.setHeaderRows(1);
        t.setSplitLate(false);
        t.setSplitRows(true);
        for (String h : table.header()) {
            PdfPCell c = cell(h, font(bold, 8.5f, INK));
            c.setBorder(Rectangle.BOX);
            c.setBorderColor(RULE);
            c.setBackgroundColor(HEAD_FILL);
            c.setPadding(3);
            t.addCell(c);
        }
        for (List<String> row : table.rows()) {
            for (int i = 0; i < columns; i++) {
                PdfPCell c = cell(i < row.size() ? row.get(i) : "", font(i == 0 ? bold : regular, 8.5f, INK));
                c.setBorder(Rectangle.BOX);
                c.setBorderColor(RULE);
                c.setPadding(3);
                t.addCell(c);
            }
        }
        return t;
    }

    /** Wider first column (the action or metric), narrow columns for dates and numbers. */
    private static float[] widths(List<String> header) {
        float[] w = new float[Math.max(1, header.size())];
        for (int i = 0; i < w.length; i++) {
            String h = i < header.size() ? header.get(i) : "";
            w[i] = switch (h) {
                case "Action", "Metric" -> 3.2f;
                case "Customer impact", "Note", "Why listed" -> 3f;
                case "Due", "New due", "Period", "Status", "Change", "Value", "Target" -> 1.3f;
                default -> 1.8f;
            };
        }
        return w;
    }

    private PdfPCell cell(String value, Font font) {
        return pdfText.cell(value, font);
    }

    private Phrase phrase(String value, Font font) {
        return pdfText.phrase(value, font);
    }

    String printable(String value) {
        return pdfText.printable(value);
    }

    /** {@link PdfWriter#RUN_DIRECTION_RTL} when the text's first strong character is right-to-left. */
    static int direction(String value) {
        return PdfText.direction(value);
    }

    private static Font font(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }

    /** Company and title at the top of every page after the first; "Page N of M" at the bottom of all. */
    private final class HeaderFooter extends PdfPageEventHelper {
        private final String heading;
        private PdfTemplate total;

        HeaderFooter(MinutesLayout.Laid laid) {
            String title = laid.title().replace('\n', ' ');
            if (title.codePointCount(0, title.length()) > 90) {
                title = title.substring(0, title.offsetByCodePoints(0, 90)) + "…";
            }
            this.heading = laid.company() == null ? title : laid.company().replace('\n', ' ') + " · " + title;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 14);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            Font small = font(regular, 8, MUTED);
            if (writer.getPageNumber() > 1) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase(heading, small), document.left(),
                        page.getTop() - 36, 0, direction(heading), 0);
            }
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(document.left(), 40);
            canvas.lineTo(document.right(), 40);
            canvas.stroke();
            String text = "Page " + writer.getPageNumber() + " of ";
            float width = regular.getWidthPoint(text, 8);
            float x = document.right() - width - 16;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, small), x, 28, 0);
            canvas.addTemplate(total, x + width, 28);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    new Phrase(String.valueOf(writer.getPageNumber() - 1), font(regular, 8, MUTED)), 0, 0, 0);
        }
    }
}
