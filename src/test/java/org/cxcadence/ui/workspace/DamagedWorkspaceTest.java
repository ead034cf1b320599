package org.cxcadence.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.service.BackupService;
import org.cxcadence.service.ExchangeService;
import org.cxcadence.service.OpenWorkspace;
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

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

/**
 * A table page of a real workspace damaged on disk (the demo company, a good backup taken today,
 * so the daily backup is not due and only the check on open can find it), walked through the
 * command line and the window: {@code check} reports it with exit 4 and leaves it alone; the app
 * offers the newest good backup; accepting keeps the damaged file as {@code .damaged} and opens the
 * backup; declining leaves the file byte for byte as it was.
 */
@ExtendWith(ApplicationExtension.class)
class DamagedWorkspaceTest {
    @TempDir
    Path home;

    private Stage stage;
    private FxUiExecutor executor;
    private AppContext context;
    private Path file;
    private Path backup;
    private String damagedSha;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new FxUiExecutor();
    }

    @BeforeEach
    void damagedDemoWithAGoodBackup() throws Exception {
        file = home.resolve("acme.cxcadence");
        ExchangeService exchange = new ExchangeService(new org.cxcadence.service.WorkspaceService(), TestAppContexts.clock());
        exchange.fillWithDemo(file, LocalDate.of(2026, 11, 23));
        try (OpenWorkspace w = new org.cxcadence.service.WorkspaceService().openForWriting(file)) {
            backup = new BackupService(TestAppContexts.clock()).backUpNow(w, "manual");
        }
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

    private void launch(FxRobot robot) {
        robot.interact(() -> {
            context = TestAppContexts.create(home, executor, Optional.of(file));
            CxCadenceApp.show(stage, context, executor, folder -> { }).start();
        });
        FxWait.until(() -> robot.lookup("#damaged-restore").tryQuery().isPresent());
    }

    @Test
    void theCommandLineReportsTheDamagedPageWithExit4AndLeavesTheFileAlone() {
        CliRun check = CliRun.run(home, "--workspace", file.toString(), "check");
        assertEquals(4, check.exitCode, check.toString());
        assertTrue(check.err.contains("acme.cxcadence") && check.err.contains("damaged"), check.err);
        assertEquals(damagedSha, Files2.sha256(file));
        assertFalse(Files.exists(home.resolve("acme.cxcadence.damaged")));
    }

    @Test
    void openingOffersTheNewestGoodBackupAndAcceptingKeepsTheDamagedFileAsideAndOpensIt(FxRobot robot) {
        launch(robot);
        String text = robot.lookup("#damaged-restore").queryAs(DialogPane.class).getContentText();
        assertTrue(text.contains("acme.cxcadence.damaged"), text);
        robot.clickOn("Restore the backup");
        FxWait.until(() -> robot.lookup("#shell").tryQuery().isPresent());

        Path aside = home.resolve("acme.cxcadence.damaged");
        assertEquals(damagedSha, Files2.sha256(aside), "the damaged file is kept byte for byte");
        context.session().close();
        assertEquals(0, CliRun.run(home, "--workspace", file.toString(), "check").exitCode);
        try (OpenWorkspace restored = context.workspaces().openReadOnly(file);
             OpenWorkspace good = context.workspaces().openReadOnly(backup)) {
            assertEquals(good.snapshot().actionItems(), restored.snapshot().actionItems());
        }
    }

    @Test
    void decliningTheBackupLeavesTheDamagedFileUntouched(FxRobot robot) {
        launch(robot);
        robot.clickOn("Close");
        FxWait.until(() -> robot.lookup("#damaged-restore").tryQuery().isEmpty());
        assertEquals(damagedSha, Files2.sha256(file));
        assertFalse(Files.exists(home.resolve("acme.cxcadence.damaged")));
        assertTrue(robot.lookup("#shell").tryQuery().isEmpty(), "the damaged workspace is not opened");
    }
}
