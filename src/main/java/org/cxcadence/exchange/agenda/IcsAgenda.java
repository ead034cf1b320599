package org.cxcadence.exchange.agenda;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.exchange.agenda.AgendaDocument.Participant;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The session as an RFC 5545 invitation, written by ical4j (escaping, folding). The UID is derived
 * from the session id, so it never changes; the SEQUENCE is passed in (stored per session and raised
 * when a changed agenda is sent again), so calendars update the entry rather than add another.
 */
public final class IcsAgenda {
    public static final String PRODUCT_ID = "-//CX Cadence//Agenda//EN";

    private IcsAgenda() {
    }

    public static String uid(String meetingId) {
        return meetingId + "@cx-cadence";
    }

    /** A digest of everything the invitation says except its stamp and sequence: changes mean "send again". */
    public static String fingerprint(AgendaDocument d) {
        String content = String.join("\u0000", d.title(), d.start().toInstant().toString(),
                Integer.toString(d.durationMinutes()), d.status().name(), TextAgenda.render(d),
                d.facilitator() == null ? "" : d.facilitator().toString(), d.attendees().toString());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String render(AgendaDocument d, int sequence, Instant stamp) {
        Instant start = d.start().toInstant();
        VEvent event = new VEvent(start, Duration.ofMinutes(d.durationMinutes()), d.heading());
        event.add(new Uid(uid(d.meetingId())));
        event.add(new Sequence(sequence));
        event.add(new DtStamp(stamp));
        event.add(new Description(TextAgenda.render(d)));
        event.add(d.status() == MeetingStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (d.facilitator() != null && hasEmail(d.facilitator())) {
            event.add(new Organizer(named(d.facilitator()), URI.create("mailto:" + d.facilitator().email().strip())));
        }
        for (Participant p : d.attendees()) {
            if (hasEmail(p)) {
                event.add(new Attendee(named(p), URI.create("mailto:" + p.email().strip())));
            }
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(d.status() == MeetingStatus.CANCELLED ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static boolean hasEmail(Participant p) {
        return p.email() != null && p.email().strip().matches("[^@\\s:<>\"]+@[^@\\s:<>\"]+");
    }

    private static ParameterList named(Participant p) {
        return new ParameterList(java.util.List.of(new Cn(p.name())));
    }
}
