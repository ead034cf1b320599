package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.JourneyStage;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.domain.Workspace;
import org.cxcadence.store.Database.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceStoreTest {
    @TempDir
    Path dir;
    Path file;
    Database db;
    WorkspaceStore store;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("a.cxcadence");
        db = Database.create(file);
        store = new WorkspaceStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> search(String match) {
        db.write(SearchIndex::catchUp);
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT kind || ':' || ref_id FROM search_index WHERE search_index MATCH ? ORDER BY rowid")) {
                ps.setString(1, match);
                try (var rs = ps.executeQuery()) {
                    List<String> hits = new java.util.ArrayList<>();
                    while (rs.next()) {
                        hits.add(rs.getString(1));
                    }
                    return hits;
                }
            }
        });
    }

    @Test
    void replaceAllThenLoadGivesBackEveryFieldInOrder() {
        Workspace sample = SampleWorkspace.full();
        store.replaceAll(sample);
        assertEquals(sample, store.load());
    }

    @Test
    void readInPartsGivesWhatLoadGivesInTheSameOrder() {
        store.replaceAll(SampleWorkspace.full());
        Workspace whole = store.load();
        Collected parts = new Collected();
        store.readInParts(1, parts);
        assertEquals(whole.withMeetings(List.of()).withActionItems(List.of()), parts.lists);
        assertEquals(whole.meetings(), parts.sessions.stream().flatMap(List::stream).toList());
        assertEquals(whole.actionItems(), parts.actions.stream().flatMap(List::stream).toList());
        assertTrue(parts.sessions.size() > 1 && parts.actions.size() > 1, "one session and one action a part");
        assertEquals(List.of("lists", "sessions", "actions"), parts.order.stream().distinct().toList());
    }

    @Test
    void readInPartsIsOneSnapshotWhileTheWriterGoesOn() {
        store.replaceAll(SampleWorkspace.full());
        ActionItem first = store.load().actionItems().getFirst();
        ActionItem added = new ActionItem("ai-written-meanwhile", "Written while the export read", first.ownerId(),
                ActionStatus.OPEN, null, null, null, null, null, null, null, null, null, null, List.of());
        Collected parts = new Collected() {
            @Override
            public void sessions(List<org.cxcadence.domain.Meeting> read) {
                if (sessions.isEmpty()) {
                    db.write(c -> ActionItemRows.insert(c, added, 1_000)); // committed before the actions are read
                }
                super.sessions(read);
            }
        };
        store.readInParts(1, parts);
        assertFalse(parts.actions.stream().flatMap(List::stream).anyMatch(a -> a.id().equals(added.id())),
                "the read sees the workspace as it was when it began");
        assertTrue(store.load().actionItems().contains(added), "the write was committed");
    }

    /** What {@link WorkspaceStore#readInParts} hands on, part by part. */
    private static class Collected implements WorkspaceStore.Parts {
        final List<String> order = new java.util.ArrayList<>();
        Workspace lists;
        final List<List<org.cxcadence.domain.Meeting>> sessions = new java.util.ArrayList<>();
        final List<List<ActionItem>> actions = new java.util.ArrayList<>();

        @Override
        public void lists(Workspace read) {
            order.add("lists");
            lists = read;
        }

        @Override
        public void sessions(List<org.cxcadence.domain.Meeting> read) {
            order.add("sessions");
            sessions.add(read);
        }

        @Override
        public void actions(List<ActionItem> read) {
            order.add("actions");
            actions.add(read);
        }
    }

    @Test
    void workspaceSurvivesCloseAndReopen() throws Exception {
        Workspace sample = SampleWorkspace.full();
        store.replaceAll(sample);
        db.close();
        try (Database reopened = Database.openExisting(file, Mode.READ_ONLY)) {
            assertEquals(sample, new WorkspaceStore(reopened).load());
        }
    }

    @Test
    void decimalsKeepTheirScaleExactly() {
        store.replaceAll(SampleWorkspace.full());
        Metric nps = store.load().metrics().get(1);
        assertEquals("45.50", nps.values().get(0).value().toString());
        assertEquals("21.000", nps.values().get(2).value().toString());
        assertEquals(new BigDecimal("1.20E+4"), store.load().metrics().get(0).values().get(1).value());
    }

    @Test
    void replaceAllIsAllOrNothing() {
        Workspace sample = SampleWorkspace.full();
        store.replaceAll(sample);
        ActionItem dangling = new ActionItem("ai-x", "Owned by nobody", "p-ghost", ActionStatus.OPEN, null, null,
                null, null, null, null, null, null, null, null, null);
        Workspace broken = new Workspace(null, List.of(new Person("p-new", "New", null, null, null, null, true)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(dangling), List.of());
        assertThrows(StoreException.class, () -> store.replaceAll(broken));
        assertEquals(sample, store.load());
    }

    @Test
    void replaceAllReplacesTheDefaultTopicAreasAndStages() {
        store.initialiseDefaults();
        store.replaceAll(SampleWorkspace.full());
        assertEquals(List.of("t-assets", "t-old"), store.load().topicAreas().stream().map(TopicArea::id).toList());
        assertEquals(List.of("j-use", "j-join"), store.load().journeyStages().stream().map(JourneyStage::id).toList());
    }

    @Test
    void emptyWorkspaceLoadsEmpty() {
        Workspace loaded = store.load();
        assertTrue(loaded.people().isEmpty());
        assertTrue(loaded.hasNoUserContent());
        assertEquals(2, loaded.settings().effectiveStalledAfterSessions());
    }

    @Test
    void defaultsAreTheFiveCompetenciesAndStarterJourneyStages() {
        store.initialiseDefaults();
        Workspace loaded = store.load();
        assertEquals(WorkspaceStore.DEFAULT_TOPIC_AREAS, loaded.topicAreas().stream().map(TopicArea::name).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), loaded.topicAreas().stream().map(TopicArea::position).toList());
        assertEquals(List.of("Choose", "Join", "Use", "Get help", "Renew"),
                loaded.journeyStages().stream().map(JourneyStage::name).toList());
        loaded.topicAreas().forEach(t -> java.util.UUID.fromString(t.id()));
        store.initialiseDefaults(); // a second call adds nothing
        assertEquals(5, store.load().topicAreas().size());
    }

    @Test
    void defaultsAloneAreNotUserContent() {
        store.initialiseDefaults();
        assertFalse(store.hasUserContent());
    }

    @Test
    void aPersonIsUserContent() {
        new PersonRepository(db).upsert(new Person("p", "Pat", null, null, null, null, true));
        assertTrue(store.hasUserContent());
    }

    @Test
    void metricValuesAreUniquePerMetricPeriodAndSegmentWithOneTotal() {
        store.replaceAll(SampleWorkspace.full());
        // A second total (segment null) for the same metric and period is refused like any duplicate.
        assertThrows(StoreException.class, () -> db.write(c -> Sql.execute(c, """
                INSERT INTO metric_values (metric_id, list_order, period, segment_id, value)
                VALUES ('metric-nps', 9, '2026-Q3', NULL, '1')""")));
        assertThrows(StoreException.class, () -> db.write(c -> Sql.execute(c, """
                INSERT INTO metric_values (metric_id, list_order, period, segment_id, value)
                VALUES ('metric-nps', 9, '2026-Q3', 's-ent', '1')""")));
        db.write(c -> Sql.execute(c, """
                INSERT INTO metric_values (metric_id, list_order, period, segment_id, value)
                VALUES ('metric-nps', 9, '2026-Q4', NULL, '1')"""));
    }

    @Test
    void duplicateMetricValuesInAWorkspaceAreRejected() {
        Metric twice = new Metric("m", "Lost", org.cxcadence.domain.MetricCategory.CUSTOMER_ASSET,
                org.cxcadence.domain.MetricUnit.COUNT, org.cxcadence.domain.Direction.LOWER_IS_BETTER,
                org.cxcadence.domain.MetricCadence.MONTHLY, null, null, false, null, null,
                List.of(new MetricValue("2026-10", null, BigDecimal.ONE, null, null),
                        new MetricValue("2026-10", null, BigDecimal.TEN, null, null)));
        Workspace ws = new Workspace(null, null, null, null, null, null, null, null, List.of(twice));
        assertThrows(StoreException.class, () -> store.replaceAll(ws));
    }

    @Test
    void searchFindsAWordInANoteAndFollowsEdits() {
        store.replaceAll(SampleWorkspace.full());
        assertEquals(List.of("agenda_item:a-1"), search("hurts"));
        assertEquals(List.of("agenda_item:a-1", "decision:d-1", "action_item:ai-1"), search("onboarding"));
        assertEquals(List.of("decision:d-1"), search("fund"));
        assertEquals(List.of("action_item:ai-1"), search("login"));
        assertEquals(List.of("meeting:m-0"), search("kick*"));

        db.write(c -> Sql.execute(c, "UPDATE agenda_items SET notes = 'Renewals slipped' WHERE id = 'a-1'"));
        assertEquals(List.of(), search("hurts"));
        assertEquals(List.of("agenda_item:a-1"), search("renewals"));

        db.write(c -> Sql.execute(c, "DELETE FROM meetings WHERE id = 'm-1'"));
        assertEquals(List.of(), search("renewals"));
        assertEquals(List.of(), search("fund"));
    }

    @Test
    void searchIndexIsRebuiltWhenTheWorkspaceIsReplaced() {
        store.replaceAll(SampleWorkspace.full());
        store.replaceAll(SampleWorkspace.full());
        assertEquals(List.of("agenda_item:a-1"), search("hurts"));
        assertEquals(0, (int) db.read(c -> Sql.queryInt(c, "SELECT count(*) FROM search_index WHERE search_index MATCH 'deputy'")));
    }
}
