package org.cxcadence.domain;

/** Whether an invited leader was in the room, or sent a delegate (named in free text). */
public record Attendance(String personId, boolean present, String delegateName) {
    public Attendance {
        Require.id(personId, "personId");
    }
}
