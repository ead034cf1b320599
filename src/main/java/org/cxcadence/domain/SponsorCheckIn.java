package org.cxcadence.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One sponsor check-in (typically quarterly): the executive sponsor's answers to the commitment
 * questions on a given day.
 *
 * @param sponsorId the person who answered (usually the CEO), or {@code null}
 */
public record SponsorCheckIn(String id, LocalDate date, String sponsorId, List<SponsorAnswer> answers) {
    public SponsorCheckIn {
        Require.id(id, "id");
        Require.present(date, "date");
        answers = Require.list(answers);
        Set<String> seen = new HashSet<>();
        for (SponsorAnswer a : answers) {
            if (!seen.add(a.questionId())) {
                throw new DomainException("answers", "answers question \"" + a.questionId() + "\" twice");
            }
        }
    }

    /** The average answer to the questions of one CEO action; empty when none of them was answered. */
    public OptionalDouble average(CeoAction action, List<SponsorQuestion> questions) {
        return answers.stream().filter(a -> questions.stream()
                        .anyMatch(q -> q.id().equals(a.questionId()) && q.action() == action))
                .mapToInt(SponsorAnswer::score).average();
    }
}
