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
import java.util.List;

import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaTemplate;
import org.cxcadence.domain.CalendarInvitation;
import org.cxcadence.domain.TemplateSection;
import org.cxcadence.domain.Workspace;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/** Agenda templates and the ICS sequence counter are optional top-level arrays of workspace JSON v1. */
class AgendaTemplatesJsonTest {
    private final WorkspaceJson json = new WorkspaceJson();

    static Workspace withTemplates(Workspace w, List<AgendaTemplate> templates, List<CalendarInvitation> invitations) {
        return new Workspace(w.settings(), w.people(), w.topicAreas(), w.journeyStages(), w.segments(), w.series(),
                w.meetings(), w.actionItems(), w.metrics(), templates, invitations, w.minutes());
    }

    private Workspace read(String text) throws IOException {
        return json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x.json");
    }

    @Test
    void templatesAndInvitationsRoundTripAndValidateAgainstTheSchema() throws IOException {
        Workspace w = withTemplates(SampleWorkspaces.rich(), List.of(
                new AgendaTemplate("t-std", "Standard session", "s-weekly", List.of(
                        new TemplateSection("Customer asset review", AgendaItemKind.METRICS_REVIEW, "ta-assets", 15),
                        new TemplateSection("Open action review", AgendaItemKind.ACTION_REVIEW, null, 15),
                        new TemplateSection("Deep dive ✨", null, null, null))),
                new AgendaTemplate("t-q", "Quarterly review", null, List.of())),
                List.of(new CalendarInvitation("m-2", 4, "sha256:abc")));
        String text = json.writeString(w);
        assertTrue(text.contains("\"agendaTemplates\""));
        assertEquals(w, read(text));
        assertEquals(WorkspaceJsonRoundTripTest.withoutExportedAt(text),
                WorkspaceJsonRoundTripTest.withoutExportedAt(json.writeString(read(text))));
        try (InputStream schema = Files.newInputStream(Path.of("docs/workspace.schema.json"))) {
            var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                    .validate(new ObjectMapper().readTree(text));
            assertTrue(errors.isEmpty(), errors.toString());
        }
    }

    @Test
    void aWorkspaceWithoutTemplatesWritesNeitherArraySoOlderExportsStayTheSame() throws IOException {
        String text = json.writeString(SampleWorkspaces.rich());
        assertFalse(text.contains("agendaTemplates"));
        assertFalse(text.contains("invitations"));
        assertEquals(List.of(), read(text).agendaTemplates());
    }

    @Test
    void danglingReferencesAndASecondDefaultForASeriesAreRefusedWithTheirPath() throws IOException {
        Workspace dangling = withTemplates(SampleWorkspaces.rich(), List.of(
                new AgendaTemplate("t1", "A", "no-series", List.of())), List.of(new CalendarInvitation("nope", 0, null)));
        WorkspaceFormatException e = assertThrows(WorkspaceFormatException.class,
                () -> read(json.writeString(dangling)));
        assertTrue(e.getMessage().contains("$.agendaTemplates[0].seriesId"), e.getMessage());
        Workspace twice = withTemplates(SampleWorkspaces.rich(), List.of(new AgendaTemplate("t1", "A", "s-weekly",
                List.of()), new AgendaTemplate("t2", "B", "s-weekly", List.of())), List.of());
        e = assertThrows(WorkspaceFormatException.class, () -> read(json.writeString(twice)));
        assertTrue(e.getMessage().contains("$.agendaTemplates[1].seriesId"), e.getMessage());
    }

    @Test
    void anAbsurdTimeboxInATemplateIsRefused() {
        String text = "{\"format\": \"cx-cadence-workspace\", \"version\": 1, \"agendaTemplates\": [{\"id\": \"t\","
                + " \"name\": \"T\", \"sections\": [{\"title\": \"Long\", \"plannedMinutes\": 600}]}]}";
        WorkspaceFormatException e = assertThrows(WorkspaceFormatException.class, () -> read(text));
        assertTrue(e.getMessage().contains("$.agendaTemplates[0].sections[0].plannedMinutes"), e.getMessage());
    }
}
