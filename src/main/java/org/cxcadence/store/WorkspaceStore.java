package org.cxcadence.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.JourneyStage;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.domain.Workspace;

/**
 * The whole workspace at once: what export reads and what import and demo write. Lists come back
 * in the order they were written, so an export after an import gives the same arrays.
 */
public final class WorkspaceStore {
    /** The five competencies of customer-driven growth, the default topic areas (PRODUCT.md). */
    public static final List<String> DEFAULT_TOPIC_AREAS = List.of(
            "Honor and manage customers as assets",
            "Align around experience",
            "Build a customer listening path",
            "Proactive experience reliability and innovation",
            "One-company leadership, accountability and culture");
    /** Journey stages named from the customer's side, a starting point the user renames. */
    public static final List<String> DEFAULT_JOURNEY_STAGES = List.of("Choose", "Join", "Use", "Get help", "Renew");

    /** Children first, so that nothing is left pointing at a deleted parent mid-way. */
    private static final List<String> TABLES_CHILDREN_FIRST = List.of(
            "readiness_checks", "sponsor_answers", "sponsor_check_ins", "sponsor_questions", "maturity_levels",
            "milestone_actions", "milestones",
            "live_state", "minutes_corrections", "minutes_records", "calendar_invitations", "agenda_template_sections",
            "agenda_templates", "metric_snapshot", "metric_values", "action_updates", "action_items", "decisions",
            "agenda_links",
            "agenda_items", "attendance", "meetings", "series_attendees", "series", "metrics", "segments",
            "journey_stages", "topic_areas", "people", "settings");

    private final Database db;

    public WorkspaceStore(Database db) {
        this.db = db;
    }

    public Workspace load() {
        return db.readInParallel(c -> new SessionsRead(MeetingRows.listAll(c), ActionItemRows.listAll(c)),
                c -> lists(c, MetricRows.listAll(c)), SessionsRead::into);
    }

    /**
     * The whole workspace as {@link #load()} gives it, a part at a time, in one read transaction (one
     * consistent snapshot): every list but sessions and actions first (metrics with all their values),
     * then the sessions whole and the actions with their updates, {@code partSize} at a time and in
     * their order. For writing a decade out without holding it: each part may be let go once handed on.
     * What {@code parts} throws ends the read and is thrown from here.
     */
    public void readInParts(int partSize, Parts parts) {
        db.read(c -> {
            parts.lists(lists(c, MetricRows.listAll(c)));
            for (List<String> ids : inParts(Sql.queryStrings(c, "SELECT id FROM meetings ORDER BY list_order, id"), partSize)) {
                parts.sessions(MeetingRows.listByIds(c, ids));
            }
            for (List<String> ids : inParts(Sql.queryStrings(c, "SELECT id FROM action_items ORDER BY list_order, id"), partSize)) {
                parts.actions(ActionItemRows.listWhere(c, "id IN (SELECT value FROM json_each(?))", Children.jsonArray(ids)));
            }
            return null;
        });
    }

    /** Where {@link #readInParts} hands the workspace on; called on the reading thread, in this order. */
    public interface Parts {
        /** Every list but sessions and actions (those are empty here). */
        void lists(Workspace lists);

        /** The next sessions, whole. */
        void sessions(List<Meeting> sessions);

        /** The next actions, with their updates. */
        void actions(List<ActionItem> actions);
    }

    private static List<List<String>> inParts(List<String> ids, int size) {
        List<List<String>> parts = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += size) {
            parts.add(ids.subList(from, Math.min(ids.size(), from + size)));
        }
        return parts;
    }

    /**
     * What Home reads, without the decade of history it does not show: every list in full except
     * sessions and actions. Sessions are all there as headers (so schedules and the stall rule see
     * every session), with attendance, agenda and snapshot only for sessions not yet held and for
     * the {@code recentCompleted} latest completed ones; actions are the open ones and those raised
     * in those recent sessions, with their updates.
     */
    public Workspace loadHome(int recentCompleted) {
        java.util.function.Function<List<Meeting>, List<String>> recent = headers -> headers.stream()
                .filter(m -> m.status() == MeetingStatus.COMPLETED)
                .sorted(Comparator.comparing(Meeting::start).reversed()).limit(recentCompleted)
                .map(Meeting::id).toList();
        return loadPart(SessionPick.of(headers -> {
            Set<String> full = new LinkedHashSet<>();
            headers.stream().filter(m -> m.status().isPending()).forEach(m -> full.add(m.id()));
            full.addAll(recent.apply(headers));
            return full;
        }).withRecentMetricValues(), headers -> ActionPick.openOrRaisedIn(recent.apply(headers)));
    }

    /**
     * Part of the workspace, for a screen that does not show the decade of history: every other list
     * in full; sessions and actions as {@code sessions} and {@code actions} pick them, in one read
     * transaction. Lists keep the order of {@link #load()}, so a rule judged on the part gives what
     * it gives on the whole workspace as long as it only looks at what was picked.
     *
     * @param actions chooses the actions (with their updates) once the session headers are known
     */
    public Workspace loadPart(SessionPick sessions, java.util.function.Function<List<Meeting>, ActionPick> actions) {
        if (sessions.snapshotValuesOnly()) {
            // Metric values chosen by the sessions read: one connection, one after the other.
            return db.read(c -> {
                SessionsRead read = sessionsAndActions(c, sessions, actions, null);
                return read.into(lists(c, MetricRows.listAll(c, periodsBeforeSnapshots(read.meetings()))));
            });
        }
        if (sessions.noMetricValues()) {
            // No metric values: the actions and their updates are most of the read (the Actions board reads
            // 25,000 of each); the updates go to the other connection with the lists, which picks the same
            // actions from its own read of the headers.
            return db.readInParallel(c -> sessionsAndActions(c, sessions, actions, Map.of()),
                    c -> new ListsAndUpdates(lists(c, MetricRows.listAll(c, Set.of())), updatesOf(c, sessions, actions)),
                    (read, other) -> read.withUpdates(other.updates()).into(other.lists()));
        }
        if (sessions.none() && !sessions.recentMetricValues()) {
            // No sessions: metric values are most of the read (72,000 in the large workspace): half of
            // them on each connection.
            return db.readInParallel(MetricRows::valuesBeforeMiddle, c -> lists(c, MetricRows.listWithValuesFromMiddle(c)),
                    (before, lists) -> lists.withMetrics(MetricRows.withValues(lists.metrics(), before)));
        }
        // Sessions with actions, and metric values with the other lists: about as long as each other, so
        // read at once on two connections.
        return db.readInParallel(c -> sessionsAndActions(c, sessions, actions, null),
                c -> lists(c, sessions.recentMetricValues() ? MetricRows.listRecent(c) : MetricRows.listAll(c)),
                SessionsRead::into);
    }

    /** Sessions (headers, and whole where picked) and actions with their updates: one half of a read. */
    private record SessionsRead(List<Meeting> meetings, List<ActionItem> actions) {
        Workspace into(Workspace lists) {
            return lists.withMeetings(meetings).withActionItems(actions);
        }

        /** The actions with the updates read apart from them. */
        SessionsRead withUpdates(Map<String, List<org.cxcadence.domain.ActionUpdate>> updates) {
            return new SessionsRead(meetings, actions.stream()
                    .map(a -> updates.containsKey(a.id()) ? a.withUpdates(updates.get(a.id())) : a).toList());
        }
    }

    /** The other half of a read whose actions' updates were read apart: the lists, and the updates by action. */
    private record ListsAndUpdates(Workspace lists, Map<String, List<org.cxcadence.domain.ActionUpdate>> updates) {
    }

    /** The updates of the actions {@code actions} picks, from this connection's own read of the headers. */
    private static Map<String, List<org.cxcadence.domain.ActionUpdate>> updatesOf(
            Connection c, SessionPick sessions, java.util.function.Function<List<Meeting>, ActionPick> actions)
            throws SQLException {
        ActionPick pick = actions.apply(sessions.none() ? List.of() : MeetingRows.listHeaders(c));
        return pick.isAll() ? ActionItemRows.updatesWhere(c, "1")
                : pick.where() == null ? Map.of() : ActionItemRows.updatesWhere(c, pick.where(), pick.params());
    }

    /**
     * @param updates the actions' updates when read apart ({@code Map.of()}: leave them empty for now), or
     *                {@code null} to read them here
     */
    private static SessionsRead sessionsAndActions(Connection c, SessionPick sessions,
                                                   java.util.function.Function<List<Meeting>, ActionPick> actions,
                                                   Map<String, List<org.cxcadence.domain.ActionUpdate>> updates)
            throws SQLException {
        List<Meeting> headers = sessions.none() ? List.of() : MeetingRows.listHeaders(c);
        List<Meeting> meetings = headers;
        if (!headers.isEmpty()) {
            Set<String> full = new LinkedHashSet<>(sessions.chooser().apply(headers));
            if (sessions.carriedSources() && !full.isEmpty()) {
                full.addAll(Sql.queryStrings(c, """
                        SELECT DISTINCT meeting_id FROM agenda_items WHERE id IN (
                            SELECT carried_from_id FROM agenda_items
                            WHERE meeting_id IN (SELECT value FROM json_each(?)) AND carried_from_id IS NOT NULL)""",
                        Children.jsonArray(full)));
            }
            Map<String, Meeting> loaded = new HashMap<>();
            MeetingRows.listByIds(c, full).forEach(m -> loaded.put(m.id(), m));
            meetings = headers.stream().map(m -> loaded.getOrDefault(m.id(), m)).toList();
        }
        ActionPick pick = actions.apply(headers);
        List<ActionItem> items;
        if (updates == null) {
            items = pick.isAll() ? ActionItemRows.listAll(c)
                    : pick.where() == null ? List.of() : ActionItemRows.listWhere(c, pick.where(), pick.params());
        } else {
            items = pick.isAll() ? ActionItemRows.listWhere(c, updates, "1")
                    : pick.where() == null ? List.of() : ActionItemRows.listWhere(c, updates, pick.where(), pick.params());
        }
        return new SessionsRead(meetings, items);
    }

    /** Every list but sessions and actions (empty here), with {@code metrics}: the other half of a read. */
    private static Workspace lists(Connection c, List<Metric> metrics) throws SQLException {
        return new Workspace(SettingsRows.load(c), PersonRepository.listAll(c),
                TopicAreaRepository.listAll(c), JourneyStageRepository.listAll(c), SegmentRepository.listAll(c),
                SeriesRows.listAll(c), List.of(), List.of(), metrics,
                AgendaTemplateRows.listAll(c), AgendaTemplateRows.listInvitations(c), MinutesRows.listAll(c),
                ProgramRows.listMilestones(c), ProgramRows.listMaturity(c), ProgramRows.listQuestions(c),
                ProgramRows.listCheckIns(c), ProgramRows.listReadinessChecks(c));
    }

    /** The period before each of the sessions' metric snapshot entries (what the minutes compare a value with). */
    private static Set<String> periodsBeforeSnapshots(List<Meeting> meetings) {
        Set<String> periods = new java.util.TreeSet<>();
        for (Meeting m : meetings) {
            for (org.cxcadence.domain.MetricSnapshotEntry e : m.metricSnapshot()) {
                try {
                    periods.add(org.cxcadence.domain.Period.parse(e.period()).previous().toString());
                } catch (RuntimeException notAPeriod) {
                    // the minutes show no change for it either
                }
            }
        }
        return periods;
    }

    /**
     * Which sessions a part reads whole (attendance, agenda with links and decisions, snapshot),
     * chosen from every session's header; the others stay headers.
     *
     * @param carriedSources     also read whole the sessions the chosen ones' items were carried from
     * @param none               no sessions at all, not even headers (screens that show none)
     * @param snapshotValuesOnly metric values only of the periods just before those in the chosen sessions'
     *                           metric snapshots (the minutes' "change"), not every value of every metric
     * @param noMetricValues     metrics as definitions without any value (screens that show no values:
     *                           72,000 values in the large workspace are ~100 MB of heap per cached part)
     * @param recentMetricValues each metric's latest periods only, or all its values where those cannot decide
     *                           its latest value and off-target judgement (Home; {@code MetricWindow})
     */
    public record SessionPick(java.util.function.Function<List<Meeting>, java.util.Collection<String>> chooser,
                              boolean carriedSources, boolean none, boolean snapshotValuesOnly,
                              boolean noMetricValues, boolean recentMetricValues) {
        public static SessionPick of(java.util.function.Function<List<Meeting>, java.util.Collection<String>> chooser) {
            return new SessionPick(chooser, false, false, false, false, false);
        }

        public static SessionPick headersOnly() {
            return of(headers -> List.of());
        }

        public static SessionPick noSessions() {
            return new SessionPick(headers -> List.of(), false, true, false, false, false);
        }

        public SessionPick withCarriedSources() {
            return new SessionPick(chooser, true, none, snapshotValuesOnly, noMetricValues, recentMetricValues);
        }

        public SessionPick withSnapshotValuesOnly() {
            return new SessionPick(chooser, carriedSources, none, true, noMetricValues, recentMetricValues);
        }

        public SessionPick withoutMetricValues() {
            return new SessionPick(chooser, carriedSources, none, snapshotValuesOnly, true, recentMetricValues);
        }

        public SessionPick withRecentMetricValues() {
            return new SessionPick(chooser, carriedSources, none, snapshotValuesOnly, noMetricValues, true);
        }
    }

    /** Which actions a part reads, with their updates. The SQL stays in this package. */
    public static final class ActionPick {
        private static final String OPEN = "status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED')";
        private final String where;
        private final String[] params;
        private final boolean all;

        private ActionPick(String where, boolean all, String... params) {
            this.where = where;
            this.all = all;
            this.params = params;
        }

        String where() {
            return where;
        }

        String[] params() {
            return params;
        }

        boolean isAll() {
            return all;
        }

        public static ActionPick none() {
            return new ActionPick(null, false);
        }

        public static ActionPick all() {
            return new ActionPick(null, true);
        }

        /** Open, in progress or blocked. */
        public static ActionPick open() {
            return new ActionPick(OPEN, false);
        }

        /** The open ones and those serving a milestone (the Program screen's road map and its link picker). */
        public static ActionPick openOrServingMilestones() {
            return new ActionPick(OPEN + " OR id IN (SELECT action_id FROM milestone_actions)", false);
        }

        /** The open ones and those raised in the sessions named (their meeting_id). */
        public static ActionPick openOrRaisedIn(java.util.Collection<String> meetingIds) {
            return new ActionPick(OPEN + " OR meeting_id IN (SELECT value FROM json_each(?))", false,
                    Children.jsonArray(meetingIds));
        }

        /**
         * The open ones and every action made, closed or given a DONE update on or after {@code since}
         * (an ISO date): what a scorecard of windows from that day on counts. "Made" is the day of
         * created_at, else of the session it was raised in; "closed" the day of completed_at, else of
         * its last DONE update (Scorecard's definitions). Timestamps are ISO text, so the first ten
         * characters are their own local day.
         */
        public static ActionPick openOrTouchedSince(java.time.LocalDate since) {
            return new ActionPick(OPEN + TOUCHED_SINCE, false, since.toString());
        }

        /**
         * {@link #openOrTouchedSince} and the {@code closedLimit} closed actions (done or dropped) closed
         * most recently (completed_at, else created_at; newest first, the id breaking ties): what the
         * board's done and all filters read, a page at a time, instead of every action of the decade.
         */
        public static ActionPick openOrTouchedSinceAndNewestClosed(java.time.LocalDate since, int closedLimit) {
            return new ActionPick(OPEN + TOUCHED_SINCE + " OR id IN (" + newestClosed(closedLimit) + ")", false,
                    since.toString());
        }

        /** The ids of the {@code limit} closed actions closed most recently (a top-N sort, not every row). */
        static String newestClosed(int limit) {
            return "SELECT id FROM action_items WHERE NOT (" + OPEN + ")"
                    + " ORDER BY coalesce(completed_at, created_at) DESC, id DESC LIMIT " + Math.max(0, limit);
        }

        /*
         * Plain comparisons, not substr(): an ISO timestamp is at or after an ISO day exactly when its
         * first ten characters are ("2026-01-01T08:30-05:00" >= "2026-01-01"), and a plain comparison can
         * search action_items_created / action_items_completed / action_updates_date instead of scanning
         * every action (SQLite's multi-index OR: every term must be able to use an index). The unary +
         * keeps the last term on the id index (the few actions given a DONE update since) rather than on
         * action_items_status for the ~190,000 done ones.
         */
        private static final String TOUCHED_SINCE = " OR created_at >= ?1"
                + " OR completed_at >= ?1"
                + " OR (created_at IS NULL AND meeting_id IN (SELECT id FROM meetings WHERE start >= ?1))"
                + " OR (+completed_at IS NULL AND +status = 'DONE' AND id IN"
                + " (SELECT action_item_id FROM action_updates WHERE status = 'DONE' AND date >= ?1))";

        /**
         * The open ones and those raised in a session, on one of its items, or given an update in it:
         * what a live session and its minutes show of actions.
         */
        public static ActionPick openOrOfSession(String meetingId) {
            return new ActionPick(OPEN + OF_SESSION, false, meetingId);
        }

        private static final String OF_SESSION = " OR meeting_id = ?1"
                + " OR agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = ?1)"
                + " OR id IN (SELECT action_item_id FROM action_updates WHERE meeting_id = ?1)";

        /**
         * What a session's minutes look at: {@link #openOrOfSession}, those closed or updated after
         * {@code reviewSince} (the open-action review judges actions as they stood on the day, so any
         * action changed since may have been open, done or overdue then), and, when the minutes have a
         * scorecard, those made or closed from {@code scorecardFrom} on ({@link #openOrTouchedSince}).
         */
        public static ActionPick forMinutes(String meetingId, java.time.LocalDate reviewSince,
                                            java.time.LocalDate scorecardFrom) {
            // closed or updated after the day: on or after the next day (plain comparisons, see TOUCHED_SINCE)
            String where = OPEN + OF_SESSION
                    + " OR completed_at >= ?2"
                    + " OR id IN (SELECT action_item_id FROM action_updates WHERE date >= ?2)";
            String after = reviewSince.plusDays(1).toString();
            if (scorecardFrom == null) {
                return new ActionPick(where, false, meetingId, after);
            }
            return new ActionPick(where + TOUCHED_SINCE.replace("?1", "?3"), false, meetingId, after,
                    scorecardFrom.toString());
        }
    }

    /** How many actions are closed (done or dropped): whether the board's done and all pages have more to show. */
    public int countClosedActions() {
        return db.read(c -> Sql.queryInt(c, "SELECT count(*) FROM action_items WHERE NOT (" + ActionPick.OPEN + ")"));
    }

    /**
     * Replaces everything in the workspace with {@code workspace}, in one transaction: either all
     * of it is stored or (on any error, a dangling reference included) nothing changes.
     */
    public void replaceAll(Workspace workspace) {
        db.write(c -> {
            deleteAll(c);
            SettingsRows.save(c, workspace.settings());
            PersonRepository.insertAll(c, workspace.people());
            TopicAreaRepository.insertAll(c, workspace.topicAreas());
            JourneyStageRepository.insertAll(c, workspace.journeyStages());
            SegmentRepository.insertAll(c, workspace.segments());
            SeriesRows.insertAll(c, workspace.series());
            MeetingRows.insertAll(c, workspace.meetings());
            ActionItemRows.insertAll(c, workspace.actionItems());
            MetricRows.insertAll(c, workspace.metrics());
            AgendaTemplateRows.insertAll(c, workspace.agendaTemplates());
            AgendaTemplateRows.insertInvitations(c, workspace.invitations());
            MinutesRows.insertAll(c, workspace.minutes());
            ProgramRows.insertMilestones(c, workspace.milestones());
            ProgramRows.insertMaturity(c, workspace.maturity());
            ProgramRows.insertQuestions(c, workspace.sponsorQuestions());
            ProgramRows.insertCheckIns(c, workspace.checkIns());
            ProgramRows.insertReadinessChecks(c, workspace.readinessChecks());
        });
    }

    /** People, sessions, actions or metric values present: import and demo refuse such a workspace. */
    public boolean hasUserContent() {
        return db.read(c -> Sql.queryInt(c, """
                SELECT EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM meetings)
                    OR EXISTS (SELECT 1 FROM action_items) OR EXISTS (SELECT 1 FROM metric_values)""") == 1);
    }

    /**
     * Gives a new workspace its starting lists: the five competencies as topic areas and the starter
     * journey stages, with fresh UUIDs. A list that already has entries is left alone.
     */
    public void initialiseDefaults() {
        initialiseDefaults(List.of());
    }

    /** Like {@link #initialiseDefaults()}, and offers {@code starterMetrics} when there are no metrics yet. */
    public void initialiseDefaults(List<org.cxcadence.domain.Metric> starterMetrics) {
        db.write(c -> {
            if (isEmpty(c, "metrics")) {
                MetricRows.insertAll(c, starterMetrics);
            }
            if (isEmpty(c, "topic_areas")) {
                TopicAreaRepository.insertAll(c, numbered(DEFAULT_TOPIC_AREAS,
                        (name, position) -> new TopicArea(UUID.randomUUID().toString(), name, position, false)));
            }
            if (isEmpty(c, "journey_stages")) {
                JourneyStageRepository.insertAll(c, numbered(DEFAULT_JOURNEY_STAGES,
                        (name, position) -> new JourneyStage(UUID.randomUUID().toString(), name, position)));
            }
        });
    }

    private interface Numbered<T> {
        T create(String name, int position);
    }

    private static <T> List<T> numbered(List<String> names, Numbered<T> factory) {
        return java.util.stream.IntStream.range(0, names.size())
                .mapToObj(i -> factory.create(names.get(i), i + 1))
                .toList();
    }

    private static boolean isEmpty(Connection c, String table) throws SQLException {
        return Sql.queryInt(c, "SELECT NOT EXISTS (SELECT 1 FROM " + table + ")") == 1;
    }

    private static void deleteAll(Connection c) throws SQLException {
        for (String table : TABLES_CHILDREN_FIRST) {
            Sql.execute(c, "DELETE FROM " + table);
        }
    }
}
