package org.cxcadence.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cxcadence.domain.WorkspaceSettings;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.SettingsService;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.testing.ManualScheduler;
import org.cxcadence.ui.SynchronousUiExecutor;
import org.cxcadence.ui.common.Autosaver;
import org.cxcadence.ui.shell.Section;
import org.cxcadence.ui.shell.ShellViewModel;
import org.cxcadence.ui.workspace.WorkspaceSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitGuardTest {
    @TempDir
    Path dir;

    @Test
    void theShutdownHookCommitsPendingTypingAndClosesTheWorkspace() throws Exception {
        Path file = dir.resolve("exit.cxcadence");
        WorkspaceService workspaces = new WorkspaceService();
        workspaces.createEmpty(file).close();
        OpenWorkspace open = workspaces.openForWriting(file);
        WorkspaceSession session = new WorkspaceSession(new SynchronousUiExecutor());
        session.replace(open);
        Autosaver autosaver = new Autosaver(new SynchronousUiExecutor(), new ManualScheduler());
        autosaver.submit("settings", () -> new SettingsService(open).save(new WorkspaceSettings("Typed Ltd", 3)));
        assertTrue(autosaver.hasPending(), "not yet saved: the 400 ms have not passed");

        new ExitGuard(autosaver, session).run();

        assertFalse(autosaver.hasPending());
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        assertTrue(!Files.exists(wal) || Files.size(wal) == 0, "the WAL was checkpointed");
        try (OpenWorkspace again = workspaces.openForWriting(file)) { // the lock was released
            assertEquals("Typed Ltd", new SettingsService(again).load().companyName());
        }
        new ExitGuard(autosaver, session).run(); // a second run (after a normal stop) is harmless
    }

    @Test
    void leavingAScreenAndClosingTheWindowFlushTheAutosaver() {
        ShellViewModel shell = new ShellViewModel();
        List<String> flushed = new ArrayList<>();
        shell.addBeforeLeaving(() -> flushed.add("flush"));
        shell.show(Section.ACTIONS);
        shell.show(Section.METRICS);
        assertFalse(flushed.isEmpty(), "a screen switch flushes");
        int before = flushed.size();
        shell.flushAll(); // what the window's close request and Quit call
        assertEquals(before + 1, flushed.size());
    }
}
