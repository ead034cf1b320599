package org.cxcadence.exchange.agenda;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.exchange.pdf.PdfText;
import org.junit.jupiter.api.Test;

/**
 * The agenda PDF prints presenters, attendees and prep notes in any script from the bundled,
 * embedded fonts, whatever fonts the machine has, and shows a placeholder for what none draws.
 */
class PdfAgendaScriptsTest {
    private static final String ELENI = "Ελένη Παπαδοπούλου";
    private static final String DMITRY = "Дмитрий Соколов";
    private static final String ARABIC_NOTE = "يحصل العملاء على رد خلال يوم";

    @Test
    void greekCyrillicAndArabicPrintInEmbeddedFontsAndAnEmojiIsAPlaceholder() throws IOException {
        AgendaDocument agenda = new AgendaDocument("m1", "Harborline", "Weekly customer accountability", "Weekly",
                ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneId.of("America/Chicago")), 60, MeetingStatus.DRAFT,
                new AgendaDocument.Participant(ELENI, null), List.of(new AgendaDocument.Participant(DMITRY, null)),
                List.of(new AgendaDocument.Line(1, "Churn in Enterprise 🚀", AgendaItemKind.TOPIC, "Customer experience",
                        DMITRY, 15, LocalTime.of(9, 0), false, ARABIC_NOTE, List.of(), null, List.of())),
                15, Locale.ENGLISH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfAgenda.write(agenda, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertFalse(font.getName().contains("Helvetica"), font.getName());
                }
            }
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(ELENI), "the facilitator: " + text);
            assertTrue(text.contains(DMITRY), "the presenter and attendee: " + text);
            assertTrue(text.contains(ARABIC_NOTE), "the Arabic prep note: " + text);
            assertTrue(text.contains(PdfText.PLACEHOLDER), "the emoji is a visible placeholder: " + text);
        }
    }
}
