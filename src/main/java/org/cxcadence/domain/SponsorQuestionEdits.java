package org.cxcadence.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Edits of the sponsor's commitment questions that never rewrite history: a question that has been
 * answered keeps its text (answers point at it by id), so rewording it retires it and adds the new
 * wording under a new id right after it; an unanswered one is simply reworded. Retiring archives a
 * question (its answers and text stay); restoring brings it back. Pure: each edit returns the new list.
 *
 * @param questions the questions in force, archived ones included (see {@link SponsorQuestion#effective})
 * @param answered  ids of the questions answered in any check-in
 */
public record SponsorQuestionEdits(List<SponsorQuestion> questions, Set<String> answered) {
    public SponsorQuestionEdits {
        questions = Require.list(questions);
        answered = Set.copyOf(answered);
    }

    /** The questions of {@code w} (defaults while it keeps none) with the ids its check-ins answered. */
    public static SponsorQuestionEdits of(Workspace w) {
        return new SponsorQuestionEdits(w.effectiveSponsorQuestions(), w.checkIns().stream()
                .flatMap(k -> k.answers().stream()).map(SponsorAnswer::questionId).collect(Collectors.toSet()));
    }

    /** How many check-ins answered the question. */
    public static long timesAnswered(Workspace w, String questionId) {
        return w.checkIns().stream().filter(k -> k.answers().stream().anyMatch(a -> a.questionId().equals(questionId)))
                .count();
    }

    /** The outcome of a rewording: the new list and the id the wording now lives under. */
    public record Reworded(List<SponsorQuestion> questions, String id) {
    }

    /**
     * Rewords question {@code id}; when it was answered, it is archived as it was and the wording is
     * added as {@code newId} just after it.
     *
     * @throws DomainException when the text is blank or too long, or the id unknown
     */
    public Reworded reword(String id, String text, String newId) {
        int index = indexOf(id);
        SponsorQuestion q = questions.get(index);
        SponsorQuestion reworded = new SponsorQuestion(q.id(), q.action(), text, q.archived());
        if (q.text().equals(text)) {
            return new Reworded(questions, id);
        }
        List<SponsorQuestion> list = new ArrayList<>(questions);
        if (!answered.contains(id)) {
            list.set(index, reworded);
            return new Reworded(List.copyOf(list), id);
        }
        list.set(index, new SponsorQuestion(q.id(), q.action(), q.text(), true));
        list.add(index + 1, new SponsorQuestion(newId, q.action(), text, false));
        return new Reworded(List.copyOf(list), newId);
    }

    /** Adds a question after the last one of its CEO action (at the end when the action has none). */
    public List<SponsorQuestion> add(String newId, CeoAction action, String text) {
        SponsorQuestion added = new SponsorQuestion(newId, action, text, false);
        if (questions.stream().anyMatch(q -> q.id().equals(newId))) {
            throw new DomainException("id", "question id \"" + newId + "\" is taken");
        }
        List<SponsorQuestion> list = new ArrayList<>(questions);
        int at = list.size();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).action().number() <= action.number()) {
                at = i + 1;
            }
        }
        list.add(at, added);
        return List.copyOf(list);
    }

    /** Archives (retired) or un-archives (restored) a question; its answers are untouched either way. */
    public List<SponsorQuestion> archive(String id, boolean archived) {
        int index = indexOf(id);
        SponsorQuestion q = questions.get(index);
        List<SponsorQuestion> list = new ArrayList<>(questions);
        list.set(index, new SponsorQuestion(q.id(), q.action(), q.text(), archived));
        return List.copyOf(list);
    }

    private int indexOf(String id) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new DomainException("id", "no sponsor question \"" + id + "\"");
    }
}
