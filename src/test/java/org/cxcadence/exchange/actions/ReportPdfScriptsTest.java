package org.cxcadence.exchange.actions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.AirCoverBrief;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.pdf.PdfText;
import org.junit.jupiter.api.Test;

/**
 * The air-cover brief and a leader's own list as PDF keep names and lines in Greek, Cyrillic and
 * Arabic (read back with PDFBox), in embedded fonts, with a visible placeholder for what no font draws.
 */
class ReportPdfScriptsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final OffsetDateTime LONG_AGO = OffsetDateTime.of(2026, 8, 3, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String ELENI = "Ελένη Παπαδοπούλου";
    private static final String DMITRY = "Дмитрий Соколов";
    private static final String ARABIC_IMPACT = "يحصل العملاء على رد خلال يوم";
    private static final String HEBREW_TITLE = "לקוחות מקבלים תשובה";

    private static Workspace workspace() {
        List<Person> people = List.of(new Person("p-eleni", ELENI, "Service", null, null, null, true),
                new Person("p-dmitry", DMITRY, "IT", null, null, null, true));
        List<ActionItem> actions = List.of(
                new ActionItem("a1", "Call back every detractor 🚀", "p-eleni", ActionStatus.OPEN, null, null, null,
                        TODAY.minusDays(30), ARABIC_IMPACT, null, null, null, LONG_AGO, null, List.of()),
                new ActionItem("a2", HEBREW_TITLE, "p-dmitry", ActionStatus.BLOCKED, null, null, null,
                        TODAY.plusDays(10), "Faster answers", null, null, "Ждём бюджет", LONG_AGO, null, List.of()));
        return new Workspace(null, people, List.of(), List.of(), List.of(), List.of(), List.of(), actions, List.of());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertFalse(font.getName().contains("Helvetica"), font.getName());
                }
            }
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " "); // a long name may wrap in its cell
        }
    }

    @Test
    void theBriefKeepsGreekCyrillicArabicAndHebrewNames() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(BriefReport.build(AirCoverBrief.build(workspace(), TODAY), Locale.ENGLISH),
                BriefReport.PDF_WIDTHS, out);
        String text = text(out.toByteArray());
        assertTrue(text.contains(ELENI), text);
        assertTrue(text.contains(DMITRY), text);
        assertTrue(text.contains("Ждём бюджет"), "the blocker: " + text);
        assertTrue(text.contains(ARABIC_IMPACT), "the Arabic impact line: " + text);
        assertTrue(text.contains(HEBREW_TITLE), "the Hebrew title: " + text);
        assertTrue(text.contains(PdfText.PLACEHOLDER), "the emoji is a visible placeholder: " + text);
    }

    @Test
    void aLeadersOwnListKeepsHerGreekNameAndTheArabicImpact() throws IOException {
        Workspace w = workspace();
        List<ActionRow> rows = ActionRow.all(w, TODAY).stream().filter(r -> r.action().ownerId().equals("p-eleni")).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(LeaderListReport.build(ELENI, rows, TODAY, Locale.ENGLISH), LeaderListReport.PDF_WIDTHS, out);
        String text = text(out.toByteArray());
        assertTrue(text.contains(ELENI), text);
        assertTrue(text.contains(ARABIC_IMPACT), "the Arabic impact line: " + text);
    }
}
