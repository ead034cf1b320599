package org.cxcadence.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Workspace;
import org.cxcadence.domain.minutes.Minutes;
import org.cxcadence.domain.minutes.MinutesBuilder;
import org.cxcadence.domain.minutes.MinutesSection;
import org.cxcadence.domain.minutes.ScorecardSource;
import org.cxcadence.exchange.minutes.MinutesFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Minutes, corrections, sent marks, reopening and history search on a real demo workspace file. */
class MinutesServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private Path file;
    private final WorkspaceService workspaces = new WorkspaceService();

    @BeforeEach
    void demo() {
        file = dir.resolve("demo.cxcadence");
        new ExchangeService(workspaces, Clock.systemUTC()).fillWithDemo(file, TODAY);
    }

    @Test
    void latestIsTheLatestCompletedSession() {
        try (OpenWorkspace w = workspaces.openReadOnly(file)) {
            Workspace snap = w.snapshot();
            Meeting latest = MinutesService.resolve(snap, "latest");
            assertEquals(MeetingStatus.COMPLETED, latest.status());
            assertTrue(snap.meetings().stream().filter(m -> m.status() == MeetingStatus.COMPLETED)
                    .allMatch(m -> !m.start().isAfter(latest.start())));
        }
    }

    @Test
    void correctionIsDatedShownInTheMinutesAndReplacesTheNotes() throws Exception {
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            MinutesService service = new MinutesService(w, Locale.ENGLISH, null, ScorecardSource.NONE);
            Minutes before = service.build("latest", MinutesSection.all());
            Meeting latest = MinutesService.resolve(w.snapshot(), "latest");
            String itemId = latest.agenda().getFirst().id();
            service.correct(latest.id(), itemId, "Churn figure was 1,363, not 1,336", LocalDate.of(2026, 11, 18),
                    "Corrected notes: quasarword");
            Minutes after = service.build("latest", MinutesSection.all());
            assertTrue(before.corrections().isEmpty());
            assertEquals(1, after.corrections().size());
            assertEquals(LocalDate.of(2026, 11, 18), after.corrections().getFirst().date());
            assertEquals(latest.agenda().getFirst().title(), after.corrections().getFirst().itemTitle());
            assertEquals("Corrected notes: quasarword", after.items().getFirst().notes());
            String md = service.renderer().text(after, MinutesFormat.MD);
            assertTrue(md.contains("## Corrections") && md.contains("Churn figure was 1,363, not 1,336"), md);
            assertEquals(1, new HistoryService(w).search("quasarword", HistoryService.Filter.none(), null).size(),
                    "corrected notes are searchable at once (triggers)");
        }
        try (OpenWorkspace w = workspaces.openReadOnly(file)) {
            String json = exportJson(w);
            assertTrue(json.contains("\"minutes\"") && json.contains("Churn figure"), "the export keeps corrections");
        }
    }

    @Test
    void aCorrectionOfAnotherSessionsItemIsRefused() {
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            MinutesService service = new MinutesService(w, Locale.ENGLISH, null, ScorecardSource.NONE);
            Workspace snap = w.snapshot();
            Meeting latest = MinutesService.resolve(snap, "latest");
            Meeting other = snap.meetings().stream().filter(m -> !m.id().equals(latest.id()) && !m.agenda().isEmpty())
                    .findFirst().orElseThrow();
            assertThrows(InvalidInputException.class, () -> service.correct(latest.id(), other.agenda().getFirst().id(),
                    "x", TODAY, null));
            assertThrows(InvalidInputException.class, () -> service.correct(latest.id(), null, " ", TODAY, null));
            assertTrue(w.snapshot().minutesOf(latest.id()).corrections().isEmpty(), "nothing was stored");
        }
    }

    @Test
    void markSentAndUnmark() {
        OffsetDateTime when = OffsetDateTime.parse("2026-11-16T11:30:00-06:00");
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            MinutesService service = new MinutesService(w, Locale.ENGLISH, null, ScorecardSource.NONE);
            String id = MinutesService.resolve(w.snapshot(), "latest").id();
            service.markSent(id, when);
            assertEquals(when, w.snapshot().minutesOf(id).sentAt());
            assertEquals(when, service.build(id, MinutesSection.all()).sentAt());
            service.markSent(id, null);
            assertNull(w.snapshot().minutesOf(id).sentAt());
        }
    }

    @Test
    void reopenSetsACompletedSessionBackToInProgressAndKeepsItsRecord() {
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            Meeting latest = MinutesService.resolve(w.snapshot(), "latest");
            SessionService sessions = new SessionService(w);
            assertTrue(sessions.reopen(latest.id()));
            Meeting reopened = w.snapshot().meetings().stream().filter(m -> m.id().equals(latest.id())).findFirst().orElseThrow();
            assertEquals(MeetingStatus.IN_PROGRESS, reopened.status());
            assertNull(reopened.actualEnd());
            assertEquals(latest.agenda(), reopened.agenda());
            assertFalse(sessions.reopen(latest.id()), "only a completed session can be reopened");
            assertThrows(InvalidInputException.class, () -> sessions.reopen("nope"));
            Minutes draft = new MinutesService(w, Locale.ENGLISH, null, ScorecardSource.NONE)
                    .build(latest.id(), MinutesSection.all());
            assertEquals(MeetingStatus.IN_PROGRESS, draft.status());
        }
    }

    @Test
    void scorecardSectionIsFilledBySourceAndLeftOutWithout() throws Exception {
        try (OpenWorkspace w = workspaces.openReadOnly(file)) {
            Workspace snap = w.snapshot();
            ScorecardSource source = (ws, meeting, asOf) -> Optional.of(new Minutes.Scorecard("Leader scorecard",
                    List.of("Leader", "Done on time"), List.of(List.of("Maya Okafor", "80%"))));
            Minutes with = new MinutesBuilder(snap, source).build(MinutesService.resolve(snap, "latest"), MinutesSection.all());
            Minutes without = new MinutesBuilder(snap, ScorecardSource.NONE).build(MinutesService.resolve(snap, "latest"),
                    MinutesSection.all());
            Minutes notChosen = new MinutesBuilder(snap, source).build(MinutesService.resolve(snap, "latest"),
                    MinutesSection.allWithout("scorecard"));
            assertTrue(with.scorecard().isPresent());
            assertTrue(without.scorecard().isEmpty());
            assertTrue(notChosen.scorecard().isEmpty());
            String html = new MinutesService(w, Locale.ENGLISH, null, source).renderer().text(with, MinutesFormat.HTML);
            assertTrue(html.contains("Leader scorecard") && html.contains("Maya Okafor"));
        }
    }

    @Test
    void sectionsLeftOutAreEmpty() {
        try (OpenWorkspace w = workspaces.openReadOnly(file)) {
            MinutesService service = new MinutesService(w, Locale.ENGLISH, null, ScorecardSource.NONE);
            Minutes bare = service.build("latest", MinutesService.sectionsWithout(
                    "attendance,notes,decisions,actions,updates,review,metrics,scorecard,deferred,next"));
            assertTrue(bare.items().stream().allMatch(i -> i.notes() == null && i.decisions().isEmpty()
                    && i.actions().isEmpty() && i.updates().isEmpty()));
            assertTrue(bare.metrics().isEmpty() && bare.review().isEmpty() && bare.deferred().isEmpty());
            assertTrue(bare.nextSession().isEmpty());
            Minutes full = service.build("latest", MinutesSection.all());
            assertFalse(full.metrics().isEmpty());
            assertTrue(full.nextSession().isPresent());
            assertTrue(full.items().stream().anyMatch(i -> !i.actions().isEmpty() || !i.updates().isEmpty()));
            Meeting withDecisions = w.snapshot().meetings().stream().filter(m -> m.status() == MeetingStatus.COMPLETED)
                    .filter(m -> m.agenda().stream().anyMatch(a -> !a.decisions().isEmpty())).findFirst().orElseThrow();
            assertTrue(service.build(withDecisions.id(), MinutesSection.all()).items().stream()
                    .anyMatch(i -> !i.decisions().isEmpty()));
            assertTrue(service.build(withDecisions.id(), MinutesSection.allWithout("decisions")).items().stream()
                    .allMatch(i -> i.decisions().isEmpty()));
            assertFalse(full.review().isEmpty());
        }
    }

    @Test
    void fileNamesFromHostileTitlesAreSafeEverywhere() {
        for (String title : List.of("../../x", "CON", "a/b\\c:d*e?f\"g<h>i|j", " .hidden. ", "\u0000\u001b[31m",
                "x".repeat(5000), "مرحبا 🚀", "nul.txt")) {
            String name = org.cxcadence.exchange.SafeFileNames.of(title, "pdf", "minutes");
            assertFalse(name.contains("/") || name.contains("\\") || name.startsWith(".") || name.contains(".."), name);
            assertTrue(name.codePointCount(0, name.length()) <= 84, name);
            assertTrue(name.chars().noneMatch(c -> c < 0x20), name);
            String stem = name.substring(0, name.lastIndexOf('.')).toUpperCase(Locale.ROOT);
            assertFalse(List.of("CON", "NUL", "PRN", "AUX").contains(stem.contains(".") ? stem.substring(0, stem.indexOf('.')) : stem), name);
        }
        assertEquals("مرحبا 🚀.pdf", org.cxcadence.exchange.SafeFileNames.of("مرحبا 🚀", "pdf", "minutes"));
    }

    @Test
    void historyListsHeldSessionsNewestFirstAndFilters() {
        try (OpenWorkspace w = workspaces.openReadOnly(file)) {
            Workspace snap = w.snapshot();
            List<HistoryService.SessionSummary> all = HistoryService.sessions(snap, HistoryService.Filter.none(), TODAY);
            assertTrue(all.size() >= 20);
            for (int i = 1; i < all.size(); i++) {
                assertFalse(all.get(i).start().isAfter(all.get(i - 1).start()));
            }
            assertTrue(all.stream().noneMatch(s -> s.start().toLocalDate().isAfter(TODAY) && s.status() == MeetingStatus.DRAFT));
            var october = HistoryService.sessions(snap, new HistoryService.Filter(null, LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 31), null, null), TODAY);
            assertTrue(october.size() >= 4 && october.size() <= 5);
            String person = snap.people().getLast().id();
            var theirs = HistoryService.sessions(snap, new HistoryService.Filter(null, null, null, null, person), TODAY);
            assertTrue(!theirs.isEmpty() && theirs.size() <= all.size());
            String area = snap.topicAreas().get(2).id();
            var byArea = HistoryService.sessions(snap, new HistoryService.Filter(null, null, null, area, null), TODAY);
            assertTrue(byArea.size() < all.size());
        }
    }

    @Test
    void searchHighlightsAndFiltersByTheSessionsFilter() {
        try (OpenWorkspace w = workspaces.openReadOnly(file)) {
            HistoryService history = new HistoryService(w);
            var hits = history.search("churn reas", HistoryService.Filter.none(), null);
            assertFalse(hits.isEmpty());
            assertTrue(hits.getFirst().snippet().stream().anyMatch(HistoryService.SnippetPart::highlighted));
            var none = history.search("churn", new HistoryService.Filter(null, LocalDate.of(2020, 1, 1),
                    LocalDate.of(2020, 1, 2), null, null), w.snapshot());
            assertTrue(none.isEmpty());
            for (String q : List.of("\"", "AND OR", "NEAR(", "* - ( ) ^ :", "🚀👋🏽", "\"churn", "'; DROP TABLE meetings; --")) {
                history.search(q, HistoryService.Filter.none(), null); // never throws
            }
        }
    }

    private static String exportJson(OpenWorkspace w) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExchangeService(new WorkspaceService(), Clock.systemUTC()).exportJson(w, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
