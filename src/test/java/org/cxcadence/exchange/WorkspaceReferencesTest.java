package org.cxcadence.exchange;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.json.FormatProblem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceReferencesTest {
    @Test
    void richWorkspaceHoldsTogether() {
        assertTrue(WorkspaceReferences.check(SampleWorkspaces.rich()).isEmpty());
    }

    @Test
    void returnsEveryProblemWithItsPathInFileOrder() {
        var people = List.of(new Person("p1", "Ana", null, null, null, null, true),
                new Person("p1", "Ben", null, null, null, null, true));
        var actions = List.of(
                new ActionItem("a1", "One", "ghost", ActionStatus.OPEN, "t9", "m9", null, null, null, null, "j9",
                        null, null, null, List.of()));
        Workspace w = new Workspace(null, people, null, null, null, null, null, actions, null);
        List<String> found = WorkspaceReferences.check(w).stream().map(FormatProblem::describe).toList();
        assertEquals(List.of(
                "$.people[1].id: duplicate person id \"p1\" (first at $.people[0])",
                "$.actionItems[0].ownerId: refers to no person with id \"ghost\"",
                "$.actionItems[0].topicAreaId: refers to no topic area with id \"t9\"",
                "$.actionItems[0].meetingId: refers to no meeting with id \"m9\"",
                "$.actionItems[0].journeyStageId: refers to no journey stage with id \"j9\""), found);
    }

    @Test
    void idsOfDifferentKindsMayBeEqual() {
        // A person and a topic area both called "x" is odd but unambiguous: each reference names its kind.
        Workspace w = new Workspace(null, List.of(new Person("x", "Ana", null, null, null, null, true)),
                List.of(new org.cxcadence.domain.TopicArea("x", "Listening", null, false)),
                null, null, null, null, null, null);
        assertTrue(WorkspaceReferences.check(w).isEmpty());
    }
}
