package org.cxcadence.domain;

/** The sponsor's answer to one commitment question: 1 (not at all) to 5 (fully), with a comment. */
public record SponsorAnswer(String questionId, int score, String comment) {
    public SponsorAnswer {
        Require.id(questionId, "questionId");
        Require.scale(score, "score");
        Require.notes(comment, "comment");
    }
}
