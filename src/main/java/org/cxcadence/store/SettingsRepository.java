package org.cxcadence.store;

import org.cxcadence.domain.WorkspaceSettings;

/** The workspace-wide settings (company name, the stall rule's N), read and saved whole. */
public final class SettingsRepository {
    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public WorkspaceSettings load() {
        return db.read(SettingsRows::load);
    }

    public void save(WorkspaceSettings settings) {
        db.write(c -> SettingsRows.save(c, settings));
    }
}
