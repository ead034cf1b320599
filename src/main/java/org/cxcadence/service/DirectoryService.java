package org.cxcadence.service;

import java.util.List;

import org.cxcadence.domain.JourneyStage;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.store.JourneyStageRepository;
import org.cxcadence.store.PersonRepository;
import org.cxcadence.store.SegmentRepository;
import org.cxcadence.store.TopicAreaRepository;

/**
 * The reference lists (people, topic areas, journey stages, segments) as the editors use them.
 * Called off the FX thread; every call is one transaction on the workspace's writer.
 */
public final class DirectoryService {
    private final PersonRepository people;
    private final TopicAreaRepository topicAreas;
    private final JourneyStageRepository journeyStages;
    private final SegmentRepository segments;

    public DirectoryService(OpenWorkspace workspace) {
        this.people = new PersonRepository(workspace.database());
        this.topicAreas = new TopicAreaRepository(workspace.database());
        this.journeyStages = new JourneyStageRepository(workspace.database());
        this.segments = new SegmentRepository(workspace.database());
    }

    public List<DirectoryEntry> list(DirectoryKind kind) {
        return switch (kind) {
            case PEOPLE -> people.list().stream()
                    .map(p -> new DirectoryEntry(p.id(), p.name(), !p.active(), p.silo(), p.title(), p.email())).toList();
            case TOPIC_AREAS -> topicAreas.list().stream()
                    .map(t -> DirectoryEntry.named(t.id(), t.name(), t.archived())).toList();
            case JOURNEY_STAGES -> journeyStages.list().stream()
                    .map(s -> DirectoryEntry.named(s.id(), s.name(), s.archived())).toList();
            case SEGMENTS -> segments.list().stream()
                    .map(s -> DirectoryEntry.named(s.id(), s.name(), s.archived())).toList();
        };
    }

    /** Adds the entry at the end of its list, or updates it in place. Position follows the list order. */
    public void save(DirectoryKind kind, DirectoryEntry e) {
        switch (kind) {
            case PEOPLE -> people.upsert(new Person(e.id(), e.name(), e.silo(), e.title(), e.email(), null, !e.archived()));
            case TOPIC_AREAS -> topicAreas.upsert(new TopicArea(e.id(), e.name(), null, e.archived()));
            case JOURNEY_STAGES -> journeyStages.upsert(new JourneyStage(e.id(), e.name(), null, e.archived()));
            case SEGMENTS -> segments.upsert(new Segment(e.id(), e.name(), null, e.archived()));
        }
    }

    public void reorder(DirectoryKind kind, List<String> idsInOrder) {
        switch (kind) {
            case PEOPLE -> people.reorder(idsInOrder);
            case TOPIC_AREAS -> topicAreas.reorder(idsInOrder);
            case JOURNEY_STAGES -> journeyStages.reorder(idsInOrder);
            case SEGMENTS -> segments.reorder(idsInOrder);
        }
    }

    /**
     * Removes an entry nothing refers to (undo of an add); a referenced one is archived instead,
     * because history must keep naming it.
     */
    public void removeIfUnused(DirectoryKind kind, String id) {
        boolean removed = switch (kind) {
            case PEOPLE -> people.deleteIfUnreferenced(id);
            case TOPIC_AREAS -> topicAreas.deleteIfUnreferenced(id);
            case JOURNEY_STAGES -> journeyStages.deleteIfUnreferenced(id);
            case SEGMENTS -> segments.deleteIfUnreferenced(id);
        };
        if (!removed) {
            list(kind).stream().filter(e -> e.id().equals(id)).findFirst()
                    .ifPresent(e -> save(kind, e.withArchived(true)));
        }
    }
}
