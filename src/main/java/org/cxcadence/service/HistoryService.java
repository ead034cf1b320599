package org.cxcadence.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.HashSet;
import java.util.Set;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionUpdate;
import org.cxcadence.domain.Attendance;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.MinutesRecord;
import org.cxcadence.domain.Workspace;
import org.cxcadence.store.MeetingRepository;
import org.cxcadence.store.SearchRepository;
import org.cxcadence.store.SessionFacts;

/**
 * History: every session held, newest first, filtered by series, dates, topic area and person; and
 * full-text search over titles, notes, decisions and actions with highlighted snippets.
 */
public final class HistoryService {
    /** Enough hits for a person to scan; refine the words for more. */
    public static final int SEARCH_LIMIT = 200;

    private final SearchRepository search;
    private final OpenWorkspace workspace;
    private final MeetingRepository meetings;

    public HistoryService(OpenWorkspace workspace) {
        this.workspace = workspace;
        this.search = new SearchRepository(workspace.database());
        this.meetings = new MeetingRepository(workspace.database());
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

    /**
     * The History list's read model: the lists (series, topic areas, people, minutes records), every
     * session as a header, and each session's {@link SessionFacts} (counts, topic areas, people)
     * gathered in SQL instead of reading every agenda and action.
     */
    public record Listing(Workspace lists, Map<String, SessionFacts> facts) {
        public Listing {
            facts = Map.copyOf(facts);
        }

        /** The same read model computed from a whole workspace. */
        public static Listing of(Workspace w) {
            Map<String, SessionFacts> facts = new HashMap<>();
            Map<String, Integer> raised = new HashMap<>();
            Map<String, Set<String>> people = new HashMap<>();
            for (ActionItem a : w.actionItems()) {
                if (a.meetingId() != null) {
                    raised.merge(a.meetingId(), 1, Integer::sum);
                    people.computeIfAbsent(a.meetingId(), k -> new HashSet<>()).add(a.ownerId());
                }
                for (ActionUpdate u : a.updates()) {
                    if (u.meetingId() != null) {
                        people.computeIfAbsent(u.meetingId(), k -> new HashSet<>()).add(a.ownerId());
                    }
                }
            }
            for (Meeting m : w.meetings()) {
                Set<String> topics = new HashSet<>();
                Set<String> who = people.computeIfAbsent(m.id(), k -> new HashSet<>());
                m.attendance().stream().filter(Attendance::present).forEach(x -> who.add(x.personId()));
                for (AgendaItem a : m.agenda()) {
                    if (a.topicAreaId() != null) {
                        topics.add(a.topicAreaId());
                    }
                    if (a.presenterId() != null) {
                        who.add(a.presenterId());
                    }
                }
                facts.put(m.id(), new SessionFacts(m.id(), m.agenda().size(),
                        m.agenda().stream().mapToInt(a -> a.decisions().size()).sum(), raised.getOrDefault(m.id(), 0),
                        topics, who));
            }
            return new Listing(w, facts);
        }

        SessionFacts factsOf(Meeting m) {
            return facts.getOrDefault(m.id(), new SessionFacts(m.id(), 0, 0, 0, Set.of(), Set.of()));
        }
    }

    /** The History list's read model, read from the file: lists and session headers, facts counted in SQL. */
    public Listing listing() {
        return new Listing(workspace.listsAndSessionHeaders(), meetings.historyFacts());
    }

    /** Sessions that have been held or are under way (future drafts are Prepare's), newest first. */
    public static List<SessionSummary> sessions(Workspace w, Filter filter, LocalDate today) {
        return sessions(Listing.of(w), filter, today);
    }

    /** {@link #sessions(Workspace, Filter, LocalDate)} from the read model. */
    public static List<SessionSummary> sessions(Listing listing, Filter filter, LocalDate today) {
        Workspace w = listing.lists();
        Map<String, MeetingSeries> series = new HashMap<>();
        w.series().forEach(s -> series.put(s.id(), s));
        Map<String, MinutesRecord> records = new HashMap<>();
        w.minutes().forEach(r -> records.put(r.meetingId(), r));
        List<SessionSummary> out = new ArrayList<>();
        w.meetings().stream()
                .filter(m -> isHistory(m, today))
                .filter(m -> matches(m, filter, listing.factsOf(m)))
                .sorted(Comparator.comparing(Meeting::start).reversed().thenComparing(Meeting::id))
                .forEach(m -> {
                    MeetingSeries s = m.seriesId() == null ? null : series.get(m.seriesId());
                    MinutesRecord r = records.getOrDefault(m.id(), MinutesRecord.empty(m.id()));
                    SessionFacts f = listing.factsOf(m);
                    out.add(new SessionSummary(m.id(), m.title(), s == null ? null : s.name(), m.start(), m.status(),
                            m.rating(), f.agendaItems(), f.decisions(), f.actionsRaised(), r.sentAt() != null,
                            r.corrections().size()));
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
        Workspace one = new Workspace(w.settings(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(m),
                w.actionItems().stream().filter(a -> m.id().equals(a.meetingId())
                        || a.updates().stream().anyMatch(u -> m.id().equals(u.meetingId()))).toList(), List.of());
        return matches(m, f, Listing.of(one).factsOf(m));
    }

    /** Whether the session (a header is enough) passes the filter, given its facts. */
    static boolean matches(Meeting m, Filter f, SessionFacts facts) {
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
        if (f.topicAreaId() != null && !facts.topicAreaIds().contains(f.topicAreaId())) {
            return false;
        }
        return f.personId() == null || facts.personIds().contains(f.personId());
    }

    /** Hits for what a person typed, best first, filtered through the History list's read model (none: unfiltered). */
    public List<SearchResult> searchIn(String query, Filter filter, Listing listing) {
        List<SearchRepository.Hit> hits = search.search(query, SEARCH_LIMIT);
        Map<String, Meeting> byId = new HashMap<>();
        if (listing != null) {
            listing.lists().meetings().forEach(m -> byId.put(m.id(), m));
        }
        List<SearchResult> out = new ArrayList<>();
        for (SearchRepository.Hit h : hits) {
            if (filter != null && !filter.isEmpty() && listing != null) {
                Meeting m = h.meetingId() == null ? null : byId.get(h.meetingId());
                if (m == null || !matches(m, filter, listing.factsOf(m))) {
                    continue;
                }
            }
            out.add(new SearchResult(h.kind(), h.refId(), h.meetingId(), h.meetingTitle(), h.meetingStart(),
                    context(h), parts(h.snippet())));
        }
        return out;
    }

    /** Hits for what a person typed, best first; never fails on odd input. Filtered when a filter and a snapshot are given. */
    public List<SearchResult> search(String query, Filter filter, Workspace snapshotForFilter) {
        return searchIn(query, filter, snapshotForFilter == null ? null : Listing.of(snapshotForFilter));
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
