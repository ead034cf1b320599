package org.cxcadence.domain;

import java.util.List;
import java.util.Locale;

/**
 * Finds a leader from the first letters typed during capture ("ma" → Maya Okafor, "okaf" → the
 * same): an exact full name wins, else the people any of whose name words (or the whole name)
 * start with the text. Only active people are offered.
 */
public final class PersonMatcher {
    private final List<Person> people;

    public PersonMatcher(List<Person> people) {
        this.people = people.stream().filter(Person::active).toList();
    }

    public List<Person> matches(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String q = typed.strip().toLowerCase(Locale.ROOT);
        List<Person> exact = people.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).equals(q)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return people.stream().filter(p -> startsAnyWord(p.name().toLowerCase(Locale.ROOT), q)).toList();
    }

    private static boolean startsAnyWord(String name, String q) {
        if (name.startsWith(q)) {
            return true;
        }
        for (String word : name.split("[\\s\\-']+")) {
            if (word.startsWith(q)) {
                return true;
            }
        }
        return false;
    }
}
