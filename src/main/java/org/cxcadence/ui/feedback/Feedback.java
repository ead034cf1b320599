package org.cxcadence.ui.feedback;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.cxcadence.ui.UiExecutor;
import org.cxcadence.ui.UiJob;
import org.cxcadence.ui.common.Messages;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's one channel for how long work is going: what is running now (the progress strip),
 * what just finished (a notification naming the exported file, with Show in folder and Open) and
 * what failed (an error dialog that says what went wrong and what to do next). Screens report here
 * instead of each growing its own; {@link FeedbackView} shows it. Holds no controls: view models use
 * it, and view-model tests read its lists. Everything here runs on the FX thread (the executor's
 * handlers do).
 */
public final class Feedback {
    private static final Logger LOG = Logger.getLogger(Feedback.class.getName());

    /** What kind of work failed: picks the dialog's title and the "… again" of the next step. */
    public enum Work { EXPORT, IMPORT, BACKUP, RESTORE, SEARCH, OPEN, PRINT }

    /** One piece of long work shown in the strip while it runs. */
    public record Task(long id, String text) {
    }

    /** A finished piece of work to tell about; {@code file} is what was written, or {@code null}. */
    public record Notice(long id, String text, Path file) {
    }

    /** A failure as the person reads it: what went wrong, and the next step. */
    public record Problem(String title, String what, String next, String details) {
    }

    private final Messages messages;
    private final ObservableList<Task> tasks = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private FileOpener files = FileOpener.NONE;
    private long sequence;

    public Feedback(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** Shows {@code text} in the progress strip until {@code job} has finished, whichever way. */
    public <T> UiJob<T> track(String text, UiJob<T> job) {
        if (job.isDone()) {
            return job;
        }
        Task task = new Task(++sequence, text);
        tasks.add(task);
        // Gone from the strip when the work ends, not after its handlers: a failure's explanation (a dialog
        // waiting for the user) was shown beside "Opening acme.cxcadence…" still under way.
        job.whenEnded(() -> tasks.remove(task));
        return job;
    }

    /** Runs {@code work} on the executor and shows {@code text} in the strip while it runs. */
    public <T> UiJob<T> run(UiExecutor executor, String text, Callable<T> work) {
        return track(text, executor.run(work));
    }

    /** "Exporting minutes-2026-11-16.pdf…": the strip's text for writing {@code file}. */
    public String exporting(Path file) {
        return messages.format("feedback.exporting", file.getFileName());
    }

    /** "Importing people.csv…". */
    public String importing(Path file) {
        return messages.format("feedback.importing", file.getFileName());
    }

    /** Tells that {@code file} was written, with Show in folder and Open where the platform can. */
    public void exported(Path file) {
        notice.set(new Notice(++sequence, messages.format("feedback.exported", file.getFileName()), file));
    }

    /** Tells that {@code file} was written, in other words than "Exported" (a backup). */
    public void wrote(String text, Path file) {
        notice.set(new Notice(++sequence, text, file));
    }

    /** Tells that something finished, without a file. */
    public void done(String text) {
        notice.set(new Notice(++sequence, text, null));
    }

    /** Says what went wrong in {@code work}, with the next step, in a dialog. */
    public void failed(Work work, Throwable error) {
        LOG.log(Level.INFO, work + " failed", error);
        problems.add(ErrorAdvice.explain(messages, work, error));
    }

    public ObservableList<Task> tasks() {
        return tasks;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /** Problems not yet shown; the view shows the first and removes it when closed. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    public FileOpener files() {
        return files;
    }

    /** How files are shown in the file manager and opened (the platform's desktop; tests record). */
    public void setFiles(FileOpener files) {
        this.files = files == null ? FileOpener.NONE : files;
    }
}
