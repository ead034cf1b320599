package org.cxcadence.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;

import org.cxcadence.domain.CarryForward;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.Workspace;
import org.cxcadence.store.Database;
import org.cxcadence.store.WorkspaceStore;
import org.cxcadence.store.WorkspaceStore.ActionPick;
import org.cxcadence.store.WorkspaceStore.SessionPick;

/**
 * A workspace file opened by this process, for writing (holding the single-writer lock) or for
 * reading beside another writer. Closing it checkpoints the WAL and releases the lock.
 */
public final class OpenWorkspace implements AutoCloseable {
    private final Database database;
    private final WorkspaceStore store;

    OpenWorkspace(Database database) {
        this.database = database;
        this.store = new WorkspaceStore(database);
    }

    public Path file() {
        return database.file();
    }

    public boolean isReadOnly() {
        return database.isReadOnly();
    }

    /** Everything in the workspace as one consistent snapshot. */
    public Workspace snapshot() {
        return store.load();
    }

    /** {@link #snapshot()} a part at a time, in one consistent snapshot ({@link WorkspaceStore#readInParts}). */
    public void readInParts(int partSize, WorkspaceStore.Parts parts) {
        store.readInParts(partSize, parts);
    }

    /**
     * The part of the workspace Home shows (open actions, sessions to come and the latest ones
     * held, metrics, people), read without loading years of agenda items and closed actions:
     * {@code HomeSummaryBuilder.build} gives the same summary from it as from {@link #snapshot()}.
     */
    public Workspace homeView() {
        return store.loadHome(HOME_RECENT_SESSIONS);
    }

    /**
     * Home's summary kept for {@code day} by this build of the app, present only while nothing has been
     * written since it was kept (docs/decisions/0010); the bytes are {@code HomeSummaryCodec}'s. None when
     * the build is not known ({@link AppInfo#build}).
     */
    public Optional<byte[]> keptHomeSummary(LocalDate day) {
        return AppInfo.build().flatMap(build -> database.keptHomeSummary(day, build));
    }

    /** The days for which this build has kept Home's summary (none when the build is not known). */
    public Set<LocalDate> daysWithKeptHomeSummary() {
        return AppInfo.build().map(database::daysWithKeptHomeSummary).orElse(Set.of());
    }

    /** Taken before Home's read whose summary is to be kept: {@link #keepHomeSummaries} keeps it only if nothing was written since. */
    public long writeMark() {
        return database.writeMark();
    }

    /**
     * Queues keeping Home's summaries (one per day) built from a read begun after {@code mark}, unless a
     * write of content came since; completes with whether they were kept (never when read-only or when the
     * build is not known).
     */
    public CompletableFuture<Boolean> keepHomeSummaries(long mark, SortedMap<LocalDate, byte[]> byDay) {
        return AppInfo.build().map(build -> database.keepHomeSummaries(mark, build, byDay))
                .orElseGet(() -> CompletableFuture.completedFuture(false));
    }

    /**
     * Every list but sessions and actions (none of either): settings, people, topic areas, stages,
     * segments, series, metrics with their values, templates, minutes records, the program. What the
     * Metrics screen and Prepare's lists read.
     */
    public Workspace listsView() {
        return store.loadPart(SessionPick.noSessions(), headers -> ActionPick.none());
    }

    /** {@link #listsView()} with metrics without their values: Prepare's lists (series, templates, people, topic areas). */
    public Workspace listsWithoutMetricValues() {
        return store.loadPart(SessionPick.noSessions().withoutMetricValues(), headers -> ActionPick.none());
    }

    /**
     * {@link #listsView()} with every session as a header (no agendas, no actions) and metrics without
     * their values (the list shows none): the History list's lists.
     */
    public Workspace listsAndSessionHeaders() {
        return store.loadPart(SessionPick.headersOnly().withoutMetricValues(), headers -> ActionPick.none());
    }

    /**
     * What Prepare shows of one session: every session as a header, whole the session itself, the
     * sessions its carry-forward reads ({@link CarryForward#sessionsRead}) and those its carried items
     * came from; the open actions; each metric with the values of its latest periods where those decide
     * its off-target lines ({@link org.cxcadence.domain.MetricWindow}), else all of them, as Home reads
     * them. {@code CarryForward.propose} and {@code reasonFor} give from it what they give from
     * {@link #snapshot()}.
     */
    public Workspace sessionDraftView(String meetingId) {
        return store.loadPart(SessionPick.of(headers -> headers.stream().filter(m -> m.id().equals(meetingId))
                        .findFirst().<Collection<String>>map(t -> CarryForward.sessionsRead(headers, t))
                        .orElse(List.of())).withCarriedSources().withRecentMetricValues(),
                headers -> ActionPick.open());
    }

    /** Like {@link #sessionDraftView(String)}, also for a session not stored (yet): one being drafted. */
    public Workspace sessionDraftView(Meeting target) {
        return store.loadPart(SessionPick.of(headers -> CarryForward.sessionsRead(headers, headers.stream()
                        .filter(m -> m.id().equals(target.id())).findFirst().orElse(target))).withCarriedSources()
                        .withRecentMetricValues(),
                headers -> ActionPick.open());
    }

    /**
     * What Run shows while a session is held: every session as a header, that session whole, the
     * open actions and those raised in it or updated in it; no session ({@code null}): headers and
     * open actions. Metrics with their recent values, as Home reads them ({@link
     * org.cxcadence.domain.MetricWindow}, which also keeps the twelve periods the glance draws).
     */
    public Workspace liveSessionView(String meetingId) {
        if (meetingId == null) {
            return store.loadPart(SessionPick.headersOnly().withRecentMetricValues(), headers -> ActionPick.open());
        }
        return store.loadPart(SessionPick.of(headers -> List.of(meetingId)).withRecentMetricValues(),
                headers -> ActionPick.openOrOfSession(meetingId));
    }

    /**
     * What the Actions screen reads: every session as a header (titles, the stall rule), no agendas;
     * the open actions and those made or closed since {@code since} ({@link
     * org.cxcadence.domain.Scorecard#earliestDayCounted}), or every action when {@code since} is null.
     * Metrics without their values: the board shows none.
     */
    public Workspace actionsView(java.time.LocalDate since) {
        return store.loadPart(SessionPick.headersOnly().withoutMetricValues(),
                headers -> since == null ? ActionPick.all() : ActionPick.openOrTouchedSince(since));
    }

    /**
     * What the Actions screen reads once done or all is chosen: {@link #actionsView} for {@code since}
     * and the {@code closedLimit} most recently closed actions besides, never every action.
     */
    public Workspace actionsView(java.time.LocalDate since, int closedLimit) {
        return store.loadPart(SessionPick.headersOnly().withoutMetricValues(),
                headers -> ActionPick.openOrTouchedSinceAndNewestClosed(since, closedLimit));
    }

    /** How many actions are closed (done or dropped). */
    public int closedActionCount() {
        return store.countClosedActions();
    }

    /**
     * What the minutes of one session read: every session as a header, that one whole (a session id,
     * or {@code latest}: the latest completed), and the actions its minutes can show
     * ({@link ActionPick#forMinutes}); with a scorecard, also those it counts from
     * {@code scorecardFrom.apply(day)} on (every action when that gives null). Metric values only of
     * the periods before those in the session's snapshot (the change the minutes print), not all of them.
     */
    public Workspace minutesView(String ref, boolean scorecard,
                                 java.util.function.UnaryOperator<java.time.LocalDate> scorecardFrom) {
        java.util.function.Function<List<Meeting>, java.util.Optional<Meeting>> session = headers ->
                "latest".equalsIgnoreCase(ref == null ? "" : ref.strip())
                        ? org.cxcadence.domain.minutes.MinutesBuilder.latestCompleted(headers)
                        : headers.stream().filter(m -> m.id().equals(ref == null ? "" : ref.strip())).findFirst();
        return store.loadPart(SessionPick.of(headers -> session.apply(headers).map(m -> List.of(m.id())).orElse(List.of()))
                        .withSnapshotValuesOnly(),
                headers -> session.apply(headers).map(m -> {
                    java.time.LocalDate day = m.start().toLocalDate();
                    java.time.LocalDate since = org.cxcadence.domain.minutes.MinutesBuilder.reviewSince(headers, m);
                    if (!scorecard) {
                        return ActionPick.forMinutes(m.id(), since, null);
                    }
                    java.time.LocalDate from = scorecardFrom.apply(day);
                    return from == null ? ActionPick.all() : ActionPick.forMinutes(m.id(), since, from);
                }).orElse(ActionPick.none()));
    }

    /**
     * What the Program screen reads: every session as a header (sessions held per series), the open
     * actions (to link to a milestone) and those serving a milestone (named on the road map); metrics
     * without their values (the program shows none).
     */
    public Workspace programView() {
        return store.loadPart(SessionPick.headersOnly().withoutMetricValues(), headers -> ActionPick.openOrServingMilestones());
    }

    /** How many of the latest completed sessions Home lists (HomeSummaryBuilder takes it from here). */
    public static final int HOME_RECENT_SESSIONS = 5;

    public boolean hasUserContent() {
        return store.hasUserContent();
    }

    /** For services in sub-packages; the UI never sees storage (LayeringTest). */
    public Database database() {
        return database;
    }

    WorkspaceStore store() {
        return store;
    }

    @Override
    public void close() {
        database.close();
    }
}
