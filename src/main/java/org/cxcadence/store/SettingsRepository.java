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

    /** The folder every backup is also copied to, if one is set (Settings → Backups). */
    public java.util.Optional<java.nio.file.Path> secondBackupFolder() {
        return db.read(SettingsRows::secondBackupFolder);
    }

    /** Sets the second backup folder; {@code null} stops the second copies. */
    public void setSecondBackupFolder(java.nio.file.Path folder) {
        db.write(c -> SettingsRows.setSecondBackupFolder(c, folder));
    }
}
