package org.cxcadence.domain;

/**
 * What was last sent as a calendar invitation for a session: the RFC 5545 SEQUENCE and a
 * fingerprint of the invitation's content. Exporting a changed agenda again raises the sequence,
 * so calendars update the entry (same UID) instead of adding a second one.
 */
public record CalendarInvitation(String meetingId, int sequence, String fingerprint) {
    public CalendarInvitation {
        Require.id(meetingId, "meetingId");
        if (sequence < 0) {
            throw new DomainException("sequence", "must not be negative, was " + sequence);
        }
    }
}
