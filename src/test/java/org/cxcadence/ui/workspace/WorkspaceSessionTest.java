package org.cxcadence.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.service.home.HomeSummaries;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.ui.SynchronousUiExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace the window works on: replaced, and closed at exit after Home's summary is kept. */
class WorkspaceSessionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private final WorkspaceService workspaces = new WorkspaceService();

    @Test
    void atExitTheWorkspaceKeepsHomesSummaryBeforeClosingButNotWhenAnotherReplacesIt() {
        Path first = TestAppContexts.demoWorkspace(dir.resolve("first.cxcadence"));
        Path second = TestAppContexts.demoWorkspace(dir.resolve("second.cxcadence"));
        List<Path> kept = new ArrayList<>();
        List<OpenWorkspace> currentWhileKeeping = new ArrayList<>();
        WorkspaceSession[] sessions = new WorkspaceSession[1];
        WorkspaceSession session = new WorkspaceSession(new SynchronousUiExecutor(), workspace -> {
            kept.add(workspace.file());
            currentWhileKeeping.add(sessions[0].current());
            HomeSummaries.keepForNextStart(workspace, TODAY); // what the window's context runs
        });
        sessions[0] = session;

        session.replace(workspaces.openForWriting(first));
        session.replace(workspaces.openForWriting(second));
        assertEquals(List.of(), kept, "switching workspaces closes the first at once");

        OpenWorkspace last = session.current();
        session.close();
        assertEquals(List.of(second), kept);
        assertEquals(List.of(last), currentWhileKeeping, "the shutdown hook still finds it to close meanwhile");
        assertEquals(null, session.current());
        try (OpenWorkspace reopened = workspaces.openForWriting(second); // closed: the lock is free
             OpenWorkspace other = workspaces.openForWriting(first)) {
            assertTrue(HomeSummaries.kept(reopened, TODAY).isPresent(), "the next start shows Home at once");
            assertTrue(HomeSummaries.kept(other, TODAY).isEmpty());
        }
    }
}
