package org.cxcadence.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.WorkspaceUiTest;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Home on the demo company: the glance, and its links into the work. */
class HomeTest extends WorkspaceUiTest {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Override
    protected OpenWorkspace createWorkspace(Path target) {
        return demo(target, LocalDate.of(2026, 11, 23));
    }

    @Test
    void showsTheNextSessionTheCustomerAssetAndWhatHasStalled(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#home-next-title").tryQuery().isPresent());
        assertEquals("Weekly customer accountability", robot.lookup("#home-next-title").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#home-asset-change").queryAs(Label.class).getText().startsWith("Gained "));
        assertTrue(robot.lookup("#home-stalled").queryAs(Label.class).getText().endsWith("stalled"));
    }

    @Test
    void startSessionOnHomeStartsTheNextSessionInRun(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#home-start-session").tryQuery().isPresent());
        robot.clickOn("#home-start-session");
        FxWait.until(() -> context.shell().section() == Section.RUN);
        FxWait.until(() -> robot.lookup("#run-title").tryQuery().isPresent());
        assertTrue(onDisk().meetings().stream().anyMatch(m -> m.status() == MeetingStatus.IN_PROGRESS));
    }

    @Test
    void eachCardLinksToItsScreen(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#home-leaders-link").tryQuery().isPresent());
        robot.clickOn("#home-leaders-link");
        assertEquals(Section.ACTIONS, context.shell().section());
        robot.interact(() -> context.shell().show(Section.HOME));
        robot.clickOn("#home-asset-link");
        assertEquals(Section.METRICS, context.shell().section());
    }
}
