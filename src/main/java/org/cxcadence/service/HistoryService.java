package org.cxcadence.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.MinutesRecord;
import org.cxcadence.domain.Workspace;
import org.cxcadence.store.SearchRepository;

/**
 * History: every session held, newest first, filtered by series, dates, topic area and person; and
 * full-text search over titles, notes, decisions and actions with highlighted snippets.
 */
public final class HistoryService {
    /** Enough hits for a person to scan; refine the words for more. */
    public static final int SEARCH_LIMIT = 200;

    private final SearchRepository search;

    public HistoryService(OpenWorkspace workspace) {
        this.search = new SearchRepository(workspace.database());
    }

    /** What narrows the history; {@code null} fields do not narrow. Dates are inclusive. */
    public record Filter(String seriesId, LocalDate from, LocalDate to, String topicAreaId, String personId) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }

        public boolean isEmpty() {
            return seriesId == null && from == null && to == null && topicAreaId == null && personId == null;
        }
    }

    /** One session in the history list. */
    public record SessionSummary(String meetingId, String title, String seriesName, OffsetDateTime start,
                                 MeetingStatus status, Integer rating, int agendaItems, int decisions, int actionsRaised,
                                 boolean sent, int corrections) {
    }

    /** A piece of a snippet, highlighted when it is what matched. */
    public record SnippetPart(String text, boolean highlighted) {
    }

    /**
     * One search hit.
     *
     * @param meetingId {@code null} for an action raised outside any session
     * @param context   the agenda item, decision or action the hit is in, as a short label
     */
    public record SearchResult(SearchRepository.Kind kind, String refId, String meetingId, String meetingTitle,
                               OffsetDateTime meetingStart, String context, List<SnippetPart> snippet) {
        /** The snippet as plain text. */
        public String snippetText() {
            StringBuilder b = new StringBuilder();
            snippet.forEach(p -> b.append(p.text()));
            return b.toString();
        }
    }

    /** Sessions that have been held or are under way (future drafts are Prepare's), newest first. */
    public static List<SessionSummary> sessions(Workspace w, Filter filter, LocalDate today) {
        Map<String, MeetingSeries> series = new HashMap<>();
        w.series().forEach(s -> series.put(s.id(), s));
        Map<String, Integer> raised = new HashMap<>();
        w.actionItems().forEach(a -> {
            if (a.meetingId() != null) {
                raised.merge(a.meetingId(), 1, Integer::sum);
            }
        });
        Map<String, MinutesRecord> records = new HashMap<>();
        w.minutes().forEach(r -> records.put(r.meetingId(), r));
        List<SessionSummary> out = new ArrayList<>();
        w.meetings().stream()
                .filter(m -> isHistory(m, today))
                .filter(m -> matches(w, m, filter))
                .sorted(Comparator.comparing(Meeting::start).reversed().thenComparing(Meeting::id))
                .forEach(m -> {
                    MeetingSeries s = m.seriesId() == null ? null : series.get(m.seriesId());
                    MinutesRecord r = records.getOrDefault(m.id(), MinutesRecord.empty(m.id()));
                    out.add(new SessionSummary(m.id(), m.title(), s == null ? null : s.name(), m.start(), m.status(),
                            m.rating(), m.agenda().size(), m.agenda().stream().mapToInt(a -> a.decisions().size()).sum(),
                            raised.getOrDefault(m.id(), 0), r.sentAt() != null, r.corrections().size()));
                });
        return out;
    }

    static boolean isHistory(Meeting m, LocalDate today) {
        return switch (m.status()) {
            case COMPLETED, IN_PROGRESS, CANCELLED -> true;
            case DRAFT, READY -> m.start().toLocalDate().isBefore(today);
        };
    }

    /** Whether the session passes the filter: in the series, within the dates, touching the topic area and person. */
    public static boolean matches(Workspace w, Meeting m, Filter f) {
        if (f == null || f.isEmpty()) {
            return true;
        }
        LocalDate day = m.start().toLocalDate();
        if (f.seriesId() != null && !f.seriesId().equals(m.seriesId())) {
            return false;
        }
        if (f.from() != null && day.isBefore(f.from()) || f.to() != null && day.isAfter(f.to())) {
            return false;
        }
        if (f.topicAreaId() != null && m.agenda().stream().noneMatch(a -> f.topicAreaId().equals(a.topicAreaId()))) {
            return false;
        }
        if (f.personId() != null) {
            String p = f.personId();
            boolean attended = m.attendance().stream().anyMatch(a -> a.personId().equals(p) && a.present());
            boolean presented = m.agenda().stream().map(AgendaItem::presenterId).anyMatch(p::equals);
            boolean owns = w.actionItems().stream()
                    .anyMatch(a -> m.id().equals(a.meetingId()) && p.equals(a.ownerId()));
            boolean updated = w.actionItems().stream().filter(a -> p.equals(a.ownerId()))
                    .anyMatch(a -> a.updates().stream().anyMatch(u -> m.id().equals(u.meetingId())));
            return attended || presented || owns || updated;
        }
        return true;
    }

    /** Hits for what a person typed, best first; never fails on odd input. Filtered when a filter is given. */
    public List<SearchResult> search(String query, Filter filter, Workspace snapshotForFilter) {
        List<SearchRepository.Hit> hits = search.search(query, SEARCH_LIMIT);
        Map<String, Meeting> meetings = new HashMap<>();
        if (snapshotForFilter != null) {
            snapshotForFilter.meetings().forEach(m -> meetings.put(m.id(), m));
        }
        List<SearchResult> out = new ArrayList<>();
        for (SearchRepository.Hit h : hits) {
            if (filter != null && !filter.isEmpty() && snapshotForFilter != null) {
                Meeting m = h.meetingId() == null ? null : meetings.get(h.meetingId());
                if (m == null || !matches(snapshotForFilter, m, filter)) {
                    continue;
                }
            }
            out.add(new SearchResult(h.kind(), h.refId(), h.meetingId(), h.meetingTitle(), h.meetingStart(),
                    context(h), parts(h.snippet())));
        }
        return out;
    }

    private static String context(SearchRepository.Hit h) {
        return switch (h.kind()) {
            case MEETING -> "Session";
            case AGENDA_ITEM -> "Agenda: " + h.title();
            case DECISION -> "Decision";
            case ACTION_ITEM -> "Action: " + h.title();
        };
    }

    /** Splits a snippet at the highlight marks. */
    static List<SnippetPart> parts(String snippet) {
        List<SnippetPart> parts = new ArrayList<>();
        if (snippet == null) {
            return parts;
        }
        StringBuilder current = new StringBuilder();
        boolean highlighted = false;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == SearchRepository.MARK_START || c == SearchRepository.MARK_END) {
                if (!current.isEmpty()) {
                    parts.add(new SnippetPart(current.toString(), highlighted));
                    current.setLength(0);
                }
                highlighted = c == SearchRepository.MARK_START;
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(new SnippetPart(current.toString(), highlighted));
        }
        return parts;
    }

    /** Ids of agenda items and decisions to the session they belong to, for opening a hit in place. */
    public static String meetingOf(Workspace w, String refId) {
        for (Meeting m : w.meetings()) {
            if (m.id().equals(refId)) {
                return m.id();
            }
            for (AgendaItem a : m.agenda()) {
                if (a.id().equals(refId) || a.decisions().stream().anyMatch(d -> d.id().equals(refId))) {
                    return m.id();
                }
            }
        }
        return w.actionItems().stream().filter(a -> a.id().equals(refId)).map(ActionItem::meetingId)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }
}
