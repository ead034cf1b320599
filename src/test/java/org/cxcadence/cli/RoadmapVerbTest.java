package org.cxcadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cxcadence.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** roadmap (Markdown and PDF) and the brief's sponsor section, end to end on the demo company. */
class RoadmapVerbTest {
    @TempDir
    Path home;

    private String ws;

    @BeforeEach
    void demo() {
        ws = home.resolve("demo.cxcadence").toString();
        CliRun demo = cli("--today", "2026-11-23", "demo");
        assertEquals(0, demo.exitCode, demo.toString());
    }

    private CliRun cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = ws;
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.run(home, all);
    }

    @Test
    void roadmapMarkdownIsTheDefaultWithEveryCompetencyMaturityAndLateMilestones() {
        CliRun run = cli("--today", "2026-11-23", "roadmap");
        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.out.startsWith("# Road map — Harborline Logistics Software"), run.out);
        assertTrue(run.out.contains("Honor and manage customers as assets"), run.out);
        assertTrue(run.out.contains("One-company leadership, accountability and culture"), run.out);
        assertTrue(run.out.contains("Maturity 2 of 5 in 2026-Q4 (unchanged since 2026-Q3)"), run.out);
        // the journey map was due in 2026-Q3 and is still in progress on 2026-11-23
        assertTrue(run.out.contains("In progress — Late"), run.out);
        assertTrue(run.out.contains("Late milestones (1)"), run.out);
    }

    @Test
    void roadmapPdfReadsBackAsText() throws IOException {
        Path out = home.resolve("map.pdf");
        CliRun run = cli("--today", "2026-11-23", "roadmap", "--format", "pdf", "--out", out.toString());
        assertEquals(0, run.exitCode, run.toString());
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertTrue(text.contains("Road map"), text);
        assertTrue(text.contains("Journey map with an owner per stage"), text);
        assertTrue(text.contains("Late milestones (1)"), text);
        assertTrue(text.contains("2027-Q4"), "two years of road map: " + text);
    }

    @Test
    void roadmapPdfWithoutOutGoesToANewFileInTheWorkingFolder() {
        CliRun run = cli("--today", "2026-11-23", "roadmap", "--format", "pdf");
        assertEquals(0, run.exitCode, run.toString());
        assertTrue(Files.exists(Path.of(run.out.strip())), run.out);
        assertTrue(run.out.strip().endsWith("road-map-2026-11-23.pdf"), run.out);
    }

    @Test
    void briefEndsWithTheSponsorsLowestAnswersAndComments() {
        CliRun run = cli("--today", "2026-11-23", "brief");
        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.out.contains("## Sponsor commitments (lowest answers"), run.out);
        assertTrue(run.out.contains("6. Provide political air cover"), run.out);
        assertTrue(run.out.contains("7. Insist on corporate patience"), run.out);
        assertTrue(run.out.contains("Operations said onboarding can wait"), run.out);
        assertTrue(run.out.contains("I have not held the longer timeline"), run.out);
    }
}
