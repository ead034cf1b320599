package org.cxcadence.service;

import java.nio.file.Path;

import org.cxcadence.domain.Workspace;
import org.cxcadence.store.Database;
import org.cxcadence.store.WorkspaceStore;

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

    /**
     * The part of the workspace Home shows (open actions, sessions to come and the latest ones
     * held, metrics, people), read without loading years of agenda items and closed actions:
     * {@code HomeSummaryBuilder.build} gives the same summary from it as from {@link #snapshot()}.
     */
    public Workspace homeView() {
        return store.loadHome(HOME_RECENT_SESSIONS);
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
