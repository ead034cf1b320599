package org.cxcadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cxcadence.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code minutes} and {@code search} end to end on the demo workspace (CONTRACT.md). */
class MinutesVerbsTest {
    @TempDir
    Path home;

    private String ws;

    @BeforeEach
    void demo() {
        ws = home.resolve("demo.cxcadence").toString();
        CliRun demo = CliRun.run(home, "--workspace", ws, "--today", "2026-11-23", "demo");
        assertEquals(0, demo.exitCode, demo.toString());
    }

    private CliRun cli(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--workspace";
        all[1] = ws;
        all[2] = "--today";
        all[3] = "2026-11-23";
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.run(home, all);
    }

    @Test
    void minutesOfTheLatestSessionDefaultToMarkdownOnStandardOutput() {
        CliRun run = cli("minutes", "latest");
        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.out.startsWith("# Weekly customer accountability"), run.out);
        assertTrue(run.out.contains("## Attendance") && run.out.contains("## Metrics snapshot"));
    }

    @Test
    void withoutLeavesTheNamedSectionsOut() {
        CliRun run = cli("minutes", "latest", "--format", "txt", "--without", "metrics,attendance,review");
        assertEquals(0, run.exitCode, run.toString());
        assertFalse(run.out.contains("METRICS SNAPSHOT"));
        assertFalse(run.out.contains("ATTENDANCE"));
        assertFalse(run.out.contains("ACTION REVIEW"));
        assertTrue(run.out.contains("AGENDA"));
    }

    @Test
    void anUnknownSectionIsInvalidInput() {
        CliRun run = cli("minutes", "latest", "--without", "notes,weather");
        assertEquals(3, run.exitCode, run.toString());
        assertTrue(run.err.contains("weather") && run.err.contains("attendance, notes"), run.err);
    }

    @Test
    void anUnknownSessionOrFormatIsInvalidInput() {
        assertEquals(3, cli("minutes", "no-such-session").exitCode);
        assertEquals(3, cli("minutes", "latest", "--format", "rtf").exitCode);
        CliRun draft = cli("minutes", "2026-11-30");
        assertTrue(draft.exitCode == 3, draft.toString());
    }

    @Test
    void pdfWithoutOutGoesToASafelyNamedFileWhosePathIsPrinted() throws IOException {
        CliRun run = cli("minutes", "latest", "--format", "pdf");
        assertEquals(0, run.exitCode, run.toString());
        Path file = Path.of(run.out.strip());
        assertEquals(home, file.getParent());
        assertEquals("2026-11-16 Weekly customer accountability.pdf", file.getFileName().toString());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Weekly customer accountability"));
        }
    }

    @Test
    void docxWithOutWritesExactlyThatPath() throws IOException {
        Path out = home.resolve("sub/m.docx");
        CliRun run = cli("minutes", "latest", "--format", "docx", "--out", out.toString());
        assertEquals(0, run.exitCode, run.toString());
        assertEquals("", run.out.strip());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
            assertFalse(doc.getTables().isEmpty());
        }
    }

    @Test
    void aUserTemplateReplacesTheBundledOne() throws IOException {
        Path template = home.resolve("t.html");
        Files.writeString(template, "<html><head><title>{{title}}</title></head><body><h1>Ours: {{title}}</h1>{{agenda}}</body></html>");
        CliRun run = cli("minutes", "latest", "--format", "html", "--template", template.toString());
        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.out.contains("<h1>Ours: Weekly customer accountability</h1>"), run.out);
        assertTrue(run.out.contains("Content-Security-Policy"), "the policy is added to a template without one");
        assertFalse(run.out.contains("Attendance"), "only the placeholders the template names");
    }

    @Test
    void searchFindsDecisionsAndNotesWithHighlightsInJson() throws IOException {
        CliRun run = cli("search", "churn", "--format", "json");
        assertEquals(0, run.exitCode, run.toString());
        JsonNode hits = new ObjectMapper().readTree(run.out);
        assertTrue(hits.size() > 0, run.out);
        JsonNode first = hits.get(0);
        assertTrue(first.get("snippet").asText().toLowerCase().contains("churn"));
        assertTrue(first.get("highlights").get(0).asText().toLowerCase().startsWith("churn"));
        assertFalse(first.get("meetingId").isNull());
    }

    @Test
    void searchTableMarksTheMatches() {
        CliRun run = cli("search", "\"onboarding manager\"");
        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.out.toLowerCase().contains("[onboarding] [manager]") || run.out.toLowerCase().contains("[onboarding manager]"),
                run.out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "AND", "OR NOT", "NEAR(a b)", "*", "-", "(", ")", "a:b", "^x", "🚀",
            "\"\"", "churn AND", "col:churn", "'", "\\", "%", "x\" OR \"y"})
    void hostileQueriesNeverFail(String query) {
        CliRun run = cli("search", query);
        assertEquals(0, run.exitCode, run.toString());
        CliRun json = cli("search", query, "--format", "json");
        assertEquals(0, json.exitCode, json.toString());
    }

    @Test
    void searchAndMinutesWorkWhileTheWorkspaceIsOpenForWriting() {
        try (var open = new org.cxcadence.service.WorkspaceService().openForWriting(Path.of(ws))) {
            assertEquals(0, cli("search", "churn").exitCode);
            assertEquals(0, cli("minutes", "latest").exitCode);
        }
    }

    @SuppressWarnings("unused")
    private static List<String> lines(String s) {
        return s.lines().toList();
    }
}
