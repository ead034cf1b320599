package org.cxcadence.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.ui.UiExecutor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The workspace the window works on. Screens listen to it and reload when another workspace is
 * opened; the previous one is closed (WAL checkpointed, lock released) after they let go of it.
 */
public final class WorkspaceSession {
    private final ReadOnlyObjectWrapper<OpenWorkspace> current = new ReadOnlyObjectWrapper<>();
    private final List<Consumer<OpenWorkspace>> onChange = new ArrayList<>();
    private final UiExecutor executor;
    private final Consumer<OpenWorkspace> beforeClose;

    public WorkspaceSession(UiExecutor executor) {
        this(executor, workspace -> { });
    }

    /**
     * @param beforeClose run on the executor just before the workspace is closed at exit ({@link #close()}:
     *        Home's summary kept for the next start); not when another workspace replaces it (the next one's
     *        reads would wait for it on the one worker), nor in the JVM's shutdown hook, which must be quick
     */
    public WorkspaceSession(UiExecutor executor, Consumer<OpenWorkspace> beforeClose) {
        this.executor = executor;
        this.beforeClose = beforeClose;
    }

    public ReadOnlyObjectProperty<OpenWorkspace> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public OpenWorkspace current() {
        return current.get();
    }

    public boolean isOpen() {
        return current.get() != null;
    }

    public Path file() {
        return current.get() == null ? null : current.get().file();
    }

    /** Makes {@code next} the current workspace and closes the one before. */
    public void replace(OpenWorkspace next) {
        OpenWorkspace previous = current.get();
        current.set(next);
        onChange.forEach(c -> c.accept(next));
        if (previous != null && previous != next) {
            // Closing checkpoints the WAL: disk work, so not on the FX thread. Without the before-close step:
            // it would hold up the next workspace's first reads on the one worker.
            executor.run(previous::close);
        }
    }

    /** Closes the current workspace while the window goes on (listeners are told {@code null}). */
    public void closeCurrent() {
        replace(null);
    }

    public void addListener(Consumer<OpenWorkspace> listener) {
        onChange.add(listener);
    }

    /**
     * For the JVM shutdown hook: closes the current workspace on the calling thread (WAL
     * checkpoint, lock released) without the executor. Closing twice is harmless.
     */
    public void closeOnThisThread() {
        OpenWorkspace open = current.get();
        if (open != null) {
            open.close();
        }
    }

    /** Closes the current workspace at exit, after queued work (autosaves) has run. */
    public void close() {
        OpenWorkspace previous = current.get();
        if (previous != null) {
            executor.run(() -> closeAtExit(previous));
            executor.drain();
        }
        // Only now: should the JVM be told to stop while Home's summary is kept, its shutdown hook
        // (closeOnThisThread) still finds the workspace to checkpoint and release.
        current.set(null);
    }

    private void closeAtExit(OpenWorkspace workspace) {
        try {
            beforeClose.accept(workspace);
        } finally {
            workspace.close();
        }
    }
}
