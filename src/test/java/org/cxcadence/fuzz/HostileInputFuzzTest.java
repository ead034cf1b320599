package org.cxcadence.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

import org.cxcadence.domain.DomainException;
import org.cxcadence.domain.DueDateShorthand;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.SafeFileNames;
import org.cxcadence.exchange.WorkspaceFormatException;
import org.cxcadence.exchange.WorkspaceJson;
import org.cxcadence.exchange.actions.CsvImportException;
import org.cxcadence.exchange.actions.CsvProblem;
import org.cxcadence.exchange.actions.SetupCsv;
import org.cxcadence.exchange.agenda.AgendaPack;
import org.cxcadence.exchange.csv.MetricsCsvReader;
import org.cxcadence.exchange.csv.MetricsCsvResult;
import org.cxcadence.service.demo.DemoCompany;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Hostile input never gets past the documented refusals, and every refusal says where: the
 * workspace JSON import fails only with {@link WorkspaceFormatException} (exit 3 with a JSON path);
 * the agenda pack only with a {@link AgendaPack.PackException} naming the file, the JSON path and
 * the line; the metrics, people and actions CSV readers only with problems naming the file and a
 * line (and the column where there is one); the due-date shorthand only with a
 * {@link DomainException} and never a date in the past; the export file-name builder always gives
 * one plain file name that the file system accepts. Any other exception or hang is a finding.
 * <p>
 * The default build replays the seeds under
 * src/test/resources/org/cxcadence/fuzz/HostileInputFuzzTestInputs/METHOD; {@code bench/fuzz.sh}
 * fuzzes each target for a set time (one at a time: {@code JAZZER_FUZZ=1 -Dtest=HostileInputFuzzTest#METHOD}).
 */
class HostileInputFuzzTest {
    private static final WorkspaceJson JSON = new WorkspaceJson(Clock.systemUTC());
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** The demo company: real people, topic areas, journey stages, metrics and segments to resolve against. */
    private static final Workspace DEMO = DemoCompany.build(TODAY);
    private static final Pattern PACK_MESSAGE = Pattern.compile("(?s)fuzz\\.agenda\\.json: \\$.* \\(line [1-9][0-9]*\\): .+");

    @FuzzTest(maxDuration = "60s")
    void workspaceJsonImport(byte[] input) throws IOException {
        try {
            JSON.read(new ByteArrayInputStream(input), "fuzz.json");
        } catch (WorkspaceFormatException expected) {
            // refused with problems and paths: the workspace is untouched
        }
    }

    @FuzzTest(maxDuration = "30s")
    void dueDateShorthand(String text) {
        try {
            LocalDate due = DueDateShorthand.parse(text, TODAY);
            if (due != null && due.isBefore(TODAY)) {
                throw new AssertionError("a due date in the past from '" + text + "': " + due);
            }
        } catch (DomainException expected) {
            // not understood, or in the past: a message for the field
        }
    }

    @FuzzTest(maxDuration = "60s")
    void agendaPackImport(byte[] input) {
        try {
            AgendaPack.read(input, "fuzz.agenda.json");
        } catch (AgendaPack.PackException refused) {
            if (!PACK_MESSAGE.matcher(refused.getMessage()).matches()) {
                throw new AssertionError("an agenda pack refusal that does not say file, path and line: "
                        + refused.getMessage());
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void metricsCsvImport(byte[] input) {
        MetricsCsvResult result = new MetricsCsvReader(DEMO.metrics(), DEMO.segments()).read("fuzz.csv", input);
        for (var problem : result.problems()) {
            boolean wholeFile = problem.reason().startsWith("is larger than") || problem.reason().startsWith("is UTF-16");
            if (problem.line() < 1 && !wholeFile || !problem.describe("fuzz.csv").startsWith("fuzz.csv: ")) {
                throw new AssertionError("a metrics CSV problem that does not say file and line: "
                        + problem.describe("fuzz.csv"));
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void peopleCsvImport(byte[] input) {
        try {
            SetupCsv.readPeople("fuzz.csv", input, DEMO);
        } catch (CsvImportException refused) {
            checkProblems(refused);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void actionsCsvImport(byte[] input) {
        try {
            SetupCsv.readActions("fuzz.csv", input, DEMO, TODAY, ZoneId.of("America/Chicago"));
        } catch (CsvImportException refused) {
            checkProblems(refused);
        }
    }

    private static void checkProblems(CsvImportException refused) {
        if (refused.problems().isEmpty()) {
            throw new AssertionError("a refusal without a problem");
        }
        for (CsvProblem p : refused.problems()) {
            if (p.line() < 1 || p.reason() == null || p.reason().isBlank()
                    || !p.describe(refused.file()).startsWith("fuzz.csv: line ")) {
                throw new AssertionError("a CSV problem that does not say file and line: " + p);
            }
        }
    }

    /** A folder to create the built names in: the file system is the judge of a file name. */
    private static final Path NAMES = names();

    private static Path names() {
        try {
            return Files.createTempDirectory("cx-fuzz-names");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void exportFileName(byte[] input) throws IOException {
        // UTF-8 (lenient) so that the seeds are readable titles; a lone surrogate comes in as U+FFFD.
        String title = new String(input, StandardCharsets.UTF_8);
        String name = SafeFileNames.of(title, "pdf", "agenda");
        String stem = name.substring(0, name.length() - ".pdf".length());
        if (!name.endsWith(".pdf") || stem.isEmpty() || stem.startsWith(".") || stem.startsWith("-")
                || stem.endsWith(".") || stem.endsWith(" ") || !stem.equals(stem.strip())) {
            throw new AssertionError("an unsafe name from '" + title + "': '" + name + "'");
        }
        if (stem.codePointCount(0, stem.length()) > SafeFileNames.MAX_LENGTH
                || name.getBytes(StandardCharsets.UTF_8).length > 255) {
            throw new AssertionError("a name too long from '" + title + "': '" + name + "'");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || "<>:\"/\\|?*".indexOf(c) >= 0 || Character.isSurrogate(c) && !validPair(name, i)) {
                throw new AssertionError("a forbidden character in '" + name + "' from '" + title + "'");
            }
        }
        String device = stem.toUpperCase(Locale.ROOT).split("\\.", 2)[0];
        if (device.matches("CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9]")) {
            throw new AssertionError("a Windows device name '" + name + "' from '" + title + "'");
        }
        Path file = NAMES.resolve(name);
        if (!file.getParent().equals(NAMES) || !file.getFileName().toString().equals(name)) {
            throw new AssertionError("'" + name + "' is not one plain file name");
        }
        Files.deleteIfExists(file);
        Files.createFile(file);
        Files.delete(file);
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
