package org.cxcadence.ui.settings;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.cxcadence.service.BackupService;
import org.cxcadence.service.BackupService.BackupEntry;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.ui.UiExecutor;
import org.cxcadence.ui.feedback.Feedback;
import org.cxcadence.ui.common.Messages;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Backups card of Settings: the workspace's backups (newest first), Back up now, and Restore
 * (the window closes the workspace, restores, and reopens it; see AppContext). Disk work through
 * the {@link UiExecutor}.
 */
public final class BackupsViewModel {
    private final BackupService service;
    private final Supplier<OpenWorkspace> workspace;
    private final UiExecutor executor;
    private final Feedback feedback;
    private final Messages messages;
    private final Consumer<Path> restore;
    private final ObservableList<BackupEntry> backups = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    /** The second backup folder, or empty when none is set. */
    private final StringProperty secondFolder = new SimpleStringProperty("");

    public BackupsViewModel(BackupService service, Supplier<OpenWorkspace> workspace, UiExecutor executor,
                            Messages messages, Consumer<Path> restore) {
        this(service, workspace, executor, messages, restore, new Feedback(messages));
    }

    /** @param feedback where Back up now reports progress, the backup file and failures */
    public BackupsViewModel(BackupService service, Supplier<OpenWorkspace> workspace, UiExecutor executor,
                            Messages messages, Consumer<Path> restore, Feedback feedback) {
        this.feedback = feedback;
        this.service = service;
        this.workspace = workspace;
        this.executor = executor;
        this.messages = messages;
        this.restore = restore;
    }

    public void load() {
        OpenWorkspace current = workspace.get();
        if (current == null) {
            return;
        }
        executor.run(() -> service.list(current.file())).onSuccess(backups::setAll)
                .onError(e -> status.set(messages.format("backups.failed", e.getMessage())));
        executor.run(() -> service.secondFolder(current).map(Path::toString).orElse(""))
                .onSuccess(secondFolder::set)
                .onError(e -> status.set(messages.format("backups.failed", e.getMessage())));
    }

    /** Copies every backup from now on into {@code folder} too ({@code null}: stop). */
    public void setSecondFolder(Path folder) {
        OpenWorkspace current = workspace.get();
        if (current == null) {
            return;
        }
        executor.run(() -> {
            service.setSecondFolder(current, folder);
            return service.secondFolder(current).map(Path::toString).orElse("");
        }).onSuccess(path -> {
            secondFolder.set(path);
            status.set(path.isEmpty() ? messages.get("backups.second.stopped") : messages.format("backups.second.set", path));
        }).onError(e -> status.set(messages.format("backups.failed", e.getMessage())));
    }

    public StringProperty secondFolderProperty() {
        return secondFolder;
    }

    public void backUpNow() {
        OpenWorkspace current = workspace.get();
        if (current == null || working.get()) {
            return;
        }
        working.set(true);
        status.set(messages.get("backups.working"));
        feedback.track(messages.get("feedback.backingUp"), executor.run(() -> service.backUpNow(current, "manual")))
                .onSuccess(file -> {
                    working.set(false);
                    status.set(messages.format("backups.done", file.getFileName()));
                    feedback.wrote(messages.format("feedback.backedUp", file.getFileName()), file);
                    load();
                }).onError(e -> {
                    working.set(false);
                    status.set(messages.format("backups.failed", e.getMessage()));
                    feedback.failed(Feedback.Work.BACKUP, e);
                });
    }

    /** Restores {@code entry} (after the view's confirmation). */
    public void restore(BackupEntry entry) {
        if (entry != null) {
            status.set(messages.get("backups.restoring"));
            restore.accept(entry.file());
        }
    }

    public ObservableList<BackupEntry> backups() {
        return backups;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty workingProperty() {
        return working;
    }
}
