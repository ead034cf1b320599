package org.cxcadence.domain;

/** The eight actions a CEO takes for the customer leader's success; the sponsor check-in asks about each. */
public enum CeoAction {
    TAKE_OWNERSHIP(1, "Take personal ownership"),
    MAKE_AN_OFFICER(2, "Make the customer leader an officer of the company"),
    ESTABLISH_ROLE_CLARITY(3, "Establish acceptance and role clarity, suspend cynicism"),
    ACCELERATE_VALUE(4, "Accelerate the CCO's value right away"),
    DRIVE_ACCOUNTABILITY(5, "Drive regular accountability"),
    PROVIDE_AIR_COVER(6, "Provide political air cover"),
    INSIST_ON_PATIENCE(7, "Insist on corporate patience"),
    DEMYSTIFY_ROAD_MAP(8, "Demystify the road map");

    private final int number;
    private final String title;

    CeoAction(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public int number() {
        return number;
    }

    /** The English title, for documents; screens use their own message texts. */
    public String title() {
        return title;
    }

    public static CeoAction of(int number) {
        for (CeoAction a : values()) {
            if (a.number == number) {
                return a;
            }
        }
        throw new DomainException("ceoAction", "must be between 1 and 8, was " + number);
    }
}
