package org.cxcadence.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One open workspace file. The open sequence protects the user's data before anything else:
 * <ol>
 *   <li>read the SQLite header ourselves and refuse a missing, foreign, newer or damaged file
 *       before SQLite touches it or its side files;</li>
 *   <li>for {@link Mode#WRITE}, take the single-writer lock on {@code NAME.cxcadence.lock};</li>
 *   <li>open with SQLite (never with the CREATE flag), WAL, {@code synchronous=FULL}, foreign keys on;</li>
 *   <li>take a verified backup, then migrate, when the file is of an older format.</li>
 * </ol>
 * Writes go through one writer thread ({@link #inTransaction}, {@link #submit}); reads through
 * their own read-only connections ({@link #read}).
 */
public final class Database implements AutoCloseable {

    public enum Mode { WRITE, READ_ONLY }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Database.class.getName());
    private static final int READ_CONNECTIONS = 2;

    private final Path file;
    private final Path registryKey;
    private final Mode mode;
    private final WorkspaceLock lock;
    private final WriteQueue writer;
    private final ReadConnections readers;
    /** Whether the file has Home's kept summaries (V003); only files of tests' shorter migrations have not. */
    private final boolean keepsHomeSummaries;
    private boolean closed;

    private Database(Path file, Path registryKey, Mode mode, WorkspaceLock lock, WriteQueue writer,
                     ReadConnections readers, boolean keepsHomeSummaries) {
        this.file = file;
        this.registryKey = registryKey;
        this.mode = mode;
        this.lock = lock;
        this.writer = writer;
        this.readers = readers;
        this.keepsHomeSummaries = keepsHomeSummaries;
    }

    /** The schema version this app writes; files with a higher {@code user_version} are refused. */
    public static int latestSchemaVersion() {
        return Migrations.latestBundledVersion();
    }

    /**
     * Creates a new workspace at {@code file} and opens it for writing. Refuses when a non-empty
     * file is there (a 0-byte file, or a blank SQLite database without tables, counts as empty).
     * The schema is built in a temporary file beside it and renamed into place, so a crash leaves
     * either no workspace or a complete one.
     */
    public static Database create(Path file) throws WorkspaceOpenException {
        return create(file, Migrations.bundled());
    }

    public static Database openExisting(Path file, Mode mode) throws WorkspaceOpenException {
        return openExisting(file, mode, Migrations.bundled());
    }

    static Database create(Path file, Migrations migrations) throws WorkspaceOpenException {
        Path workspace = file.toAbsolutePath();
        Path key = OpenInThisProcess.key(workspace);
        synchronized (OpenInThisProcess.class) {
            if (OpenInThisProcess.isOpen(key)) {
                throw WorkspaceOpenException.alreadyExists(workspace);
            }
            refuseUnlessEmpty(workspace, migrations);
            OpenInThisProcess.register(key, true);
        }
        WorkspaceLock lock = null;
        try {
            lock = WorkspaceLock.acquire(workspace);
            refuseUnlessEmpty(workspace, migrations); // another process may have created it meanwhile
            buildInPlace(workspace, migrations);
            return openLocked(workspace, key, lock, migrations);
        } catch (WorkspaceOpenException | RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            OpenInThisProcess.unregister(key, true);
            throw e;
        }
    }

    static Database openExisting(Path file, Mode mode, Migrations migrations) throws WorkspaceOpenException {
        Path workspace = file.toAbsolutePath();
        Path key = OpenInThisProcess.key(workspace);
        boolean writing = mode == Mode.WRITE;
        synchronized (OpenInThisProcess.class) {
            if (writing && OpenInThisProcess.hasWriter(key)) {
                throw WorkspaceOpenException.locked(workspace);
            }
            // Already open here means already checked; reading the header again through a new
            // descriptor would drop this process's SQLite locks on the file when it is closed.
            if (!OpenInThisProcess.isOpen(key)) {
                refuseUnlessUsable(workspace, migrations);
            }
            OpenInThisProcess.register(key, writing);
        }
        WorkspaceLock lock = null;
        try {
            if (writing) {
                lock = WorkspaceLock.acquire(workspace);
                return openLocked(workspace, key, lock, migrations);
            }
            return openReadOnly(workspace, key, migrations);
        } catch (WorkspaceOpenException | RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            OpenInThisProcess.unregister(key, writing);
            throw e;
        }
    }

    private static void refuseUnlessEmpty(Path workspace, Migrations migrations) throws WorkspaceOpenException {
        SqliteHeader.State state = classify(workspace, migrations).state();
        if (state != SqliteHeader.State.MISSING && state != SqliteHeader.State.EMPTY) {
            throw WorkspaceOpenException.alreadyExists(workspace);
        }
    }

    private static void refuseUnlessUsable(Path workspace, Migrations migrations) throws WorkspaceOpenException {
        SqliteHeader.Classification verdict = classify(workspace, migrations);
        switch (verdict.state()) {
            case OK -> { }
            case MISSING -> throw WorkspaceOpenException.missing(workspace);
            case EMPTY -> throw WorkspaceOpenException.empty(workspace);
            case NOT_SQLITE -> throw WorkspaceOpenException.notSqlite(workspace);
            case FOREIGN_SQLITE -> throw WorkspaceOpenException.foreignSqlite(workspace);
            case NEWER -> throw WorkspaceOpenException.newer(workspace, verdict.userVersion(), migrations.latestVersion());
            case DAMAGED -> throw WorkspaceOpenException.damaged(workspace, verdict.detail());
        }
    }

    private static SqliteHeader.Classification classify(Path workspace, Migrations migrations) {
        try {
            return SqliteHeader.classify(workspace, migrations.latestVersion());
        } catch (IOException e) {
            throw new StoreException("cannot read " + workspace + ": " + e.getMessage(), e);
        }
    }

    /** Builds the schema in a temporary file, then renames it onto {@code workspace}. */
    private static void buildInPlace(Path workspace, Migrations migrations) {
        Path temp = workspace.resolveSibling("." + workspace.getFileName() + "." + UUID.randomUUID() + ".creating");
        try {
            try (Connection c = SqliteConnections.openForCreation(temp)) {
                Migrator.migrate(c, migrations, true);
                // Switch to WAL only now: the stamped header is already in the main file.
                Sql.queryInt(c, "PRAGMA journal_mode = WAL");
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            OwnerOnly.file(temp);
            Files.move(temp, workspace, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot create " + workspace + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(WorkspaceFiles.walFile(temp));
            deleteQuietly(WorkspaceFiles.shmFile(temp));
            deleteQuietly(WorkspaceFiles.journalFile(temp));
        }
    }

    private static Database openLocked(Path workspace, Path key, WorkspaceLock lock, Migrations migrations)
            throws WorkspaceOpenException {
        Connection c = openConnection(workspace, true);
        boolean keepsHomeSummaries;
        try {
            int version = verifiedVersion(c, workspace, migrations);
            boolean migrating = version < migrations.latestVersion();
            if (migrating) {
                if (version >= 1) {
                    Backup.create(c, workspace, "before-format-" + migrations.latestVersion(), Clock.systemDefaultZone());
                }
                Migrator.migrate(c, migrations, false);
            }
            keepsHomeSummaries = KeptHomeSummaries.tableIn(c);
            if (migrating && keepsHomeSummaries) {
                // A migration may change content without a write of the WriteQueue: what was kept goes.
                KeptHomeSummaries.DROP_ALL.run(c);
            }
        } catch (SQLException e) {
            closeQuietly(c);
            throw openFailure(workspace, e);
        } catch (WorkspaceOpenException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
        // SQLite creates -wal and -shm with the main file's mode; tighten all of them (older files included).
        OwnerOnly.workspace(workspace);
        WriteQueue writer = new WriteQueue(c, "cx-cadence-writer " + workspace.getFileName(),
                keepsHomeSummaries ? KeptHomeSummaries.DROP_ALL : none -> { });
        // Search entries an edit marked before the app stopped without closing; queued, so the open does not wait.
        queueSearchCatchUp(writer, "on open");
        return new Database(workspace, key, Mode.WRITE, lock, writer,
                new ReadConnections(workspace, READ_CONNECTIONS), keepsHomeSummaries);
    }

    private static Database openReadOnly(Path workspace, Path key, Migrations migrations)
            throws WorkspaceOpenException {
        Connection c = openConnection(workspace, false);
        boolean keepsHomeSummaries;
        try {
            int version = verifiedVersion(c, workspace, migrations);
            if (version < migrations.latestVersion()) {
                throw WorkspaceOpenException.needsUpgrade(workspace, version, migrations.latestVersion());
            }
            keepsHomeSummaries = KeptHomeSummaries.tableIn(c);
        } catch (SQLException e) {
            throw openFailure(workspace, e);
        } finally {
            closeQuietly(c);
        }
        return new Database(workspace, key, Mode.READ_ONLY, null, null,
                new ReadConnections(workspace, READ_CONNECTIONS), keepsHomeSummaries);
    }

    /** SQLite's own verdict on a page it could not read is "damaged"; anything else is unexpected. */
    private static StoreException openFailure(Path workspace, SQLException e) throws WorkspaceOpenException {
        if (Sql.isCorruption(e)) {
            throw WorkspaceOpenException.damaged(workspace, e.getMessage(), e);
        }
        throw new StoreException("cannot open " + workspace + ": " + e.getMessage(), e);
    }

    private static Connection openConnection(Path workspace, boolean writing) throws WorkspaceOpenException {
        try {
            return writing ? SqliteConnections.openWriter(workspace) : SqliteConnections.openReader(workspace);
        } catch (SQLException e) {
            if (Sql.isCorruption(e)) {
                throw WorkspaceOpenException.damaged(workspace, e.getMessage(), e);
            }
            if (!Files.exists(workspace)) {
                throw WorkspaceOpenException.missing(workspace);
            }
            throw new StoreException("cannot open " + workspace + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks identity and version again through SQLite: in WAL mode the newest header may still
     * sit in the -wal file, so the header we read from the main file can be behind.
     */
    private static int verifiedVersion(Connection c, Path workspace, Migrations migrations)
            throws SQLException, WorkspaceOpenException {
        if (Migrator.applicationId(c) != SqliteHeader.APPLICATION_ID) {
            throw WorkspaceOpenException.foreignSqlite(workspace);
        }
        int version = Migrator.userVersion(c);
        if (version > migrations.latestVersion()) {
            throw WorkspaceOpenException.newer(workspace, version, migrations.latestVersion());
        }
        return version;
    }

    public Path file() {
        return file;
    }

    public Mode mode() {
        return mode;
    }

    public boolean isReadOnly() {
        return mode == Mode.READ_ONLY;
    }

    /** Runs {@code work} in one write transaction on the writer thread and waits for it. */
    public <T> T inTransaction(SqlWork<T> work) {
        return requireWriter().inTransaction(work);
    }

    /** Like {@link #inTransaction}, for work without a result. */
    public void write(SqlAction work) {
        requireWriter().inTransaction(c -> {
            work.run(c);
            return null;
        });
    }

    /**
     * Runs {@code work}, which changes nothing but what is derived from content (search entries), in one
     * write transaction and waits for it: unlike {@link #write}, Home's kept summary stays.
     */
    void writeDerived(SqlAction work) {
        requireWriter().inDerivedTransaction(c -> {
            work.run(c);
            return null;
        });
    }

    /**
     * Home's summary kept for {@code day} by the app build {@code build} (docs/decisions/0010): present
     * only while nothing has been written since it was kept. The bytes are the caller's.
     */
    public Optional<byte[]> keptHomeSummary(LocalDate day, String build) {
        return keepsHomeSummaries ? readers.read(c -> KeptHomeSummaries.find(c, day, build)) : Optional.empty();
    }

    /** The days for which {@code build}'s summary is kept. */
    public Set<LocalDate> daysWithKeptHomeSummary(String build) {
        return keepsHomeSummaries ? readers.read(c -> KeptHomeSummaries.days(c, build)) : Set.of();
    }

    /**
     * A mark of this process's writes of content, taken before a read whose result is to be kept ({@link
     * #keepHomeSummaries}). A workspace open for writing is written by this process only (the lock).
     */
    public long writeMark() {
        return writer == null ? -1 : writer.contentSequence();
    }

    /**
     * Queues keeping Home's summaries, one per day, built from a read begun after {@code mark}. They are
     * kept only when no write of content has committed since the mark, else the read may be older than
     * the file (derived writes, such as search entries caught up, do not count), and in a derived write,
     * which leaves them in place. Completes with whether they were kept; false at once when the workspace
     * is open read-only or the mark was taken while a commit was under way.
     */
    public CompletableFuture<Boolean> keepHomeSummaries(long mark, String build, SortedMap<LocalDate, byte[]> byDay) {
        if (writer == null || !keepsHomeSummaries || mark < 0 || mark % 2 != 0) {
            return CompletableFuture.completedFuture(false);
        }
        return writer.submitDerived(c -> {
            if (writer.contentSequence() != mark) {
                return false;
            }
            KeptHomeSummaries.keep(c, build, byDay);
            return true;
        });
    }

    /** Queues {@code work} to run in one write transaction; does not wait. */
    public <T> CompletableFuture<T> submit(SqlWork<T> work) {
        return requireWriter().submit(work);
    }

    /** Threads for the second half of {@link #readInParallel}; idle ones end after a minute. */
    private static final java.util.concurrent.ExecutorService PARALLEL_READS = java.util.concurrent.Executors.newCachedThreadPool(
            work -> {
                Thread thread = new Thread(work, "cx-parallel-read");
                thread.setDaemon(true);
                return thread;
            });

    /**
     * Two reads at once on two read connections (a screen's read on two cores), combined as if read in
     * one transaction: when a commit of ours came between them they are read again, one after the
     * other, in one read transaction. Only for a workspace open for writing, where every write is ours
     * (the single-writer lock); read-only, they are read in one transaction at once.
     */
    public <A, B, R> R readInParallel(SqlWork<A> first, SqlWork<B> second, java.util.function.BiFunction<A, B, R> combine) {
        long before = writer == null ? 1 : writer.commitSequence();
        if (before % 2 == 0) {
            CompletableFuture<B> other = CompletableFuture.supplyAsync(() -> readers.read(second), PARALLEL_READS);
            A a;
            try {
                a = readers.read(first);
            } catch (RuntimeException e) {
                other.exceptionally(ignored -> null).join(); // never leave the other read running on a closing workspace
                throw e;
            }
            B b;
            try {
                b = other.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
            if (writer.commitSequence() == before) {
                return combine.apply(a, b);
            }
        }
        return readers.read(c -> combine.apply(first.run(c), second.run(c)));
    }

    /** Runs {@code work} on a read-only connection, in one read transaction (a consistent snapshot). */
    public <T> T read(SqlWork<T> work) {
        return readers.read(work);
    }

    /** Writes a verified backup into {@code NAME.cxcadence.backups/} and returns its path. */
    public Path backup(String reason) {
        return backup(reason, Clock.systemDefaultZone());
    }

    public Path backup(String reason, Clock clock) {
        SqlWork<Path> copy = c -> Backup.create(c, file, reason, clock);
        if (writer != null) {
            // On the writer thread, between transactions: none of our writes can slip in mid-copy.
            return writer.outsideTransaction(copy);
        }
        try {
            return readers.withoutTransaction(copy);
        } catch (SQLException e) {
            throw new StoreException("backup of " + file + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Starts a verified backup into {@code NAME.cxcadence.backups/} on the writer thread and returns
     * at once (the window's daily backup): reads go on meanwhile on their own connections, and
     * writes queued after it wait for it, so the copy is of the file as it was before them.
     */
    public CompletableFuture<Path> backupLater(String reason, Clock clock) {
        return requireWriter().outsideTransactionLater(c -> Backup.create(c, file, reason, clock));
    }

    /** Writes a verified backup to exactly {@code target} (replacing a file there once the copy checks out). */
    public Path backupTo(Path target) {
        SqlWork<Path> copy = c -> Backup.createAt(c, file, target);
        if (writer != null) {
            return writer.outsideTransaction(copy);
        }
        try {
            return readers.withoutTransaction(copy);
        } catch (SQLException e) {
            throw new StoreException("backup of " + file + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * FOR TESTS ONLY (fault tests of the write path, e.g. {@code PRAGMA max_page_count} to make
     * SQLite report "database or disk is full"): runs one PRAGMA on the write connection, outside
     * any transaction, in queue order. Package-private on purpose; never used by the app.
     */
    long pragmaOnWriterForTesting(String pragma) {
        if (!pragma.startsWith("PRAGMA ")) {
            throw new IllegalArgumentException("only PRAGMA statements: " + pragma);
        }
        return requireWriter().outsideTransaction(c -> Sql.queryLong(c, pragma));
    }

    /**
     * {@code quick_check} on a read-only connection: reads every page and checks the b-trees, but
     * not that indexes match their tables (faster than {@link #checkIntegrity()}).
     */
    public IntegrityReport quickCheck() {
        try {
            String result = readers.withoutTransaction(Backup::quickCheck);
            return IntegrityReport.of("ok".equals(result) ? java.util.List.of() : java.util.List.of(result));
        } catch (SQLException e) {
            // A corrupt page can make the check itself fail: a finding, not a crash.
            return IntegrityReport.of(java.util.List.of(String.valueOf(e.getMessage())));
        }
    }

    /** {@code integrity_check} and {@code foreign_key_check} on a read-only connection. */
    public IntegrityReport checkIntegrity() {
        try {
            return readers.withoutTransaction(IntegrityCheck::check);
        } catch (SQLException e) {
            return IntegrityReport.of(java.util.List.of(e.getMessage()));
        }
    }

    /** Lets queued writes finish, checkpoints the WAL into the main file, and releases the lock. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            readers.close();
            if (writer != null) {
                // The last write: the search entries edits marked, so a file at rest has none.
                queueSearchCatchUp(writer, "at close");
                writer.shutdown(c -> {
                    try {
                        Sql.execute(c, "PRAGMA wal_checkpoint(TRUNCATE)");
                    } finally {
                        c.close();
                    }
                });
            }
        } finally {
            if (lock != null) {
                lock.close();
            }
            OpenInThisProcess.unregister(registryKey, mode == Mode.WRITE);
        }
    }

    /**
     * Queues the rewriting of the search entries edits marked ({@link SearchIndex}); a failure leaves the
     * marks for the next search, open or close, and is logged, not raised: it is no reason to refuse the
     * open or keep the workspace open.
     */
    private static void queueSearchCatchUp(WriteQueue writer, String when) {
        writer.submitDerived(SearchIndex::caughtUp).exceptionally(e -> {
            LOG.warning(() -> "search index not caught up " + when + ": " + e.getMessage());
            return null;
        });
    }

    private WriteQueue requireWriter() {
        if (writer == null) {
            throw new IllegalStateException(file + " is open read-only");
        }
        return writer;
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // best effort while giving up
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; it is never opened as a workspace
        }
    }
}
