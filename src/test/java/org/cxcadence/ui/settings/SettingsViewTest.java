package org.cxcadence.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.domain.WorkspaceSettings;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.ui.FxUiExecutor;
import org.cxcadence.ui.common.Theme;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {
    @TempDir
    Path home;

    private AppContext context;
    private FxUiExecutor executor;
    private Path file;

    @Start
    void start(Stage stage) {
        executor = new FxUiExecutor();
        context = TestAppContexts.create(home, executor);
        CxCadenceApp.show(stage, context, executor, folder -> { });
        file = home.resolve("settings.cxcadence");
        context.open(context.workspaces().createEmpty(file));
        context.shell().show(Section.SETTINGS);
    }

    @AfterEach
    void stop() {
        context.session().close();
        executor.close();
    }

    private WorkspaceSettings onDisk() {
        executor.drain();
        try (OpenWorkspace reader = context.workspaces().openReadOnly(file)) {
            return reader.snapshot().settings();
        }
    }

    @Test
    void showsWhereTheWorkspaceBackupsAndLogLive(FxRobot robot) {
        FxWait.until(() -> !robot.lookup("#settings-workspace-file").queryAs(TextField.class).getText().isEmpty());
        assertEquals(file.toAbsolutePath().toString(),
                robot.lookup("#settings-workspace-file").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#settings-backups").queryAs(TextField.class).getText().endsWith("settings.cxcadence.backups"));
        assertEquals(home.resolve("logs").resolve("cx-cadence.log").toAbsolutePath().toString(),
                robot.lookup("#settings-log-file").queryAs(TextField.class).getText());
    }

    @Test
    void companyNameAndStallRuleAreSavedAsTheyChange(FxRobot robot) {
        FxWait.until(() -> !robot.lookup("#settings-workspace-file").queryAs(TextField.class).getText().isEmpty());
        robot.clickOn("#settings-company").write("Harborline");
        robot.interact(() -> robot.lookup("#settings-stalled-after").queryAs(Spinner.class).increment(1));
        FxWait.until(() -> "Harborline".equals(onDisk().companyName()));
        FxWait.until(() -> onDisk().effectiveStalledAfterSessions() == 3);
    }

    @Test
    void themeChoiceSwitchesTheWindow(FxRobot robot) {
        robot.clickOn("#settings-theme-dark");
        assertEquals(Theme.DARK, context.shell().themeProperty().get());
        robot.clickOn("#settings-theme-light");
        assertEquals(Theme.LIGHT, context.shell().themeProperty().get());
    }
}
