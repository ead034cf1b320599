package org.cxcadence.service;

import java.nio.file.Path;

import org.cxcadence.domain.WorkspaceSettings;
import org.cxcadence.store.SettingsRepository;
import org.cxcadence.store.WorkspaceFiles;

/** Workspace settings and where the workspace's files live, for the Settings screen. */
public final class SettingsService {
    private final OpenWorkspace workspace;
    private final SettingsRepository settings;

    public SettingsService(OpenWorkspace workspace) {
        this.workspace = workspace;
        this.settings = new SettingsRepository(workspace.database());
    }

    public WorkspaceSettings load() {
        return settings.load();
    }

    public void save(WorkspaceSettings value) {
        settings.save(value);
    }

    public Path workspaceFile() {
        return workspace.file().toAbsolutePath();
    }

    public Path backupsFolder() {
        return WorkspaceFiles.backupsFolder(workspace.file()).toAbsolutePath();
    }
}
