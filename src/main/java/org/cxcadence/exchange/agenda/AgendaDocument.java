package org.cxcadence.exchange.agenda;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.MeetingStatus;

/**
 * One session's agenda as every renderer shows it, built once ({@link AgendaDocuments#build}): names
 * resolved, times worked out, brought-forward lines with their reasons. Renderers only lay it out.
 *
 * @param start         the scheduled start in the series' time zone
 * @param plannedMinutes the sum of the items' timeboxes
 */
public record AgendaDocument(String meetingId, String companyName, String title, String seriesName,
                             ZonedDateTime start, int durationMinutes, MeetingStatus status,
                             Participant facilitator, List<Participant> attendees, List<Line> lines,
                             int plannedMinutes, Locale locale) {
    public AgendaDocument {
        attendees = List.copyOf(attendees);
        lines = List.copyOf(lines);
    }

    /** A person invited, with an e-mail address when one is known. */
    public record Participant(String name, String email) {
    }

    /**
     * One agenda item.
     *
     * @param startsAt wall-clock start if the items before it keep their timeboxes
     * @param pastEnd  it ends after the session's scheduled end
     * @param reason   why it was brought forward ("deferred on 3 Nov"), or {@code null}
     * @param groups   for the two standing reviews: the actions (under their owners) or metrics brought to them
     */
    public record Line(int number, String title, AgendaItemKind kind, String topicArea, String presenter,
                       Integer minutes, LocalTime startsAt, boolean pastEnd, String prepNotes, List<String> links,
                       String reason, List<Group> groups) {
        public Line {
            links = List.copyOf(links);
            groups = List.copyOf(groups);
        }
    }

    /** Brought-forward lines under a heading (an owner's name), or without one ({@code null}). */
    public record Group(String heading, List<SubLine> lines) {
        public Group {
            lines = List.copyOf(lines);
        }
    }

    public record SubLine(String text, String reason) {
    }

    public boolean overbooked() {
        return plannedMinutes > durationMinutes;
    }

    /** "Monday 23 November 2026, 09:00–10:00 (America/Chicago)". */
    public String when() {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        return day.format(start) + "–" + time.format(start.plusMinutes(durationMinutes)) + " (" + start.getZone().getId() + ")";
    }

    /** "55 of 60 minutes planned" or "70 of 60 minutes planned: 10 over". */
    public String totals() {
        String base = plannedMinutes + " of " + durationMinutes + " minutes planned";
        return overbooked() ? base + ": " + (plannedMinutes - durationMinutes) + " over" : base;
    }

    public String heading() {
        return companyName == null ? title : companyName + " · " + title;
    }

    public String statusText() {
        return switch (status) {
            case DRAFT -> "Draft";
            case READY -> "Ready";
            case IN_PROGRESS -> "In progress";
            case COMPLETED -> "Completed";
            case CANCELLED -> "Cancelled";
        };
    }

    /** "09:15 · 10 min" for a line. */
    public static String slot(Line line) {
        String at = line.startsAt() == null ? "" : line.startsAt().format(DateTimeFormatter.ofPattern("HH:mm"));
        String minutes = line.minutes() == null ? "" : line.minutes() + " min";
        return at.isEmpty() ? minutes : minutes.isEmpty() ? at : at + " · " + minutes;
    }
}
