package org.cxcadence.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionRules;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.StallRule;
import org.cxcadence.domain.Workspace;
import org.cxcadence.domain.minutes.Minutes;
import org.cxcadence.domain.minutes.MinutesBuilder;
import org.cxcadence.domain.minutes.MinutesSection;
import org.cxcadence.domain.minutes.ScorecardSource;
import org.cxcadence.exchange.minutes.MinutesFormat;
import org.cxcadence.exchange.minutes.MinutesRenderer;
import org.cxcadence.service.generate.BenchmarkSize;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The minutes' action review on a generated workspace with hundreds of overdue and stalled actions:
 * per leader, counts and at most {@link MinutesBuilder#REVIEW_LINES_PER_LEADER} lines, the most
 * overdue first, and "and N more"; checked against the rules applied to the whole snapshot, and in
 * every format read back by a real parser.
 */
class MinutesReviewCapTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int CAP = MinutesBuilder.REVIEW_LINES_PER_LEADER;

    @TempDir
    static Path dir;

    private static Workspace whole;
    private static Meeting latest;
    private static Minutes minutes;

    @BeforeAll
    static void generate() {
        WorkspaceService workspaces = new WorkspaceService();
        Path file = dir.resolve("gen.cxcadence");
        new ExchangeService(workspaces, Clock.systemUTC())
                .generate(file, new BenchmarkSize("small", 3, 70, 4, 8, 20, 4, 6), 11, TODAY);
        try (OpenWorkspace open = workspaces.openReadOnly(file)) {
            whole = open.snapshot();
            MinutesService service = new MinutesService(open, Locale.US, null, ScorecardSource.NONE);
            minutes = service.build(MinutesService.LATEST, MinutesSection.all());
            latest = MinutesBuilder.latestCompleted(whole).orElseThrow();
            assertEquals(minutes, service.build(whole, MinutesService.LATEST, MinutesSection.all()),
                    "the minutes' read model gives the whole snapshot's review");
        }
    }

    /** Per owner id: the open actions needing attention (overdue or stalled) as of the latest session, worst first. */
    private static Map<String, List<ActionItem>> expectedAttention() {
        LocalDate day = latest.start().toLocalDate();
        StallRule stalls = new StallRule(whole.meetings(), whole.settings().effectiveStalledAfterSessions(), day);
        Map<String, List<ActionItem>> byOwner = new HashMap<>();
        for (ActionItem a : asOfLatest()) {
            if (ActionRules.isOverdue(a, day) || stalls.isStalled(a)) {
                byOwner.computeIfAbsent(a.ownerId(), k -> new ArrayList<>()).add(a);
            }
        }
        Comparator<ActionItem> worstFirst = Comparator.comparing((ActionItem a) -> !ActionRules.isOverdue(a, day))
                .thenComparing(ActionItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ActionItem::title).thenComparing(ActionItem::id);
        byOwner.values().forEach(l -> l.sort(worstFirst));
        return byOwner;
    }

    /** The actions made by the latest session's day, as they stood at its end. */
    private static List<ActionItem> asOfLatest() {
        LocalDate day = latest.start().toLocalDate();
        return whole.actionItems().stream()
                .filter(a -> ActionRules.createdOn(a).map(d -> !d.isAfter(day)).orElse(true))
                .map(a -> MinutesBuilder.asOf(a, day)).toList();
    }

    private static String name(String personId) {
        return whole.people().stream().filter(p -> p.id().equals(personId)).map(Person::name).findFirst().orElse(personId);
    }

    @Test
    void everyLeaderListsAtMostTheCapMostOverdueFirstAndCountsTheRest() {
        Map<String, List<ActionItem>> expected = expectedAttention();
        assertTrue(expected.values().stream().anyMatch(l -> l.size() > 2 * CAP),
                "the generated workspace has leaders with far more than the cap");
        Map<String, Minutes.LeaderReview> byLeader = new HashMap<>();
        minutes.review().leaders().forEach(l -> byLeader.put(l.leader(), l));
        for (Map.Entry<String, List<ActionItem>> e : expected.entrySet()) {
            Minutes.LeaderReview leader = byLeader.get(name(e.getKey()));
            List<ActionItem> all = e.getValue();
            assertEquals(all.size(), leader.needsAttention(), leader.leader());
            assertEquals(Math.min(CAP, all.size()), leader.worst().size(), leader.leader());
            assertEquals(all.size() - leader.worst().size(), leader.more(), leader.leader());
            assertEquals(all.stream().limit(CAP).map(ActionItem::title).toList(),
                    leader.worst().stream().map(Minutes.ReviewLine::title).toList(), "most overdue first: " + leader.leader());
        }
        assertEquals(expected.values().stream().mapToInt(List::size).sum(),
                minutes.review().leaders().stream().mapToInt(Minutes.LeaderReview::needsAttention).sum());
        assertTrue(minutes.review().leaders().stream().allMatch(l -> l.worst().size() <= CAP));
    }

    @Test
    void countsPerLeaderAndTheTotalFollowTheRulesOnTheWholeSnapshot() {
        LocalDate day = latest.start().toLocalDate();
        LocalDate since = MinutesBuilder.reviewSince(whole.meetings(), latest);
        StallRule stalls = new StallRule(whole.meetings(), whole.settings().effectiveStalledAfterSessions(), day);
        Map<String, int[]> counts = new HashMap<>();
        for (ActionItem a : asOfLatest()) {
            int[] c = counts.computeIfAbsent(name(a.ownerId()), k -> new int[4]);
            c[0] += a.isOpen() ? 1 : 0;
            c[1] += ActionRules.isOverdue(a, day) ? 1 : 0;
            c[2] += stalls.isStalled(a) ? 1 : 0;
            LocalDate done = a.completedAt() != null ? a.completedAt().toLocalDate()
                    : a.updates().stream().filter(u -> u.status() == ActionStatus.DONE).map(u -> u.date())
                            .max(Comparator.naturalOrder()).orElse(null); // completed through an update
            c[3] += a.status() == ActionStatus.DONE && done != null && done.isAfter(since) && !done.isAfter(day) ? 1 : 0;
        }
        counts.values().removeIf(c -> c[0] == 0 && c[3] == 0);
        assertEquals(counts.keySet(), new java.util.HashSet<>(minutes.review().leaders().stream()
                .map(Minutes.LeaderReview::leader).toList()));
        int[] total = new int[4];
        for (Minutes.LeaderReview l : minutes.review().leaders()) {
            int[] c = counts.get(l.leader());
            assertEquals(new Minutes.ReviewCounts(c[0], c[1], c[2], c[3]), l.counts(), l.leader());
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        }
        assertEquals(new Minutes.ReviewCounts(total[0], total[1], total[2], total[3]), minutes.review().total());
        assertTrue(total[1] > 50 && total[2] > 50, "hundreds of overdue and stalled actions: " + minutes.review().total());
    }

    @Test
    void theSessionsOwnActionsAndUpdatesStayInFullInTheAgenda() {
        long raised = whole.actionItems().stream().filter(a -> latest.id().equals(a.meetingId())).count();
        long listed = minutes.items().stream().mapToLong(i -> i.actions().size()).sum() + minutes.otherActions().size();
        assertEquals(raised, listed);
        assertTrue(raised > CAP / 2);
    }

    /** "and 7 more (12 overdue or stalled in all, 15 open)" for every leader with more than the cap. */
    private static List<String> moreNotes() {
        List<String> notes = minutes.review().leaders().stream().filter(l -> l.more() > 0)
                .map(l -> "and " + l.more() + " more (" + l.needsAttention() + " overdue or stalled in all, "
                        + l.counts().open() + " open)").toList();
        assertFalse(notes.isEmpty());
        return notes;
    }

    private static void assertReviewText(String format, String text) {
        String flat = text.replaceAll("\\s+", " ");
        for (String note : moreNotes()) {
            assertTrue(flat.contains(note), format + " lacks: " + note);
        }
        for (Minutes.LeaderReview l : minutes.review().leaders()) {
            if (l.needsAttention() > 0) {
                assertTrue(flat.contains(l.leader() + ": " + l.needsAttention() + " overdue or stalled"), format + " " + l.leader());
            }
        }
        assertTrue(flat.contains("By leader"), format);
    }

    @Test
    void everyFormatReadBackShowsTheCappedReview() throws Exception {
        MinutesRenderer renderer = new MinutesRenderer(Locale.US);
        try (PDDocument pdf = Loader.loadPDF(renderer.bytes(minutes, MinutesFormat.PDF))) {
            assertReviewText("PDF", new PDFTextStripper().getText(pdf));
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(renderer.bytes(minutes, MinutesFormat.DOCX)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertReviewText("DOCX", extractor.getText());
            List<XWPFTable> worstTables = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getTableCells().size() == 3 && t.getRow(0).getCell(2).getText().equals("Why listed"))
                    .toList();
            assertEquals(minutes.review().leaders().stream().filter(l -> l.needsAttention() > 0).count(), worstTables.size());
            assertTrue(worstTables.stream().allMatch(t -> t.getNumberOfRows() <= CAP + 1), "at most the cap per leader");
        }
        Document html = Jsoup.parse(renderer.text(minutes, MinutesFormat.HTML));
        assertReviewText("HTML", html.body().text());
        for (Element table : html.select("table")) {
            if (table.select("th").eachText().equals(List.of("Action", "Due", "Why listed"))) {
                assertTrue(table.select("tbody tr").size() <= CAP, "at most the cap per leader in HTML");
            }
        }
        assertReviewText("Markdown", TextContentRenderer.builder().build()
                .render(Parser.builder().build().parse(renderer.text(minutes, MinutesFormat.MD))));
        assertReviewText("text", renderer.text(minutes, MinutesFormat.TXT));
    }

    @Test
    void aSessionWithoutAnythingToReviewSaysSo() throws Exception {
        Meeting first = whole.meetings().stream().filter(m -> m.status() == MeetingStatus.COMPLETED)
                .min(Comparator.comparing(Meeting::start)).orElseThrow();
        Workspace none = whole.withActionItems(List.of());
        Minutes m = new MinutesBuilder(none, ScorecardSource.NONE).build(first, MinutesSection.all());
        assertTrue(m.review().isEmpty());
        assertTrue(new MinutesRenderer(Locale.US).text(m, MinutesFormat.TXT)
                .contains("No open actions, and none done since the last session."));
    }
}
