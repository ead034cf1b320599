package org.cxcadence.ui.settings;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cxcadence.service.BackupService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.WorkspaceUiTest;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

/** Settings → Backups with a second backup folder (a network drive, say) set for the workspace. */
class SecondBackupFolderTest extends WorkspaceUiTest {
    private Path share;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Override
    protected OpenWorkspace createWorkspace(Path target) {
        OpenWorkspace workspace = super.createWorkspace(target);
        try {
            share = Files.createDirectories(home.resolve("network-drive"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new BackupService(context.clock()).setSecondFolder(workspace, share);
        return workspace;
    }

    @Override
    protected void opened() {
        context.shell().show(Section.SETTINGS);
    }

    @Test
    void theCardShowsTheSecondFolderBackUpNowCopiesThereAndStopCopyingClearsIt(FxRobot robot) {
        FxWait.until(() -> share.toString().equals(robot.lookup("#backups-second-folder").queryLabeled().getText()));
        robot.interact(() -> robot.lookup("#settings").queryAs(ScrollPane.class).setVvalue(1.0));
        robot.clickOn("#backup-now");
        ListView<?> list = robot.lookup("#backups-list").queryAs(ListView.class);
        FxWait.until(() -> list.getItems().size() == 1);
        Path copies = share.resolve("test.cxcadence.backups");
        FxWait.until(() -> count(copies) == 1);

        robot.clickOn("#backup-second-stop");
        FxWait.until(() -> "no second folder".equals(robot.lookup("#backups-second-folder").queryLabeled().getText()));
        try (OpenWorkspace reader = context.workspaces().openReadOnly(file)) {
            assertTrue(new BackupService(context.clock()).secondFolder(reader).isEmpty());
        }
    }

    private static long count(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return files.count();
        }
    }
}
