package org.cxcadence.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SponsorQuestionEditsTest {
    private static final List<SponsorQuestion> DEFAULTS = SponsorQuestion.defaults();

    private static SponsorQuestion find(List<SponsorQuestion> list, String id) {
        return list.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void rewordingAnAnsweredQuestionKeepsItsTextForTheAnswersAndAddsTheNewWordingAfterIt() {
        var edits = new SponsorQuestionEdits(DEFAULTS, Set.of("q2"));
        var result = edits.reword("q2", "The customer leader sits on the executive committee.", "q2-new");

        assertEquals("q2-new", result.id());
        assertEquals(DEFAULTS.size() + 1, result.questions().size());
        SponsorQuestion old = find(result.questions(), "q2");
        assertEquals(find(DEFAULTS, "q2").text(), old.text(), "answers keep the wording they answered");
        assertTrue(old.archived());
        int at = result.questions().indexOf(old);
        assertEquals(new SponsorQuestion("q2-new", CeoAction.MAKE_AN_OFFICER,
                "The customer leader sits on the executive committee.", false), result.questions().get(at + 1));
    }

    @Test
    void rewordingAnUnansweredQuestionChangesItInPlace() {
        var result = new SponsorQuestionEdits(DEFAULTS, Set.of("q1a")).reword("q2", "Officer with a planning seat.", "x");
        assertEquals("q2", result.id());
        assertEquals(DEFAULTS.size(), result.questions().size());
        assertEquals("Officer with a planning seat.", find(result.questions(), "q2").text());
        assertFalse(find(result.questions(), "q2").archived());
    }

    @Test
    void aBlankWordingIsRefused() {
        var edits = new SponsorQuestionEdits(DEFAULTS, Set.of());
        assertThrows(DomainException.class, () -> edits.reword("q2", " ", "x"));
    }

    @Test
    void addedQuestionGoesAfterTheLastOneOfItsAction() {
        List<SponsorQuestion> list = new SponsorQuestionEdits(DEFAULTS, Set.of())
                .add("q1c", CeoAction.TAKE_OWNERSHIP, "I open every leadership meeting with a customer story.");
        assertEquals(List.of("q1a", "q1b", "q1c", "q2"), list.stream().map(SponsorQuestion::id).limit(4).toList());
    }

    @Test
    void retiringArchivesAndRestoringBringsItBackWithItsText() {
        var edits = new SponsorQuestionEdits(DEFAULTS, Set.of("q7"));
        List<SponsorQuestion> retired = edits.archive("q7", true);
        assertTrue(find(retired, "q7").archived());
        assertEquals(DEFAULTS.size(), retired.size());
        List<SponsorQuestion> restored = new SponsorQuestionEdits(retired, Set.of("q7")).archive("q7", false);
        assertEquals(DEFAULTS, restored);
    }
}
