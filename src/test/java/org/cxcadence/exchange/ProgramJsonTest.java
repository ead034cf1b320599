package org.cxcadence.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.cxcadence.domain.CeoAction;
import org.cxcadence.domain.MaturityLevel;
import org.cxcadence.domain.Milestone;
import org.cxcadence.domain.MilestoneStatus;
import org.cxcadence.domain.ReadinessCheck;
import org.cxcadence.domain.SponsorAnswer;
import org.cxcadence.domain.SponsorCheckIn;
import org.cxcadence.domain.SponsorQuestion;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.demo.DemoCompany;
import org.junit.jupiter.api.Test;

/** The program's optional arrays: written only when present, read back equal, valid by the schema, references checked. */
class ProgramJsonTest {
    private final WorkspaceJson json = new WorkspaceJson(WorkspaceJsonRoundTripTest.FIXED);

    static Workspace withProgram() {
        return SampleWorkspaces.rich().withProgram(
                List.of(new Milestone("ms-1", "ta-assets", "Baseline 📈 by segment", "2026-Q3", MilestoneStatus.DONE, "p-cco",
                                "Counts and money", List.of("act-1", "act-2")),
                        new Milestone("ms-2", "ta-assets", "Targets in budget", "2027-Q1", MilestoneStatus.PLANNED, null, null,
                                List.of())),
                List.of(new MaturityLevel("ta-assets", "2026-Q3", 2, "Baseline in place"),
                        new MaturityLevel("ta-assets", "2026-Q4", 3, null)),
                List.of(new SponsorQuestion("own", CeoAction.TAKE_OWNERSHIP, "It is on my agenda", false),
                        new SponsorQuestion("old", CeoAction.PROVIDE_AIR_COVER, "No longer asked", true)),
                List.of(new SponsorCheckIn("ci-1", LocalDate.of(2026, 10, 1), "p-ceo",
                        List.of(new SponsorAnswer("own", 2, "Not yet — שלום"), new SponsorAnswer("old", 4, null)))),
                List.of(new ReadinessCheck("rc-1", LocalDate.of(2026, 4, 1), List.of(2, 3, 2, 5, 4, 5, 3, 2, 3), "Offsite")));
    }

    private Workspace read(String text) throws IOException {
        return json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "export.json");
    }

    @Test
    void programArraysRoundTripToAnEqualWorkspaceAndValidateAgainstTheSchema() throws IOException {
        Workspace w = withProgram();
        String text = json.writeString(w);
        assertEquals(w, read(text));
        assertEquals(text, json.writeString(read(text)));
        for (String key : List.of("milestones", "maturity", "sponsorQuestions", "checkIns", "readinessChecks")) {
            assertTrue(text.contains("\"" + key + "\": ["), key);
        }
        try (InputStream schema = Files.newInputStream(Path.of("docs/workspace.schema.json"))) {
            var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                    .validate(new ObjectMapper().readTree(text));
            assertTrue(errors.isEmpty(), errors.toString());
        }
    }

    @Test
    void workspaceWithoutProgramWritesNoneOfItsArrays() {
        String text = json.writeString(SampleWorkspaces.rich());
        assertFalse(text.contains("milestones") || text.contains("checkIns") || text.contains("readinessChecks"));
    }

    @Test
    void demoExportHoldsTheProgramAndReadsBackEqual() throws IOException {
        Workspace demo = DemoCompany.build(LocalDate.of(2026, 11, 23));
        assertEquals(demo, read(json.writeString(demo)));
        assertTrue(WorkspaceReferences.check(demo).isEmpty(), WorkspaceReferences.check(demo).toString());
    }

    @Test
    void danglingActionOfAMilestoneIsRefusedWithItsPath() throws IOException {
        String text = json.writeString(withProgram()).replace("\"act-2\"\n", "\"act-9\"\n");
        var e = assertThrows(WorkspaceFormatException.class, () -> read(text));
        assertTrue(e.getMessage().contains("$.milestones[0].actionIds[1]"), e.getMessage());
    }

    @Test
    void answerToAnUnknownQuestionIsRefusedAndDefaultQuestionsCountWhileNoneAreStored() throws IOException {
        Workspace w = withProgram();
        Workspace unknown = w.withProgram(w.milestones(), w.maturity(), List.of(),
                w.checkIns(), w.readinessChecks());
        assertTrue(WorkspaceReferences.check(unknown).stream().anyMatch(p -> p.toString().contains("$.checkIns[0].answers[0].questionId")),
                WorkspaceReferences.check(unknown).toString());
        Workspace defaults = w.withProgram(w.milestones(), w.maturity(), List.of(), List.of(new SponsorCheckIn("ci",
                LocalDate.of(2026, 1, 1), null, List.of(new SponsorAnswer("q8", 5, null)))), w.readinessChecks());
        assertEquals(List.of(), WorkspaceReferences.check(defaults));
    }

    @Test
    void readinessCheckWithEightRatingsIsRefused() throws IOException {
        String text = json.writeString(withProgram()).replaceFirst("\"ratings\": \\[\\s*2,", "\"ratings\": [");
        var e = assertThrows(WorkspaceFormatException.class, () -> read(text));
        assertTrue(e.getMessage().contains("$.readinessChecks[0].ratings"), e.getMessage());
    }
}
