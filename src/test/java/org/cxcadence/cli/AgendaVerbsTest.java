package org.cxcadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** agenda and agenda-pack end to end on the demo company; files read back with PDFBox and ical4j. */
class AgendaVerbsTest {
    @TempDir
    Path home;

    private CliRun cli(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--workspace";
        all[1] = home.resolve("demo.cxcadence").toString();
        all[2] = "--today";
        all[3] = "2026-11-23";
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.run(home, all);
    }

    private void demo() {
        CliRun demo = cli("demo");
        assertEquals(0, demo.exitCode, demo.toString());
    }

    private Workspace onDisk(String name) {
        try (OpenWorkspace w = new WorkspaceService().openReadOnly(home.resolve(name))) {
            return w.snapshot();
        }
    }

    @Test
    void nextAgendaAsMarkdownShowsBroughtForwardLinesWithTheirReasons() {
        demo();
        CliRun md = cli("agenda", "next");
        assertEquals(0, md.exitCode, md.toString());
        assertTrue(md.out.contains("Customer asset review"), md.out);
        assertTrue(md.out.contains("Brought forward: deferred on") || md.out.contains("Brought forward: not reached on"),
                md.out);
        assertTrue(md.out.matches("(?s).*overdue \\d+ days?.*"), md.out);
        assertTrue(md.out.contains("vs target"), md.out);
    }

    @Test
    void pdfWithoutOutGoesToANamedFileHereAndReadsBackWithPdfBox() throws Exception {
        demo();
        CliRun pdf = cli("agenda", "next", "--format", "pdf");
        assertEquals(0, pdf.exitCode, pdf.toString());
        Path file = Path.of(pdf.out.strip());
        assertEquals(home.resolve("agenda-2026-11-23.pdf"), file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Harborline"), text);
            assertTrue(text.contains("Open action review"), text);
            assertTrue(text.contains("Brought forward:"), text);
            assertTrue(text.contains("minutes planned"), text);
        }
        CliRun again = cli("agenda", "next", "--format", "pdf");
        assertEquals(home.resolve("agenda-2026-11-23-2.pdf").toString(), again.out.strip(), "never overwrites");
    }

    @Test
    void htmlEscapesEverythingAndTextIsAnEmailBody() {
        demo();
        CliRun html = cli("agenda", "next", "--format", "html");
        assertEquals(0, html.exitCode, html.toString());
        assertTrue(html.out.startsWith("<!DOCTYPE html>"));
        assertFalse(html.out.contains("<script"), "no markup from user text");
        CliRun txt = cli("agenda", "next", "--format", "txt");
        assertTrue(txt.out.contains("1. Customer asset review"), txt.out);
    }

    @Test
    void icsKeepsItsUidAndRaisesTheSequenceOnlyWhenTheAgendaChanged() throws Exception {
        demo();
        Path ics = home.resolve("next.ics");
        assertEquals(0, cli("agenda", "next", "--format", "ics", "--out", ics.toString()).exitCode);
        VEvent first = event(Files.readString(ics));
        assertEquals(0, first.getSequence().getSequenceNo());
        String uid = first.getUid().orElseThrow().getValue();
        assertTrue(first.getDescription().getValue().contains("Open action review"));

        assertEquals(0, cli("agenda", "next", "--format", "ics", "--out", ics.toString()).exitCode);
        assertEquals(0, event(Files.readString(ics)).getSequence().getSequenceNo(), "unchanged: same sequence");

        // Change the agenda through a pack round trip (retitled item), then export again.
        Path pack = home.resolve("pack.json");
        assertEquals(0, cli("agenda-pack", "export", "next", "--out", pack.toString()).exitCode);
        Files.writeString(pack, Files.readString(pack).replace("\"Open action review", "\"Open actions review"));
        CliRun imported = cli("agenda-pack", "import", pack.toString());
        assertEquals(0, imported.exitCode, imported.toString());
        assertEquals(0, cli("agenda", "next", "--format", "ics", "--out", ics.toString()).exitCode);
        VEvent changed = event(Files.readString(ics));
        assertEquals(uid, changed.getUid().orElseThrow().getValue());
        assertEquals(1, changed.getSequence().getSequenceNo());
        assertEquals(1, onDisk("demo.cxcadence").invitations().getFirst().sequence());
    }

    private static VEvent event(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        return events.getFirst();
    }

    @Test
    void anAgendaPackMovesToAnotherWorkspaceMatchingPeopleByNameAndReportsTheRest() throws Exception {
        demo();
        Path pack = home.resolve("pack.json");
        assertEquals(0, cli("agenda-pack", "export", "next", "--out", pack.toString()).exitCode);
        String text = Files.readString(pack, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"format\": \"cx-cadence-agenda-pack\""), text);

        // A second laptop: the same company, but its people and areas got other ids.
        CliRun other = CliRun.run(home, "--workspace", home.resolve("other.cxcadence").toString(), "--today",
                "2026-11-23", "demo");
        assertEquals(0, other.exitCode);
        Workspace before = onDisk("demo.cxcadence");
        String someone = before.people().get(1).id();
        String renamed = text.replace("\"" + someone + "\"", "\"elsewhere-" + someone + "\"")
                .replace("\"meeting\": {\n    \"id\": \"", "\"meeting\": {\n    \"id\": \"copy-");
        Files.writeString(pack, renamed);
        CliRun imported = CliRun.run(home, "--workspace", home.resolve("other.cxcadence").toString(), "--today",
                "2026-11-23", "agenda-pack", "import", pack.toString());
        assertEquals(0, imported.exitCode, imported.toString());
        assertTrue(imported.out.contains("(by name)") || !text.contains(someone), imported.out);
        assertTrue(imported.out.contains("matched: "), imported.out);
    }

    @Test
    void aTruncatedPackOrOneOfAnotherVersionIsRefusedWithExit3AndChangesNothing() throws Exception {
        demo();
        Path pack = home.resolve("pack.json");
        assertEquals(0, cli("agenda-pack", "export", "next", "--out", pack.toString()).exitCode);
        String text = Files.readString(pack);
        Workspace before = onDisk("demo.cxcadence");

        Files.writeString(pack, text.substring(0, text.length() / 2));
        CliRun truncated = cli("agenda-pack", "import", pack.toString());
        assertEquals(3, truncated.exitCode, truncated.toString());
        assertTrue(truncated.err.contains("cut short"), truncated.err);

        Files.writeString(pack, text.replace("\"version\": 1", "\"version\": 2"));
        CliRun newer = cli("agenda-pack", "import", pack.toString());
        assertEquals(3, newer.exitCode, newer.toString());
        assertTrue(newer.err.contains("version 2"), newer.err);

        Files.writeString(pack, text.replaceFirst("\"title\": \"[^\"]*\",\n      \"kind\"", "\"title\": \" \",\n      \"kind\""));
        CliRun blank = cli("agenda-pack", "import", pack.toString());
        assertEquals(3, blank.exitCode, blank.toString());
        assertTrue(blank.err.contains("$.agenda[0].title"), blank.err);

        Files.writeString(pack, text.replaceFirst("\"plannedMinutes\": \\d+", "\"plannedMinutes\": 900"));
        CliRun absurd = cli("agenda-pack", "import", pack.toString());
        assertEquals(3, absurd.exitCode, absurd.toString());
        assertTrue(absurd.err.contains("plannedMinutes"), absurd.err);

        assertEquals(before, onDisk("demo.cxcadence"));
    }

    @Test
    void unknownSessionIsExit3AndLatestIsTheLastCompletedSession() {
        demo();
        CliRun unknown = cli("agenda", "nope");
        assertEquals(3, unknown.exitCode, unknown.toString());
        CliRun latest = cli("agenda", "latest", "--format", "txt");
        assertEquals(0, latest.exitCode, latest.toString());
        assertTrue(latest.out.contains("2026"), latest.out);
    }
}
