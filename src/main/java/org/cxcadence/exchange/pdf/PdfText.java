package org.cxcadence.exchange.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.text.Bidi;
import java.util.Objects;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Text in any script for the app's PDFs (minutes, the air-cover brief, a leader's list, the road
 * map): set in the bundled DejaVu Sans, embedded, which covers Latin, Greek, Cyrillic, Arabic and
 * Hebrew; each paragraph's base direction is found with {@link java.text.Bidi} and OpenPDF orders
 * (and for Arabic, joins) the characters in that direction. A character the font has no glyph for
 * (emoji, most CJK) is printed as {@link #PLACEHOLDER}, never dropped silently.
 * <p>
 * One instance per document being written (OpenPDF fonts are not shared between threads).
 */
public final class PdfText {
    /** Shown for a character the bundled fonts cannot draw. */
    public static final String PLACEHOLDER = "\uFFFD";
    private static final String FONT_DIR = "fonts/";

    private final BaseFont regular;
    private final BaseFont bold;

    public PdfText() {
        this.regular = load("DejaVuSans.ttf");
        this.bold = load("DejaVuSans-Bold.ttf");
    }

    private static BaseFont load(String name) {
        try (InputStream in = PdfText.class.getResourceAsStream(FONT_DIR + name)) {
            byte[] bytes = Objects.requireNonNull(in, name).readAllBytes();
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot load the bundled font " + name, e);
        }
    }

    public BaseFont regular() {
        return regular;
    }

    public BaseFont bold() {
        return bold;
    }

    /** The regular face at {@code size} in {@code color}. */
    public Font regular(float size, Color color) {
        return new Font(regular, size, Font.NORMAL, color);
    }

    /** The bold face at {@code size} in {@code color}. */
    public Font bold(float size, Color color) {
        return new Font(bold, size, Font.NORMAL, color);
    }

    /** One full-width paragraph: a one-cell table, so it gets its own run direction and may split across pages. */
    public PdfPTable line(String text, Font font, float before, float after) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setSpacingBefore(before);
        t.setSpacingAfter(after);
        t.setSplitLate(false);
        PdfPCell cell = cell(text, font);
        cell.setPadding(0);
        cell.setPaddingBottom(2);
        t.addCell(cell);
        return t;
    }

    /**
     * One full-width paragraph made of differently styled parts (a title and a red "past the end", a
     * line and its reason), indented by {@code indent} points, running in the direction of its text.
     */
    public PdfPTable line(float indent, float before, Phrase... parts) {
        Phrase all = new Phrase();
        for (Phrase part : parts) {
            all.addAll(part);
        }
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setSpacingBefore(before);
        t.setSplitLate(false);
        PdfPCell cell = new PdfPCell(all);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setRunDirection(direction(all.getContent()));
        cell.setLeading(0, 1.18f);
        cell.setUseDescender(true);
        cell.setPadding(0);
        cell.setPaddingLeft(indent);
        cell.setPaddingBottom(2);
        t.addCell(cell);
        return t;
    }

    /** A borderless cell holding the text, running in the text's own direction. */
    public PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setRunDirection(direction(text));
        cell.setLeading(0, 1.18f);
        cell.setUseDescender(true);
        return cell;
    }

    /** The text in the font, characters it lacks taken from regular DejaVu or shown as the placeholder. */
    public Phrase phrase(String text, Font font) {
        FontSelector selector = new FontSelector();
        selector.addFont(font);
        if (font.getBaseFont() != regular) {
            selector.addFont(new Font(regular, font.getSize(), font.getStyle(), font.getColor()));
        }
        return selector.process(printable(text == null ? "" : text));
    }

    /**
     * Replaces every character the bundled fonts cannot draw with the visible placeholder: one per
     * missing character as a reader sees it, so an emoji with a skin tone, variation selector or
     * zero-width joiner sequence becomes one placeholder, not three.
     */
    public String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean replacing = false;
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp == '\n' || cp == '\t') {
                out.appendCodePoint(cp == '\t' ? ' ' : cp);
                replacing = false;
            } else if (replacing && (isModifier(cp) || cp == 0x200D
                    || (i > 0 && cps[i - 1] == 0x200D && !drawable(cp)))) {
                // part of the character already shown as a placeholder
            } else if (Character.getType(cp) == Character.FORMAT && cp != 0x200C && cp != 0x200D) {
                // direction marks and other invisible format characters: the layout decides direction
            } else if (drawable(cp)) {
                out.appendCodePoint(cp);
                replacing = false;
            } else {
                out.append(PLACEHOLDER);
                replacing = true;
            }
        }
        return out.toString();
    }

    private boolean drawable(int cp) {
        return regular.charExists(cp) || bold.charExists(cp);
    }

    /** Skin tones, variation selectors, combining marks and emoji tags: they only change the character before. */
    private static boolean isModifier(int cp) {
        return (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0020 && cp <= 0xE007F)
                || Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.ENCLOSING_MARK;
    }

    /** {@link PdfWriter#RUN_DIRECTION_RTL} when the text's first strong character is right-to-left. */
    public static int direction(String text) {
        if (text == null || text.isEmpty() || !Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return PdfWriter.RUN_DIRECTION_LTR;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        return bidi.baseIsLeftToRight() ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_RTL;
    }
}
