package org.cxcadence.ui.settings;

import java.nio.file.Path;

import org.cxcadence.domain.TextLimits;
import org.cxcadence.domain.WorkspaceSettings;
import org.cxcadence.service.AppInfo;
import org.cxcadence.service.SettingsService;
import org.cxcadence.ui.UiExecutor;
import org.cxcadence.ui.common.Autosaver;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.ThemeChoice;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings: where the workspace, its backups and the log live; the company name and the stall
 * rule's number of sessions (saved as they change); the theme (this machine only).
 */
public final class SettingsViewModel {
    private final SettingsService service;
    private final UiExecutor executor;
    private final Autosaver autosaver;
    private final Messages messages;
    private final ObjectProperty<ThemeChoice> theme;
    private final StringProperty companyName = new SimpleStringProperty("");
    private final StringProperty companyError = new SimpleStringProperty("");
    private final IntegerProperty stalledAfterSessions = new SimpleIntegerProperty(
            WorkspaceSettings.DEFAULT_STALLED_AFTER_SESSIONS);
    private final StringProperty workspaceFile = new SimpleStringProperty("");
    private final StringProperty backupsFolder = new SimpleStringProperty("");
    private final StringProperty logFile;
    private final StringProperty version;
    private boolean loading;

    public SettingsViewModel(SettingsService service, UiExecutor executor, Autosaver autosaver, Messages messages,
                             ObjectProperty<ThemeChoice> theme, Path logFile) {
        this.service = service;
        this.executor = executor;
        this.autosaver = autosaver;
        this.messages = messages;
        this.theme = theme;
        this.logFile = new SimpleStringProperty(logFile.toAbsolutePath().toString());
        this.version = new SimpleStringProperty(messages.format("settings.version", AppInfo.NAME, AppInfo.version(),
                System.getProperty("java.version")));
        companyName.addListener((o, was, now) -> saveIfValid());
        stalledAfterSessions.addListener((o, was, now) -> saveIfValid());
    }

    public void load() {
        executor.run(() -> new Loaded(service.load(), service.workspaceFile(), service.backupsFolder()))
                .onSuccess(l -> {
                    loading = true;
                    try {
                        companyName.set(l.settings().companyName() == null ? "" : l.settings().companyName());
                        stalledAfterSessions.set(l.settings().effectiveStalledAfterSessions());
                        workspaceFile.set(l.file().toString());
                        backupsFolder.set(l.backups().toString());
                    } finally {
                        loading = false;
                    }
                });
    }

    private record Loaded(WorkspaceSettings settings, Path file, Path backups) {
    }

    private void saveIfValid() {
        if (loading) {
            return;
        }
        String name = companyName.get() == null ? "" : companyName.get().strip();
        if (TextLimits.length(name) > TextLimits.MAX_TITLE) {
            companyError.set(messages.format("directory.error.tooLong", TextLimits.MAX_TITLE, TextLimits.length(name)));
            return;
        }
        companyError.set("");
        WorkspaceSettings value = new WorkspaceSettings(name.isEmpty() ? null : name, stalledAfterSessions.get());
        autosaver.submit("settings", () -> service.save(value));
    }

    public StringProperty companyNameProperty() {
        return companyName;
    }

    public StringProperty companyErrorProperty() {
        return companyError;
    }

    public IntegerProperty stalledAfterSessionsProperty() {
        return stalledAfterSessions;
    }

    /** System, Light or Dark: the shell's choice, persisted per machine. */
    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public StringProperty workspaceFileProperty() {
        return workspaceFile;
    }

    public StringProperty backupsFolderProperty() {
        return backupsFolder;
    }

    public StringProperty logFileProperty() {
        return logFile;
    }

    public StringProperty versionProperty() {
        return version;
    }
}
