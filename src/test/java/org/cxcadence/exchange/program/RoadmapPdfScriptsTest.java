package org.cxcadence.exchange.program;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cxcadence.domain.MaturityLevel;
import org.cxcadence.domain.Milestone;
import org.cxcadence.domain.MilestoneStatus;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Roadmap;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.domain.Workspace;
import org.cxcadence.domain.WorkspaceSettings;
import org.cxcadence.exchange.actions.Report;
import org.cxcadence.exchange.actions.ReportMarkdown;
import org.cxcadence.exchange.actions.ReportPdf;
import org.junit.jupiter.api.Test;

/** The road map export keeps names in other scripts: the PDF embeds its fonts and reads back with them. */
class RoadmapPdfScriptsTest {
    private static final String GREEK = "Χάρτης πελατών";
    private static final String CYRILLIC = "Карта пути клиента";
    private static final String ARABIC_OWNER = "مريم الحسن";

    private static Workspace workspace() {
        Workspace w = new Workspace(new WorkspaceSettings("Ωmega Логистика", null),
                List.of(new Person("p-1", ARABIC_OWNER, null, null, null, null, true)),
                List.of(new TopicArea("ta-1", "Άξονας " + CYRILLIC, 0, false)), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        return w.withProgram(List.of(new Milestone("m-1", "ta-1", GREEK, "2026-Q3", MilestoneStatus.IN_PROGRESS, "p-1",
                        CYRILLIC, List.of())),
                List.of(new MaturityLevel("ta-1", "2026-Q3", 2, "Заметка")), List.of(), List.of(), List.of());
    }

    @Test
    void pdfEmbedsEveryFontAndReadsBackGreekAndCyrillicNames() throws IOException {
        Workspace w = workspace();
        Report report = RoadmapReport.build(w, Roadmap.of(w, LocalDate.of(2026, 11, 23)), Locale.ENGLISH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(report, RoadmapReport.widths(report), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(GREEK), text);
            assertTrue(text.contains(CYRILLIC), text);
            assertTrue(text.contains("Ωmega Логистика"), text);
            assertFalse(text.contains("?"), "no character replaced: " + text);
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
    }

    @Test
    void markdownKeepsTheNamesAsTyped() {
        Workspace w = workspace();
        String md = ReportMarkdown.render(RoadmapReport.build(w, Roadmap.of(w, LocalDate.of(2026, 11, 23)), Locale.ENGLISH));
        assertTrue(md.contains(GREEK) && md.contains(CYRILLIC) && md.contains(ARABIC_OWNER), md);
    }
}
