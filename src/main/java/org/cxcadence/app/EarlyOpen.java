package org.cxcadence.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.service.WorkspaceService.OpenedForEditing;
import org.cxcadence.service.home.HomeSummaries;
import org.cxcadence.service.home.HomeSummary;
import org.cxcadence.ui.workspace.StartupChoice;

/**
 * The workspace the window is about to open, opened while JavaFX starts, and Home's summary of it: the
 * one kept in the file at once, else built from a read begun as soon as the window's first frame is up.
 * On the large workspace the open and Home's read are over a second of a JVM just started, and neither
 * needs the window (docs/PERFORMANCE.md). The window takes the open once, as if it had begun it itself
 * (the same refusals, the same daily backup), and Home takes the summary once, for that open workspace
 * and that day only; anything else opens and reads as before.
 */
public final class EarlyOpen {
    private static final Duration FIRST_FRAME_WAIT = Duration.ofSeconds(2);
    private static final EarlyOpen NONE = new EarlyOpen(null, null, FIRST_FRAME_WAIT);

    private final Path file;
    private final Clock clock;
    private final CompletableFuture<OpenedForEditing> opened = new CompletableFuture<>();
    private final CompletableFuture<HomeRead> home = new CompletableFuture<>();
    private final AtomicBoolean openTaken = new AtomicBoolean();
    private final AtomicBoolean homeTaken = new AtomicBoolean();
    private final CountDownLatch firstFrame = new CountDownLatch(1);

    private final Duration firstFrameWait;

    private EarlyOpen(Path file, Clock clock, Duration firstFrameWait) {
        this.file = file;
        this.clock = clock;
        this.firstFrameWait = firstFrameWait;
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
        return forStart(requested, defaultWorkspace, clock, FIRST_FRAME_WAIT);
    }

    /** {@link #forStart(Optional, Path, Clock)} waiting at most {@code firstFrameWait} for the first frame (tests). */
    static EarlyOpen forStart(Optional<Path> requested, Path defaultWorkspace, Clock clock, Duration firstFrameWait) {
        return StartupChoice.decide(requested, defaultWorkspace, Files::exists) instanceof StartupChoice.Open open
                ? new EarlyOpen(open.file(), clock, firstFrameWait) : NONE;
    }

    /**
     * Opens the file for editing, then has Home's summary: the kept one, else one built from Home's read
     * once the window's first frame is shown; on the calling thread (never the FX thread).
     */
    public void run() {
        run(() -> { });
    }

    /**
     * {@link #run()}, doing {@code meanwhile} on this thread as soon as the open is done (or has failed): the
     * time JavaFX still needs to start, when the second core is idle ({@link StartReadAhead}). A failure of
     * {@code meanwhile} costs nothing but its gain.
     */
    public void run(Runnable meanwhile) {
        if (file == null) {
            quietly(meanwhile);
            return;
        }
        OpenedForEditing open;
        try {
            open = new WorkspaceService().openForEditing(file, clock);
        } catch (RuntimeException | Error e) {
            opened.completeExceptionally(e);
            home.completeExceptionally(e);
            quietly(meanwhile);
            return;
        }
        opened.complete(open);
        quietly(meanwhile); // before the kept summary, which Home needs only after the first frame
        LocalDate today = LocalDate.now(clock);
        try {
            // A kept summary is one row: no reason to wait. A read is long, and waits for the first frame.
            Optional<HomeSummary> kept = HomeSummaries.kept(open.workspace(), today);
            if (kept.isEmpty()) {
                awaitFirstFrame();
            }
            home.complete(new HomeRead(today, kept.orElseGet(() -> HomeSummaries.buildAndKeep(open.workspace(), today))));
        } catch (RuntimeException | Error e) {
            // Home reads again itself (a window closed meanwhile, a read that failed): nothing is lost.
            home.completeExceptionally(e);
        }
    }

    private static void quietly(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // only time was to be gained
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
            firstFrame.await(firstFrameWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The open begun for {@code file}, once: it completes as {@link WorkspaceService#openForEditing} returns
     * or throws (the exception as the cause of a {@link CompletionException}), and may be complete already.
     * Empty for another file, or when already taken.
     */
    public Optional<CompletableFuture<OpenedForEditing>> takeOpen(Path file) {
        if (this.file == null || !this.file.equals(file) || !openTaken.compareAndSet(false, true)) {
            return Optional.empty();
        }
        return Optional.of(opened.copy());
    }

    /**
     * Home's summary of {@code workspace} for {@code today}, once, when it is the workspace this open gave
     * and the summary was had for that day; waits for it (call it where Home reads, off the FX thread).
     * Empty otherwise.
     */
    public Optional<HomeSummary> takeHome(OpenWorkspace workspace, LocalDate today) {
        if (file == null || !opened.isDone() || opened.isCompletedExceptionally()
                || opened.join().workspace() != workspace || !homeTaken.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            HomeRead read = home.join();
            return read.day().equals(today) ? Optional.of(read.summary()) : Optional.empty();
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }

    /**
     * Like {@link #takeHome}, without waiting: the summary when it is had already (kept in the file, it
     * usually is by the window's first frame), for Home to show as it is made. Empty, and still there for
     * {@link #takeHome}, while it is being read.
     */
    public Optional<HomeSummary> takeHomeIfReady(OpenWorkspace workspace, LocalDate today) {
        return home.isDone() ? takeHome(workspace, today) : Optional.empty();
    }

    /** Home's summary and the day it is for. */
    private record HomeRead(LocalDate day, HomeSummary summary) {
    }
}
