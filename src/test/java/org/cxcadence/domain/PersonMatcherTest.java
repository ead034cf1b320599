package org.cxcadence.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PersonMatcherTest {
    private static Person p(String id, String name, boolean active) {
        return new Person(id, name, null, null, null, null, active);
    }

    private final PersonMatcher matcher = new PersonMatcher(List.of(p("1", "Maya Okafor", true),
            p("2", "Marcus Bell", true), p("3", "Ana Lima", true), p("4", "Ana Maria Ruiz", true),
            p("5", "Mary Left", false)));

    private List<String> names(String typed) {
        return matcher.matches(typed).stream().map(Person::name).toList();
    }

    @Test
    void firstLettersOfAFirstNameFindTheLeader() {
        assertEquals(List.of("Maya Okafor"), names("may"));
    }

    @Test
    void firstLettersOfALastNameFindTheLeaderToo() {
        assertEquals(List.of("Maya Okafor"), names("OKA"));
    }

    @Test
    void ambiguousLettersOfferEveryoneTheyFit() {
        assertEquals(List.of("Maya Okafor", "Marcus Bell", "Ana Maria Ruiz"), names("ma"));
    }

    @Test
    void anExactFullNameWinsOverLongerNames() {
        assertEquals(List.of("Ana Lima"), names("ana lima"));
    }

    @Test
    void peopleWhoLeftAreNotOffered() {
        assertTrue(names("mary").isEmpty());
    }

    @Test
    void blankFindsNobody() {
        assertTrue(names("  ").isEmpty());
    }
}
