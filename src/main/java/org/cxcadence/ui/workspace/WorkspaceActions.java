package org.cxcadence.ui.workspace;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.cxcadence.service.BackupService;
import org.cxcadence.service.ExchangeService;
import org.cxcadence.service.WorkspaceUnavailableException;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.ui.UiExecutor;
import org.cxcadence.ui.UiJob;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.feedback.ErrorAdvice;
import org.cxcadence.ui.feedback.Feedback;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The File menu's work: new, open, open recent, import, export, show in folder. File choosers
 * and dialogs here; the disk work runs through the {@link UiExecutor}. Every refusal shows the
 * message of CONTRACT.md (file and reason) with the next step, and never leaves an empty workspace
 * behind.
 */
public final class WorkspaceActions {
    private static final Logger LOG = Logger.getLogger(WorkspaceActions.class.getName());

    private final WorkspaceService workspaces;
    private final ExchangeService exchange;
    private final UiExecutor executor;
    private final Messages messages;
    private final RecentWorkspaces recent;
    private final Consumer<OpenWorkspace> opened;
    private final Consumer<Path> showFolder;
    private final Clock clock;
    private final Feedback feedback;
    private Window owner;
    private Consumer<OpenWorkspace> closeDamaged = workspace -> { };
    private Consumer<Path> notOpened = file -> { };

    public WorkspaceActions(WorkspaceService workspaces, Clock clock, UiExecutor executor, Messages messages,
                            RecentWorkspaces recent, Consumer<OpenWorkspace> opened, Consumer<Path> showFolder,
                            Feedback feedback) {
        this.feedback = feedback;
        this.workspaces = workspaces;
        this.exchange = new ExchangeService(workspaces, clock);
        this.clock = clock;
        this.executor = executor;
        this.messages = messages;
        this.recent = recent;
        this.opened = opened;
        this.showFolder = showFolder;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /**
     * What the window does when the daily backup finds the workspace it shows damaged: close it
     * (if it is still the one shown) and show the start page, before the restore is offered.
     */
    public void setCloseDamaged(Consumer<OpenWorkspace> closeDamaged) {
        this.closeDamaged = closeDamaged;
    }

    /** What the window does when opening {@code file} for editing fails, before the refusal is explained. */
    public void setNotOpened(Consumer<Path> notOpened) {
        this.notOpened = notOpened;
    }

    public RecentWorkspaces recent() {
        return recent;
    }

    public void newWorkspace() {
        chooseNewFile(messages.get("menu.file.new"), "workspace.cxcadence")
                .ifPresent(file -> open(() -> workspaces.createEmpty(file)));
    }

    public void openWorkspace() {
        FileChooser chooser = chooser(messages.get("menu.file.open"), "*.cxcadence", "file.workspaces");
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            openFile(file.toPath());
        }
    }

    /** Opens for writing with the daily backup; a damaged file gets the offer to restore its newest good backup. */
    public void openFile(Path file) {
        openForEditing(file, () -> workspaces.openForEditing(file, clock));
    }

    /**
     * Like {@link #openFile(Path)}, for an open of {@code file} already begun elsewhere (the start's
     * early open), which completes as {@link WorkspaceService#openForEditing} returns or throws. Done
     * already, it is shown at once, without a trip through the executor and the strip's "Opening…".
     */
    public void openFile(Path file, CompletableFuture<WorkspaceService.OpenedForEditing> begun) {
        if (begun.isDone() && !begun.isCompletedExceptionally()) {
            showAndFollowBackup(begun.join());
        } else {
            whenOpened(file, executor.follow(begun));
        }
    }

    private void openForEditing(Path file, Callable<WorkspaceService.OpenedForEditing> work) {
        whenOpened(file, executor.run(work));
    }

    private void whenOpened(Path file, UiJob<WorkspaceService.OpenedForEditing> open) {
        feedback.track(messages.format("feedback.opening", file.getFileName()), open)
                .onSuccess(this::showAndFollowBackup)
                .onError(e -> {
                    notOpened.accept(file);
                    if (e instanceof WorkspaceUnavailableException u && u.isDamaged()) {
                        offerRestore(file, u);
                    } else {
                        explainRefusal(e);
                    }
                });
    }

    /**
     * Hands the workspace to the window at once, while its daily backup (seconds on a large file)
     * goes on in the strip; damage found by the copy closes the workspace and offers the restore.
     */
    private void showAndFollowBackup(WorkspaceService.OpenedForEditing open) {
        OpenWorkspace workspace = open.workspace();
        recent.remember(workspace.file());
        opened.accept(workspace);
        feedback.track(messages.format("feedback.dailyBackup", workspace.file().getFileName()),
                executor.follow(open.dailyBackup())).onError(e -> {
                    if (e instanceof WorkspaceUnavailableException u && u.isDamaged()) {
                        LOG.log(Level.WARNING, "The daily backup found damage", e);
                        closeDamaged.accept(workspace);
                        offerRestore(workspace.file(), u);
                    } else {
                        LOG.log(Level.WARNING, "The daily backup of " + workspace.file() + " failed", e);
                    }
                });
    }

    /** The workspace is damaged: offer its newest good backup; the damaged file is kept as .damaged. */
    private void offerRestore(Path file, WorkspaceUnavailableException damage) {
        BackupService backups = new BackupService(clock);
        executor.run(() -> backups.newestGoodBackup(file)).onSuccess(newest -> {
            if (newest.isEmpty()) {
                explainRefusal(new WorkspaceUnavailableException(messages.format("damaged.none", damage.getMessage(),
                        file.toAbsolutePath().resolveSibling(file.getFileName() + ".backups"))));
                return;
            }
            Alert alert = new Alert(Alert.AlertType.WARNING);
            alert.initOwner(owner);
            alert.setTitle(messages.get("damaged.title"));
            alert.setHeaderText(messages.get("damaged.header"));
            alert.setContentText(messages.format("damaged.text", damage.getMessage(),
                    newest.get().taken().format(java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                            java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)),
                    file.getFileName() + ".damaged"));
            ButtonType restore = new ButtonType(messages.get("damaged.restore"), ButtonBar.ButtonData.OK_DONE);
            ButtonType close = new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
            alert.getButtonTypes().setAll(restore, close);
            alert.getDialogPane().setId("damaged-restore");
            alert.showAndWait().filter(b -> b == restore).ifPresent(b -> openForEditing(file, () -> {
                backups.recoverFromNewestBackup(file);
                return workspaces.openForEditing(file, clock);
            }));
        }).onError(this::explainRefusal);
    }

    /** Creates a new workspace from a JSON export and opens it. */
    public void importWorkspace() {
        FileChooser chooser = chooser(messages.get("menu.file.import"), "*.json", "file.json");
        File json = chooser.showOpenDialog(owner);
        if (json == null) {
            return;
        }
        String suggested = json.getName().replaceFirst("\\.json$", "") + ".cxcadence";
        chooseNewFile(messages.get("import.saveAs"), suggested).ifPresent(target -> importInto(json.toPath(), target));
    }

    /** Creates {@code target} from the JSON export {@code json} and opens it; a refusal says which line and what next. */
    public void importInto(Path json, Path target) {
        feedback.track(feedback.importing(json), executor.run(() -> {
            exchange.importJson(target, json);
            return workspaces.openForWriting(target);
        })).onSuccess(workspace -> {
            recent.remember(workspace.file());
            opened.accept(workspace);
            feedback.done(messages.format("feedback.imported", json.getFileName()));
        }).onError(e -> feedback.failed(Feedback.Work.IMPORT, e));
    }

    public void exportWorkspace(OpenWorkspace current) {
        if (current == null) {
            return;
        }
        FileChooser chooser = chooser(messages.get("menu.file.export"), "*.json", "file.json");
        chooser.setInitialFileName(current.file().getFileName().toString().replaceFirst("\\.cxcadence$", "") + ".json");
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        exportTo(current, file.toPath());
    }

    /** Writes the workspace JSON to {@code target} (temp file, then rename), with progress and a notification. */
    public void exportTo(OpenWorkspace current, Path target) {
        feedback.track(feedback.exporting(target), executor.run(() -> {
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".export", ".part");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    exchange.exportJson(current, out);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        })).onSuccess(feedback::exported).onError(e -> feedback.failed(Feedback.Work.EXPORT, e));
    }

    public void showInFolder(OpenWorkspace current) {
        if (current != null) {
            showFolder.accept(current.file().toAbsolutePath().getParent());
        }
    }

    /** Runs an open or create, then hands the workspace to the window; on failure explains what to do next. */
    public void open(Callable<OpenWorkspace> work) {
        executor.run(work).onSuccess(workspace -> {
            recent.remember(workspace.file());
            opened.accept(workspace);
        }).onError(this::explainRefusal);
    }

    private void explainRefusal(Throwable e) {
        LOG.log(Level.INFO, "Workspace refused", e);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(messages.get("open.failed.title"));
        alert.setHeaderText(messages.get("open.failed.header"));
        Feedback.Problem problem = ErrorAdvice.explain(messages, Feedback.Work.OPEN, e);
        alert.setContentText(problem.what() + "\n\n" + problem.next());
        ButtonType other = new ButtonType(messages.get("open.failed.other"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(other, close);
        alert.getDialogPane().setId("open-failed");
        alert.showAndWait().filter(b -> b == other).ifPresent(b -> openWorkspace());
    }

    private Optional<Path> chooseNewFile(String title, String suggestedName) {
        FileChooser chooser = chooser(title, "*.cxcadence", "file.workspaces");
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        if (!path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + ".cxcadence");
        }
        if (!workspaces.isNew(path)) {
            // Never overwrite: a workspace is years of records.
            error(messages.get("new.exists.title"), new IOException(messages.format("new.exists", path)));
            return Optional.empty();
        }
        return Optional.of(path);
    }

    private FileChooser chooser(String title, String pattern, String descriptionKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(messages.get(descriptionKey), pattern),
                new FileChooser.ExtensionFilter(messages.get("file.all"), "*"));
        return chooser;
    }

    private void error(String title, Throwable e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }
}
