package org.cxcadence.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One readiness check, kept with its date so it can be retaken and compared: the nine statements
 * rated 1 (disagree) to 5 (agree), in the order of {@link #statements()}.
 */
public record ReadinessCheck(String id, LocalDate date, List<Integer> ratings, String note) {
    public static final int STATEMENTS = 9;

    public ReadinessCheck {
        Require.id(id, "id");
        Require.present(date, "date");
        if (ratings != null && ratings.stream().anyMatch(java.util.Objects::isNull)) {
            throw new DomainException("ratings", "must not hold an empty rating");
        }
        ratings = Require.list(ratings);
        if (ratings.size() != STATEMENTS) {
            throw new DomainException("ratings", "must hold " + STATEMENTS + " ratings, had " + ratings.size());
        }
        for (Integer r : ratings) {
            Require.scale(r, "ratings");
        }
        Require.notes(note, "note");
    }

    /** A statement of the check, with the pattern it belongs to. */
    public record Statement(int index, ReadinessPattern pattern, String text) {
    }

    /** The nine statements in rating order: three per pattern, patterns in declaration order. */
    public static List<Statement> statements() {
        List<Statement> all = new ArrayList<>();
        for (ReadinessPattern p : ReadinessPattern.values()) {
            for (String text : p.statements()) {
                all.add(new Statement(all.size(), p, text));
            }
        }
        return List.copyOf(all);
    }

    /** The average rating per pattern. */
    public Map<ReadinessPattern, Double> averages() {
        Map<ReadinessPattern, Double> averages = new EnumMap<>(ReadinessPattern.class);
        for (ReadinessPattern p : ReadinessPattern.values()) {
            averages.put(p, statements().stream().filter(s -> s.pattern() == p)
                    .mapToInt(s -> ratings.get(s.index())).average().orElse(0));
        }
        return averages;
    }

    /** The pattern(s) with the highest average: more than one on a tie. */
    public List<ReadinessPattern> result() {
        Map<ReadinessPattern, Double> averages = averages();
        double top = averages.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        // averages of three whole numbers: equal sums give exactly equal doubles
        return averages.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
    }
}
