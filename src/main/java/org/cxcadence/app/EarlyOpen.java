package org.cxcadence.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cxcadence.domain.Workspace;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.service.WorkspaceService.OpenedForEditing;
import org.cxcadence.ui.workspace.StartupChoice;

/**
 * The workspace the window is about to open, opened while JavaFX starts, and the part of it Home
 * shows read as soon as the window's first frame is up: on the large workspace the open and Home's
 * read are over a second of a JVM just started, and neither needs the window (docs/PERFORMANCE.md).
 * The window takes the open once, as if it had begun it itself (the same refusals, the same daily
 * backup), and Home takes the read once, for that open workspace only; anything else opens and reads
 * as before.
 */
public final class EarlyOpen {
    private static final EarlyOpen NONE = new EarlyOpen(null, null);
    private static final Duration FIRST_FRAME_WAIT = Duration.ofSeconds(2);

    private final Path file;
    private final Clock clock;
    private final CompletableFuture<OpenedForEditing> opened = new CompletableFuture<>();
    private final CompletableFuture<Workspace> home = new CompletableFuture<>();
    private final AtomicBoolean openTaken = new AtomicBoolean();
    private final AtomicBoolean homeTaken = new AtomicBoolean();
    private final CountDownLatch firstFrame = new CountDownLatch(1);

    private EarlyOpen(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** Nothing opened early: the window opens what it decides, when it decides. */
    public static EarlyOpen none() {
        return NONE;
    }

    /**
     * The open the window's start will make ({@link StartupChoice#decide}, as {@code MainWindow.start}
     * decides it): one for an existing file, none when the window will ask or offer the first start.
     * Nothing is read until {@link #run()}.
     */
    public static EarlyOpen forStart(Optional<Path> requested, Path defaultWorkspace, Clock clock) {
        return StartupChoice.decide(requested, defaultWorkspace, Files::exists) instanceof StartupChoice.Open open
                ? new EarlyOpen(open.file(), clock) : NONE;
    }

    /**
     * Opens the file for editing, then, once the window's first frame is shown, reads Home's part of it;
     * on the calling thread (never the FX thread).
     */
    public void run() {
        if (file == null) {
            return;
        }
        OpenedForEditing open;
        try {
            open = new WorkspaceService().openForEditing(file, clock);
        } catch (RuntimeException | Error e) {
            opened.completeExceptionally(e);
            home.completeExceptionally(e);
            return;
        }
        opened.complete(open);
        awaitFirstFrame();
        try {
            home.complete(open.workspace().homeView());
        } catch (RuntimeException | Error e) {
            // Home reads again itself (a window closed meanwhile, a read that failed): nothing is lost.
            home.completeExceptionally(e);
        }
    }

    /** The window's first frame has been shown: Home's read may begin ({@link #run()}). */
    public void firstFrameShown() {
        firstFrame.countDown();
    }

    /**
     * Home's read waits for the window's first frame: run at once it competed with the toolkit's start
     * on two cores (first frame 1,284 -> 1,590 ms, 8 starts alternating), for a Home barely sooner
     * (3,576 -> 3,469). Never longer than {@link #FIRST_FRAME_WAIT}, should no frame come.
     */
    private void awaitFirstFrame() {
        try {
            firstFrame.await(FIRST_FRAME_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The open begun for {@code file}, once: waiting for it gives what {@link
     * WorkspaceService#openForEditing} gives or throws. Empty for another file, or when already taken.
     */
    public Optional<Callable<OpenedForEditing>> takeOpen(Path file) {
        if (this.file == null || !this.file.equals(file) || !openTaken.compareAndSet(false, true)) {
            return Optional.empty();
        }
        return Optional.of(() -> unwrapped(opened));
    }

    /**
     * Home's read of {@code workspace}, once, when it is the workspace this open gave and the read
     * succeeded; waits for it (call it where Home reads, off the FX thread). Empty otherwise.
     */
    public Optional<Workspace> takeHome(OpenWorkspace workspace) {
        if (file == null || !opened.isDone() || opened.isCompletedExceptionally()
                || opened.join().workspace() != workspace || !homeTaken.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            return Optional.of(home.join());
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }

    private static <T> T unwrapped(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
