package org.cxcadence.app;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.cxcadence.ui.common.Autosaver;
import org.cxcadence.ui.workspace.WorkspaceSession;

/**
 * The last exit path: a JVM shutdown hook (SIGTERM, logout, System.exit elsewhere) that commits
 * typed text still waiting in the {@link Autosaver} and closes the workspace, which checkpoints
 * the WAL and releases the lock. After a normal stop (window close, Quit) there is nothing left
 * to do, and closing again is harmless.
 */
final class ExitGuard implements Runnable {
    private static final Logger LOG = Logger.getLogger(ExitGuard.class.getName());

    private final Autosaver autosaver;
    private final WorkspaceSession session;

    ExitGuard(Autosaver autosaver, WorkspaceSession session) {
        this.autosaver = autosaver;
        this.session = session;
    }

    static Thread hook(AppContext context) {
        Thread thread = new Thread(new ExitGuard(context.autosaver(), context.session()), "cx-cadence-exit");
        Runtime.getRuntime().addShutdownHook(thread);
        return thread;
    }

    @Override
    public void run() {
        try {
            int failed = autosaver.runPendingOnThisThread();
            if (failed > 0) {
                LOG.warning(failed + " unsaved edits could not be written at exit");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Saving at exit failed", e);
        } finally {
            try {
                session.closeOnThisThread();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing the workspace at exit failed", e);
            }
        }
    }
}
