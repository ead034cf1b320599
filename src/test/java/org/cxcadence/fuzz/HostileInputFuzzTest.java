package org.cxcadence.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.cxcadence.domain.DomainException;
import org.cxcadence.domain.DueDateShorthand;
import org.cxcadence.exchange.WorkspaceFormatException;
import org.cxcadence.exchange.WorkspaceJson;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Hostile input never gets past the documented refusals: the workspace JSON import fails only with
 * {@link WorkspaceFormatException} (exit 3 with a JSON path) and the due-date shorthand only with a
 * {@link DomainException}. Any other exception or hang is a finding. The default build replays the
 * seeds under src/test/resources/org/cxcadence/fuzz/HostileInputFuzzTestInputs; {@code JAZZER_FUZZ=1}
 * with {@code -Dtest=HostileInputFuzzTest} fuzzes.
 */
class HostileInputFuzzTest {
    private static final WorkspaceJson JSON = new WorkspaceJson(Clock.systemUTC());
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

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
}
