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
