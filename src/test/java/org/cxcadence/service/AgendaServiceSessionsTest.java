package org.cxcadence.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaTemplate;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancelling, the next session drafted after it, series defaults, and the check every agenda edit passes. */
class AgendaServiceSessionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String SERIES = "series-weekly";
    private static final String NEXT = "m-2026-11-23";

    @TempDir
    Path dir;

    private Path file;
    private final WorkspaceService workspaces = new WorkspaceService();

    @BeforeEach
    void demo() {
        file = dir.resolve("demo.cxcadence");
        new ExchangeService(workspaces, Clock.systemUTC()).fillWithDemo(file, TODAY);
    }

    private AgendaService service(OpenWorkspace w) {
        return new AgendaService(w, Clock.system(ZoneId.of("America/Chicago")));
    }

    @Test
    void aCancelledSessionsTopicsAreOnTheNextDraftOnceEachWithTheirReason() {
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            AgendaService agenda = service(w);
            Meeting cancelled = agenda.find(NEXT).orElseThrow();
            Optional<Meeting> planned = agenda.cancel(NEXT, TODAY);
            assertTrue(planned.isEmpty(), "no later session was planned in the demo");
            assertEquals(MeetingStatus.CANCELLED, agenda.find(NEXT).orElseThrow().status());
            Meeting next = agenda.openNext(SERIES, TODAY);
            assertEquals(TODAY.plusWeeks(1), next.start().toLocalDate());
            Set<String> topics = new HashSet<>(cancelled.agenda().stream().filter(a -> a.kind() == AgendaItemKind.TOPIC)
                    .map(AgendaItem::id).toList());
            Set<String> carried = new HashSet<>(next.agenda().stream().map(AgendaItem::carriedFromId)
                    .filter(topics::contains).toList());
            assertEquals(topics, carried);
            List<String> titles = next.agenda().stream().map(a -> a.title().strip().toLowerCase()).toList();
            assertEquals(titles.size(), new HashSet<>(titles).size(), "nothing twice: " + titles);
            assertEquals(List.of(), agenda.bringForward(next.id()), "and nothing more to bring");
        }
    }

    @Test
    void aDraftedSessionCancelledHandsItsTemplateSectionsToTheSameSectionsOfTheNextNotASecondCopy() {
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            AgendaService agenda = service(w);
            agenda.saveTemplate(new AgendaTemplate("t-weekly", "Weekly", SERIES, List.of(
                    new org.cxcadence.domain.TemplateSection("Customer asset review", AgendaItemKind.METRICS_REVIEW, null, 15),
                    new org.cxcadence.domain.TemplateSection("Churn deep dive", AgendaItemKind.TOPIC, null, 20))));
            agenda.cancel(NEXT, TODAY);
            Meeting first = agenda.openNext(SERIES, TODAY);
            AgendaItem churn = first.agenda().stream().filter(a -> a.title().equals("Churn deep dive")).findFirst()
                    .orElseThrow();
            agenda.cancel(first.id(), TODAY);
            Meeting second = agenda.openNext(SERIES, TODAY);
            assertEquals(TODAY.plusWeeks(2), second.start().toLocalDate());
            List<AgendaItem> churns = second.agenda().stream().filter(a -> a.title().equals("Churn deep dive")).toList();
            assertEquals(1, churns.size(), "the template's section once: " + second.agenda());
            assertEquals(churn.id(), churns.getFirst().carriedFromId(), "and it says where it comes from");
            List<String> titles = second.agenda().stream().map(a -> a.title().strip().toLowerCase()).toList();
            assertEquals(titles.size(), new HashSet<>(titles).size(), "nothing twice: " + titles);
        }
    }

    @Test
    void theSeriesDefaultTemplateIsChosenAndReleased() {
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            AgendaService agenda = service(w);
            agenda.saveTemplate(AgendaTemplate.standard("t-a", "A", null, w.snapshot().topicAreas()));
            agenda.saveTemplate(AgendaTemplate.standard("t-b", "B", SERIES, w.snapshot().topicAreas()));
            agenda.setDefaultTemplate(SERIES, "t-a");
            assertEquals(SERIES, find(agenda, "t-a").seriesId());
            assertNull(find(agenda, "t-b").seriesId());
            agenda.setDefaultTemplate(SERIES, null);
            assertNull(find(agenda, "t-a").seriesId());
            assertThrows(InvalidInputException.class, () -> agenda.setDefaultTemplate(SERIES, "t-missing"));
        }
    }

    private static AgendaTemplate find(AgendaService agenda, String id) {
        return agenda.templates().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anEditNamingAnArchivedPresenterIsRefusedAndNothingIsSaved() {
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            AgendaService agenda = service(w);
            AgendaItem item = agenda.find(NEXT).orElseThrow().agenda().getFirst();
            Person archived = new Person("p-gone", "Sam Gone", null, null, null, null, false);
            AgendaItem byArchived = new AgendaItem(item.id(), item.title(), item.kind(), item.topicAreaId(), archived.id(),
                    item.plannedMinutes(), null, item.links(), null, null, null, item.carriedFromId(), List.of());
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> AgendaService.checked(byArchived, List.of(archived)));
            assertTrue(refused.getMessage().contains("Sam Gone is archived"), refused.getMessage());
            assertThrows(InvalidInputException.class, () -> agenda.saveItem(NEXT, byArchived), "an unknown presenter too");
            assertEquals(item, agenda.find(NEXT).orElseThrow().agenda().getFirst());
        }
    }
}
