package org.cxcadence.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cxcadence.domain.WorkspaceSettings;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.WorkspaceUiTest;
import org.cxcadence.ui.common.Theme;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

class SettingsViewTest extends WorkspaceUiTest {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Override
    protected void opened() {
        context.shell().show(Section.SETTINGS);
    }

    private WorkspaceSettings settingsOnDisk() {
        return onDisk().settings();
    }

    @Test
    void showsWhereTheWorkspaceBackupsAndLogLive(FxRobot robot) {
        FxWait.until(() -> !robot.lookup("#settings-workspace-file").queryAs(TextField.class).getText().isEmpty());
        assertEquals(file.toAbsolutePath().toString(),
                robot.lookup("#settings-workspace-file").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#settings-backups").queryAs(TextField.class).getText().endsWith("test.cxcadence.backups"));
        assertEquals(home.resolve("logs").resolve("cx-cadence.log").toAbsolutePath().toString(),
                robot.lookup("#settings-log-file").queryAs(TextField.class).getText());
    }

    @Test
    void companyNameAndStallRuleAreSavedAsTheyChange(FxRobot robot) {
        FxWait.until(() -> !robot.lookup("#settings-workspace-file").queryAs(TextField.class).getText().isEmpty());
        robot.clickOn("#settings-company").write("Harborline");
        robot.interact(() -> robot.lookup("#settings-stalled-after").queryAs(Spinner.class).increment(1));
        FxWait.until(() -> "Harborline".equals(settingsOnDisk().companyName()));
        FxWait.until(() -> settingsOnDisk().effectiveStalledAfterSessions() == 3);
    }

    @Test
    void themeChoiceSwitchesTheWindow(FxRobot robot) {
        robot.clickOn("#settings-theme-dark");
        assertEquals(Theme.DARK, context.shell().themeProperty().get());
        robot.clickOn("#settings-theme-light");
        assertEquals(Theme.LIGHT, context.shell().themeProperty().get());
    }
}
