package org.cxcadence.domain;

import java.util.List;

/**
 * The three patterns that keep an organisation from being ready for a customer leader, each with
 * three statements (rated 1 disagree – 5 agree) and the guidance that follows when it comes out on top.
 */
public enum ReadinessPattern {
    LACK_OF_FOCUS("Lack of focus",
            List.of("Customers are not a real priority for our leadership team.",
                    "Beyond saying the right things, nobody has the time or attention to give the customer work.",
                    "When the customer work competes with other agendas, the other agendas win."),
            "A customer leader alone will not fix this. First make the customer a leadership priority: "
                    + "the CEO and the leadership team must give it time and attention before anyone is hired for the role."),
    DISJOINTED_EFFORTS("Disjointed efforts",
            List.of("Each department runs its own customer initiatives without the others.",
                    "Departments measure and report on customers in different ways.",
                    "No one drives a single discipline of customer metrics, reporting and accountability."),
            "A customer leader (or an operations leader given real time for the role) can unite the silos: "
                    + "one set of customer metrics, one report, one accountability forum."),
    LACK_OF_CLARITY("Lack of clarity",
            List.of("Our leaders do not agree on what we want to achieve for customers.",
                    "Decisions about customers are made and then revisited again and again.",
                    "We have no shared direction for the customer experience."),
            "Someone must drive consensus on the direction and, when the group drifts, bring it back to course-correct.");

    private final String title;
    private final List<String> statements;
    private final String guidance;

    ReadinessPattern(String title, List<String> statements, String guidance) {
        this.title = title;
        this.statements = statements;
        this.guidance = guidance;
    }

    /** English texts for documents; screens use their own messages. */
    public String title() {
        return title;
    }

    public List<String> statements() {
        return statements;
    }

    public String guidance() {
        return guidance;
    }
}
