package org.cxcadence.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cxcadence.domain.WorkspaceSettings;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.SettingsService;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.WorkspaceUiTest;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

class BackupsCardTest extends WorkspaceUiTest {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Override
    protected void opened() {
        context.shell().show(Section.SETTINGS);
    }

    @Test
    void backUpNowListsTheBackupAndRestoreBringsItBackAfterConfirming(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#settings").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        robot.clickOn("#backup-now");
        ListView<?> list = robot.lookup("#backups-list").queryAs(ListView.class);
        FxWait.until(() -> list.getItems().size() == 1);
        Path folder = home.resolve("test.cxcadence.backups");
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count());
        }

        OpenWorkspace before = context.session().current();
        executor.run(() -> new SettingsService(before).save(new WorkspaceSettings("Changed Later", 2)));
        FxWait.until(() -> "Changed Later".equals(onDisk().settings().companyName()));

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#backup-restore");
        Button confirm = robot.lookup("#confirm-restore .button").queryAllAs(Button.class).stream()
                .filter(b -> "Restore".equals(b.getText())).findFirst().orElseThrow();
        robot.clickOn(confirm);

        FxWait.until(() -> context.session().current() != before && context.session().current() != null);
        assertNull(onDisk().settings().companyName(), "the backup's content is back");
        // The content before the restore is kept as a backup too.
        FxWait.until(() -> robot.lookup("#backups-list").queryAs(ListView.class).getItems().size() == 2);
        assertTrue(robot.lookup("#backups-status").queryLabeled().getText().contains("Restored"),
                robot.lookup("#backups-status").queryLabeled().getText());
    }
}
