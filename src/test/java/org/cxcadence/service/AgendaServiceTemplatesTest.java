package org.cxcadence.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaTemplate;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.TemplateSection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agenda templates kept on a real demo workspace file: defaults per series, deletion, and what a new session starts from. */
class AgendaServiceTemplatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String SERIES = "series-weekly";

    @TempDir
    Path dir;

    private Path file;
    private final WorkspaceService workspaces = new WorkspaceService();

    @BeforeEach
    void demo() {
        file = dir.resolve("demo.cxcadence");
        new ExchangeService(workspaces, Clock.systemUTC()).fillWithDemo(file, TODAY);
    }

    private static AgendaTemplate template(String id, String name, String seriesId) {
        return new AgendaTemplate(id, name, seriesId, List.of(
                new TemplateSection("Customer asset review", AgendaItemKind.METRICS_REVIEW, null, 10),
                new TemplateSection("Churn deep dive", AgendaItemKind.TOPIC, null, 20)));
    }

    private AgendaService service(OpenWorkspace w) {
        return new AgendaService(w, Clock.system(ZoneId.of("America/Chicago")));
    }

    @Test
    void theDefaultAgendaOfASeriesIsNeverDeletedAndTheRefusalNamesTheSeries() {
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            AgendaService agenda = service(w);
            agenda.saveTemplate(template("t-weekly", "Weekly", SERIES));
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> agenda.deleteTemplate("t-weekly"));
            assertTrue(refused.getMessage().contains("default agenda of the series Weekly customer accountability"),
                    refused.getMessage());
            assertEquals(List.of("t-weekly"), agenda.templates().stream().map(AgendaTemplate::id).toList());
        }
    }

    @Test
    void aNamedTemplateIsDeleted() {
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            AgendaService agenda = service(w);
            agenda.saveTemplate(template("t-quarterly", "Quarterly deep dive", null));
            agenda.deleteTemplate("t-quarterly");
            assertTrue(agenda.templates().isEmpty());
            agenda.deleteTemplate("t-quarterly"); // already gone: nothing to do
        }
    }

    @Test
    void aNewDefaultReleasesTheOldOneWhichStaysAsANamedTemplate() {
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            AgendaService agenda = service(w);
            agenda.saveTemplate(template("t-old", "Old default", SERIES));
            agenda.saveTemplate(template("t-new", "New default", SERIES));
            List<AgendaTemplate> all = agenda.templates();
            assertNull(all.stream().filter(t -> t.id().equals("t-old")).findFirst().orElseThrow().seriesId());
            assertEquals(SERIES, all.stream().filter(t -> t.id().equals("t-new")).findFirst().orElseThrow().seriesId());
            agenda.deleteTemplate("t-old");
            assertEquals(List.of("t-new"), agenda.templates().stream().map(AgendaTemplate::id).toList());
        }
    }

    @Test
    void aTemplateForAnUnknownSeriesIsRefused() {
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            AgendaService agenda = service(w);
            assertThrows(InvalidInputException.class, () -> agenda.saveTemplate(template("t-x", "X", "no-such-series")));
            assertTrue(agenda.templates().isEmpty());
        }
    }

    @Test
    void anExtraSessionStartsFromTheEditedDefaultTemplate() {
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            AgendaService agenda = service(w);
            agenda.saveTemplate(template("t-weekly", "Weekly", SERIES));
            Meeting extra = agenda.createSession(SERIES, TODAY.plusDays(3).atTime(14, 0)
                    .atZone(ZoneId.of("America/Chicago")).toOffsetDateTime(), TODAY);
            List<String> titles = extra.agenda().stream().filter(a -> a.carriedFromId() == null).map(a -> a.title()).toList();
            assertEquals(List.of("Customer asset review", "Churn deep dive"), titles);
        }
    }
}
