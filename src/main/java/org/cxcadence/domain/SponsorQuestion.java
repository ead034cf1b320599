package org.cxcadence.domain;

import java.util.List;

/**
 * A commitment question the executive sponsor answers on a 1–5 scale in each check-in, under one of
 * the eight CEO actions. The defaults below apply while a workspace keeps none of its own; editing
 * them stores the whole list. A question no longer asked is archived, so past answers keep their text.
 */
public record SponsorQuestion(String id, CeoAction action, String text, boolean archived) {
    public SponsorQuestion {
        Require.id(id, "id");
        Require.present(action, "action");
        Require.title(text, "text");
    }

    /** The default questions: one or two per CEO action, in our own words. */
    public static List<SponsorQuestion> defaults() {
        return List.of(
                q("q1a", CeoAction.TAKE_OWNERSHIP, "The customer work is a priority on my own agenda, and I talk about it that way."),
                q("q1b", CeoAction.TAKE_OWNERSHIP, "I treat it as a transformation of how we run the business, not as a set of one-off tactics."),
                q("q2", CeoAction.MAKE_AN_OFFICER, "The customer leader is an officer of the company with a seat in our planning meetings."),
                q("q3", CeoAction.ESTABLISH_ROLE_CLARITY, "My leaders have agreed how they engage with the customer leader, and I stop cynicism when I see it."),
                q("q4", CeoAction.ACCELERATE_VALUE, "The work produced tangible results and customer-asset metrics early, with early adopters on board."),
                q("q5", CeoAction.DRIVE_ACCOUNTABILITY, "The accountability sessions are held as planned and I make sure leaders show up prepared."),
                q("q6", CeoAction.PROVIDE_AIR_COVER, "When work stalls I give the time and partnership needed to course-correct it."),
                q("q7", CeoAction.INSIST_ON_PATIENCE, "I hold a multi-year timeline for this work, including with the board."),
                q("q8", CeoAction.DEMYSTIFY_ROAD_MAP, "The road map is realistic, understood by the leadership team, and funded."));
    }

    private static SponsorQuestion q(String id, CeoAction action, String text) {
        return new SponsorQuestion(id, action, text, false);
    }

    /** The questions in force: the workspace's own, or the defaults while it has none. */
    public static List<SponsorQuestion> effective(List<SponsorQuestion> stored) {
        return stored.isEmpty() ? defaults() : stored;
    }
}
