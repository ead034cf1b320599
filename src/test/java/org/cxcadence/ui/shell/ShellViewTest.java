package org.cxcadence.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.ui.FxUiExecutor;
import org.cxcadence.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

@ExtendWith(ApplicationExtension.class)
class ShellViewTest {
    @TempDir
    Path home;

    private AppContext context;
    private FxUiExecutor executor;

    @Start
    void start(Stage stage) {
        executor = new FxUiExecutor();
        context = TestAppContexts.create(home, executor);
        CxCadenceApp.show(stage, context, executor, folder -> { });
        context.open(context.workspaces().createEmpty(home.resolve("shell.cxcadence")));
    }

    @AfterEach
    void stop() {
        context.session().close();
        executor.close();
    }

    @Test
    void opensOnHome(FxRobot robot) {
        assertEquals("Home", robot.lookup("#section-title").queryAs(Label.class).getText());
    }

    @Test
    void shortcutDigitsOpenEachSection(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        assertEquals(Section.PEOPLE, context.shell().section());
        assertEquals("People", robot.lookup("#section-title").queryAs(Label.class).getText());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertEquals(Section.RUN, context.shell().section());
    }

    @Test
    void navigationButtonsOpenTheirSectionsAndEverySectionHasItsScreen(FxRobot robot) {
        for (Section section : Section.values()) {
            robot.clickOn("#" + section.navId());
            assertEquals(section, context.shell().section());
            assertTrue(robot.lookup("#placeholder-" + section.name().toLowerCase(java.util.Locale.ROOT)).tryQuery().isEmpty(),
                    section + " still shows the not-yet-available state");
        }
        assertEquals("shell.cxcadence", robot.lookup("#workspace-name").queryAs(Label.class).getText());
    }

    @Test
    void aNavigationButtonsTooltipNamesItsKeyOnceThePointerComesOverIt(FxRobot robot) {
        ToggleButton actions = robot.lookup("#" + Section.ACTIONS.navId()).queryAs(ToggleButton.class);
        String expected = "Actions  (" + Section.ACTIONS.shortcut().getDisplayText() + ")";
        assertEquals(expected, actions.getAccessibleHelp(), "screen readers have it before any pointer");
        assertNull(actions.getTooltip(), "made when first wanted");
        robot.moveTo(actions);
        FxWait.until(() -> actions.getTooltip() != null);
        assertEquals(expected, actions.getTooltip().getText());
        robot.moveBy(2, 1); // resting there after the entry: it shows, as a tooltip made earlier would
        FxWait.until(() -> actions.getTooltip().isShowing());
        Label workspace = robot.lookup("#workspace-name").queryAs(Label.class);
        robot.moveTo(workspace);
        FxWait.until(() -> workspace.getTooltip() != null);
        assertEquals(home.resolve("shell.cxcadence").toString(), workspace.getTooltip().getText());
    }

    @Test
    void leavingASectionRunsTheFlushHooks(FxRobot robot) {
        AtomicInteger flushes = new AtomicInteger();
        robot.interact(() -> context.shell().addBeforeLeaving(flushes::incrementAndGet));
        robot.clickOn("#nav-actions");
        robot.clickOn("#nav-actions");
        robot.clickOn("#nav-history");
        assertEquals(2, flushes.get(), "one flush per real switch, none for re-selecting the same section");
    }

    @Test
    void themeToggleSwitchesToDarkAndRemembersIt(FxRobot robot) {
        robot.clickOn("#toggle-theme");
        assertEquals(Theme.DARK, context.shell().themeProperty().get());
        assertEquals(Theme.DARK, context.preferences().theme());
        robot.clickOn("#toggle-theme");
        assertEquals(Theme.LIGHT, context.shell().themeProperty().get());
    }

    @Test
    void aNewScreenEntersTheSceneAFrameLaterAndOnlyIfItIsStillTheChosenOne(FxRobot robot) {
        robot.interact(() -> {
            context.shell().show(Section.RUN);
            assertEquals("Run", robot.lookup("#section-title").queryAs(Label.class).getText(), "the title changes at once");
            assertTrue(robot.lookup("#run").tryQuery().isEmpty(), "the new screen waits for the next frame");
            context.shell().show(Section.HISTORY);
        });
        FxWait.until(() -> robot.lookup("#history").tryQuery().isPresent());
        assertTrue(robot.lookup("#run").tryQuery().isEmpty(), "a screen left before its first frame is not shown");
        StackPane content = robot.lookup("#content").queryAs(StackPane.class);
        assertEquals(List.of("history"), shown(content));
        robot.interact(() -> context.shell().show(Section.RUN));
        FxWait.until(() -> shown(content).equals(List.of("run")));
        robot.interact(() -> {
            context.shell().show(Section.HISTORY);
            assertEquals(List.of("history"), shown(content), "a screen built before comes back at once");
        });
    }

    @Test
    void aScreenShownBeforeStaysInTheSceneHiddenAndComesBackWithoutBeingReattached(FxRobot robot) {
        robot.interact(() -> context.shell().show(Section.HISTORY));
        FxWait.until(() -> robot.lookup("#history").tryQuery().filter(Node::isVisible).isPresent());
        Node history = robot.lookup("#history").query();
        AtomicInteger reparented = new AtomicInteger();
        robot.interact(() -> history.parentProperty().addListener((o, was, now) -> reparented.incrementAndGet()));
        robot.interact(() -> context.shell().show(Section.HOME));
        assertFalse(history.isVisible(), "hidden while another screen is shown");
        assertFalse(history.isManaged(), "and out of the layout");
        robot.interact(() -> context.shell().show(Section.HISTORY));
        assertTrue(history.isVisible());
        assertEquals(0, reparented.get(), "never taken out of the scene: its styles need not be worked out again");
    }

    /** The ids of the screens shown (visible) in the content pane. */
    private static List<String> shown(StackPane content) {
        return content.getChildren().stream().filter(Node::isVisible).map(Node::getId).toList();
    }
}
