package org.cxcadence.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.service.BackupService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.testing.CliRun;
import org.cxcadence.testing.Files2;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.ui.FxUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;

/**
 * A workspace too large for {@code quick_check} on open (over 16 MB), damaged on disk, whose last
 * backup is two days old: the window shows it at once while the daily backup copies it, the copy
 * finds the damage, and the window then closes it and offers the newest good backup, as when the
 * check on open finds damage ({@link DamagedWorkspaceTest}).
 */
@ExtendWith(ApplicationExtension.class)
class DamageFoundByTheDailyBackupTest {
    @TempDir
    Path home;

    private Stage stage;
    private FxUiExecutor executor;
    private AppContext context;
    private Path file;
    private String damagedSha;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new FxUiExecutor();
    }

    @BeforeEach
    void largeDamagedWorkspaceWithABackupFromTwoDaysAgo() throws Exception {
        file = home.resolve("acme.cxcadence");
        WorkspaceService workspaces = new WorkspaceService();
        TestAppContexts.demoWorkspace(file);
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            // Years of history stand-in: 17 MB of text, so the open skips quick_check.
            w.database().write(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO settings (key, value) VALUES ('test.padding', hex(randomblob(8700000)))");
                }
            });
            new BackupService(Clock.offset(TestAppContexts.clock(), Duration.ofDays(-2))).backUpNow(w, "manual");
        }
        assertTrue(Files.size(file) > WorkspaceService.QUICK_CHECK_ON_OPEN_MAX_BYTES, "too small to skip quick_check");
        Files2.damageTablePage(file, "action_items");
        damagedSha = Files2.sha256(file);
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.session().close();
        }
        executor.close();
    }

    @Test
    void theWorkspaceShowsAtOnceThenClosesWhenTheCopyFindsDamageAndTheNewestBackupIsOffered(FxRobot robot) {
        List<Optional<OpenWorkspace>> shown = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            context = TestAppContexts.create(home, executor, Optional.of(file));
            context.session().addListener(w -> shown.add(Optional.ofNullable(w)));
            CxCadenceApp.show(stage, context, executor, folder -> { }).start();
        });
        FxWait.until(() -> robot.lookup("#damaged-restore").tryQuery().isPresent());

        assertEquals(2, shown.size(), "opened, then closed: " + shown);
        assertTrue(shown.get(0).isPresent(), "the window showed the workspace before the copy was done");
        assertTrue(shown.get(1).isEmpty(), "and closed it when the copy found the damage");
        assertNull(context.session().current());
        assertTrue(robot.lookup("#shell").tryQuery().isEmpty(), "the screens of the damaged workspace are gone");
        assertNotNull(robot.lookup("#damaged-restore").query());

        robot.clickOn("Restore the backup");
        FxWait.until(() -> robot.lookup("#shell").tryQuery().isPresent());
        assertEquals(damagedSha, Files2.sha256(home.resolve("acme.cxcadence.damaged")), "the damaged file is kept aside");
        context.session().close();
        assertEquals(0, CliRun.run(home, "--workspace", file.toString(), "check").exitCode);
        assertFalse(Files.exists(home.resolve("acme.cxcadence.damaged.damaged")));
    }
}
