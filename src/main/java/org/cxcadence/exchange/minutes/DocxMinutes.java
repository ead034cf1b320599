package org.cxcadence.exchange.minutes;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.text.Bidi;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word minutes: real heading styles (Heading 1–4, so Word's navigation pane and table of contents
 * see them), real tables with a repeating header row, and plain editable text. Right-to-left
 * paragraphs and cells are marked bidirectional so Word lays them out right to left.
 */
public final class DocxMinutes {
    private static final String MUTED = "57606A";
    private static final String ACCENT = "1F6FEB";

    public void render(MinutesLayout.Laid laid, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            heading(styles, 1, 36, null);
            heading(styles, 2, 28, ACCENT);
            heading(styles, 3, 24, null);
            heading(styles, 4, 20, MUTED);
            doc.getProperties().getCoreProperties().setTitle(laid.title());
            doc.getProperties().getCoreProperties().setCreator("CX Cadence");
            if (laid.company() != null) {
                XWPFParagraph company = doc.createParagraph();
                text(company, laid.company(), false, MUTED, 18);
            }
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Heading1");
            text(title, laid.title(), false, null, 0);
            fields(doc, laid.header());
            for (Block b : laid.body()) {
                switch (b) {
                    case Block.Heading h -> {
                        XWPFParagraph p = doc.createParagraph();
                        p.setStyle("Heading" + Math.min(4, Math.max(2, h.level())));
                        text(p, h.text(), false, null, 0);
                    }
                    case Block.Paragraph p -> text(doc.createParagraph(), p.text(), false, null, 0);
                    case Block.Note n -> {
                        XWPFParagraph p = doc.createParagraph();
                        XWPFRun r = text(p, n.text(), false, MUTED, 0);
                        r.setItalic(true);
                    }
                    case Block.Fields f -> fields(doc, f.fields());
                    case Block.Bullets l -> {
                        for (String item : l.items()) {
                            XWPFParagraph p = doc.createParagraph();
                            p.setIndentationLeft(360);
                            p.setIndentationHanging(240);
                            text(p, "•\t" + item, false, null, 0);
                        }
                    }
                    case Block.Table t -> table(doc, t);
                }
            }
            doc.write(out);
        }
    }

    private static void fields(XWPFDocument doc, List<Block.Field> fields) {
        for (Block.Field f : fields) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(0);
            XWPFRun label = p.createRun();
            label.setText(f.label() + ": ");
            label.setColor(MUTED);
            addLines(p, f.value(), false, null, 0);
            markDirection(p, f.value());
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    private static void table(XWPFDocument doc, Block.Table t) {
        int columns = Math.max(1, t.header().size());
        XWPFTable table = doc.createTable(t.rows().size() + 1, columns);
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor("F6F8FA");
            fill(cell, t.header().get(c), true);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int c = 0; c < columns; c++) {
                fill(table.getRow(r + 1).getCell(c), c < row.size() ? row.get(c) : "", c == 0);
            }
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    private static void fill(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().getFirst();
        p.setSpacingAfter(0);
        text(p, text, bold, null, 18);
    }

    private static XWPFRun text(XWPFParagraph p, String text, boolean bold, String color, int halfPoints) {
        XWPFRun run = addLines(p, text, bold, color, halfPoints);
        markDirection(p, text);
        return run;
    }

    /** Adds the text as runs with line breaks between its lines; returns the last run. */
    private static XWPFRun addLines(XWPFParagraph p, String text, boolean bold, String color, int halfPoints) {
        String[] lines = (text == null ? "" : text).split("\n", -1);
        XWPFRun run = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
        if (halfPoints > 0) {
            run.setFontSize(halfPoints / 2.0);
        }
        if (isRightToLeft(text)) {
            CTRPr rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
            rpr.addNewRtl();
        }
        return run;
    }

    private static void markDirection(XWPFParagraph p, String text) {
        if (isRightToLeft(text)) {
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            if (!ppr.isSetBidi()) {
                ppr.addNewBidi();
            }
            p.setAlignment(ParagraphAlignment.LEFT); // "left" of a bidi paragraph is its start, the right side
        }
    }

    static boolean isRightToLeft(String text) {
        if (text == null || text.isEmpty() || !Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return false;
        }
        return !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    /** Defines "Heading N" as Word does (name, outline level), so it is a real heading, not bold text. */
    private static void heading(XWPFStyles styles, int level, int halfPoints, String color) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId("Heading" + level);
        ct.setType(STStyleType.PARAGRAPH);
        CTString name = CTString.Factory.newInstance();
        name.setVal("heading " + level);
        ct.setName(name);
        CTString basedOn = CTString.Factory.newInstance();
        basedOn.setVal("Normal");
        ct.setBasedOn(basedOn);
        CTDecimalNumber priority = CTDecimalNumber.Factory.newInstance();
        priority.setVal(BigInteger.valueOf(9));
        ct.setUiPriority(priority);
        ct.setQFormat(CTOnOff.Factory.newInstance());
        ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        ct.getPPr().addNewKeepNext();
        ct.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(level <= 2 ? 240 : 160));
        CTRPr rpr = ct.addNewRPr();
        rpr.addNewB();
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (color != null) {
            rpr.addNewColor().setVal(color);
        }
        styles.addStyle(new XWPFStyle(ct, styles));
    }
}
