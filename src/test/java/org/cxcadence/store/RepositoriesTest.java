package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cxcadence.domain.JourneyStage;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.TopicArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoriesTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.create(dir.resolve("a.cxcadence"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Person person(String id, String name) {
        return new Person(id, name, "Sales", null, null, null, true);
    }

    @Test
    void upsertAddsPeopleAtTheEndAndUpdatesInPlace() {
        PersonRepository people = new PersonRepository(db);
        people.upsert(person("b", "Bea"));
        people.upsert(person("a", "Al"));
        people.upsert(person("b", "Beatrice"));
        assertEquals(List.of("Beatrice", "Al"), people.list().stream().map(Person::name).toList());
        assertEquals("Beatrice", people.find("b").orElseThrow().name());
        assertTrue(people.find("zz").isEmpty());
    }

    @Test
    void reorderPutsTheGivenPeopleFirstAndNumbersPositions() {
        PersonRepository people = new PersonRepository(db);
        people.upsert(person("a", "Al"));
        people.upsert(person("b", "Bea"));
        people.upsert(person("c", "Cy"));
        people.reorder(List.of("c", "a"));
        assertEquals(List.of("c", "a", "b"), people.list().stream().map(Person::id).toList());
        assertEquals(List.of(1, 2, 3), people.list().stream().map(Person::position).toList());
        assertThrows(StoreException.class, () -> people.reorder(List.of("nobody")));
    }

    @Test
    void setPositionChangesOnlyThePosition() {
        PersonRepository people = new PersonRepository(db);
        people.upsert(person("a", "Al"));
        people.setPosition("a", 7);
        assertEquals(7, people.find("a").orElseThrow().position());
        people.setPosition("a", null);
        assertEquals(null, people.find("a").orElseThrow().position());
    }

    @Test
    void archivingAPersonKeepsThemButInactive() {
        PersonRepository people = new PersonRepository(db);
        people.upsert(person("a", "Al"));
        people.archive("a");
        assertFalse(people.find("a").orElseThrow().active());
        assertThrows(StoreException.class, () -> people.archive("nobody"));
    }

    @Test
    void topicAreasKeepOrderAndArchive() {
        TopicAreaRepository areas = new TopicAreaRepository(db);
        areas.upsert(new TopicArea("x", "Listening", null, false));
        areas.upsert(new TopicArea("y", "Assets", null, false));
        areas.reorder(List.of("y", "x"));
        areas.archive("x");
        assertEquals(List.of(new TopicArea("y", "Assets", 1, false), new TopicArea("x", "Listening", 2, true)),
                areas.list());
    }

    @Test
    void journeyStagesReorderAndDeleteWhenUnused() {
        JourneyStageRepository stages = new JourneyStageRepository(db);
        stages.upsert(new JourneyStage("s1", "Choose", null));
        stages.upsert(new JourneyStage("s2", "Join", null));
        stages.reorder(List.of("s2"));
        assertEquals(List.of(new JourneyStage("s2", "Join", 1), new JourneyStage("s1", "Choose", 2)), stages.list());
        stages.delete("s1");
        assertEquals(List.of("s2"), stages.list().stream().map(JourneyStage::id).toList());
    }

    @Test
    void segmentInUseByAMetricValueCannotBeDeleted() {
        new WorkspaceStore(db).replaceAll(SampleWorkspace.full());
        SegmentRepository segments = new SegmentRepository(db);
        assertThrows(StoreException.class, () -> segments.delete("s-ent"));
        assertEquals(List.of("s-ent", "s-smb"), segments.list().stream().map(Segment::id).toList());
        segments.upsert(new Segment("s-ent", "Large enterprise", 1));
        assertEquals("Large enterprise", segments.list().getFirst().name());
    }
}
