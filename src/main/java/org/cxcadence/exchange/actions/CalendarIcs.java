package org.cxcadence.exchange.actions;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.Workspace;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * {@code calendar}: upcoming sessions (start on or after today, not completed or cancelled) as
 * timed events, and the due date of every open action as an all-day event with the owner in the
 * summary. UIDs are derived from the ids ({@code action-ID@cx-cadence}, {@code session-ID@cx-cadence}),
 * so importing the file again updates the same events. ical4j does RFC 5545 escaping and folding.
 */
public final class CalendarIcs {
    public static final String PROD_ID = "-//CX Cadence//Follow-through//EN";

    private CalendarIcs() {
    }

    /** @param stamp the DTSTAMP of every event (the time of the export), so equal inputs give equal files */
    public static Calendar build(Workspace w, LocalDate today, Instant stamp) {
        Map<String, String> people = new HashMap<>();
        w.people().forEach(p -> people.put(p.id(), p.name()));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PROD_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        w.meetings().stream()
                .filter(m -> m.status().isPending() && !m.start().toLocalDate().isBefore(today))
                .sorted(Comparator.comparing(Meeting::start))
                .forEach(m -> {
                    VEvent e = new VEvent(m.start().toInstant(), Duration.ofMinutes(m.durationMinutes()), m.title());
                    identify(e, "session-" + m.id(), stamp);
                    calendar.add(e);
                });
        for (ActionItem a : w.actionItems()) {
            if (!a.isOpen() || a.due() == null) {
                continue;
            }
            String owner = people.getOrDefault(a.ownerId(), a.ownerId());
            VEvent e = new VEvent(a.due(), "Due: " + a.title() + " (" + owner + ")");
            identify(e, "action-" + a.id(), stamp);
            String impact = a.hasCustomerImpact() ? "Customer impact: " + a.customerImpact()
                    : "Customer impact: missing (incomplete)";
            e.add(new Description(impact + "\nOwner: " + owner + "\nStatus: " + a.status().name()));
            calendar.add(e);
        }
        return calendar;
    }

    public static void write(Workspace w, LocalDate today, Instant stamp, OutputStream out) throws IOException {
        Calendar calendar = build(w, today, stamp);
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (ValidationException e) {
            throw new IOException("the calendar is not valid iCalendar: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void identify(VEvent e, String uid, Instant stamp) {
        e.getProperty(net.fortuna.ical4j.model.Property.DTSTAMP).ifPresent(e::remove);
        e.add(new DtStamp(stamp.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        e.add(new Uid(uid + "@cx-cadence"));
    }
}
