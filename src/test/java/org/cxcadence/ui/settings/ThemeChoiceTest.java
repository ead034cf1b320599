package org.cxcadence.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cxcadence.app.AppContext;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.testing.WorkspaceUiTest;
import org.cxcadence.ui.common.Theme;
import org.cxcadence.ui.common.ThemeChoice;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.application.Platform;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Settings → Appearance: System, Light or Dark; System follows the operating system's scheme, live. */
class ThemeChoiceTest extends WorkspaceUiTest {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Override
    protected void opened() {
        context.shell().show(Section.SETTINGS);
    }

    @Test
    void choosingSystemAppliesTheSchemeThePlatformReports(FxRobot robot) {
        Theme[] asked = new Theme[1];
        robot.interact(() -> asked[0] = Theme.of(Platform.getPreferences().getColorScheme()));
        Theme reported = asked[0];
        // First the opposite look, so choosing System visibly changes something.
        robot.clickOn(reported == Theme.DARK ? "#settings-theme-light" : "#settings-theme-dark");
        assertEquals(reported.other(), context.shell().themeProperty().get());
        robot.clickOn("#settings-theme-system");
        assertEquals(reported, context.shell().themeProperty().get());
        assertEquals(ThemeChoice.SYSTEM, context.preferences().themeChoice());
        assertTrue(robot.lookup("#settings-theme-system").queryAs(RadioButton.class).isSelected());
    }

    @Test
    void systemChoiceFollowsTheSchemeAsItChanges(FxRobot robot) {
        robot.clickOn("#settings-theme-system");
        // The platform's scheme cannot be switched from a test; the shell gets it through this property.
        robot.interact(() -> context.shell().systemThemeProperty().set(Theme.DARK));
        assertEquals(Theme.DARK, context.shell().themeProperty().get());
        robot.interact(() -> context.shell().systemThemeProperty().set(Theme.LIGHT));
        assertEquals(Theme.LIGHT, context.shell().themeProperty().get());

        robot.clickOn("#settings-theme-light");
        robot.interact(() -> context.shell().systemThemeProperty().set(Theme.DARK));
        assertEquals(Theme.LIGHT, context.shell().themeProperty().get(), "an explicit Light ignores the system");
        assertTrue(robot.lookup("#settings-theme-light").queryAs(RadioButton.class).isSelected());
    }

    @Test
    void darkPersistsAcrossRestart(FxRobot robot) {
        robot.clickOn("#settings-theme-dark");
        AppContext again = restarted(robot);
        assertEquals(ThemeChoice.DARK, again.shell().themeChoiceProperty().get());
        assertEquals(Theme.DARK, again.shell().themeProperty().get());
    }

    @Test
    void lightPersistsAcrossRestartWhateverTheSystemSays(FxRobot robot) {
        robot.clickOn("#settings-theme-dark");
        robot.clickOn("#settings-theme-light");
        AppContext again = restarted(robot);
        assertEquals(ThemeChoice.LIGHT, again.shell().themeChoiceProperty().get());
        robot.interact(() -> again.shell().systemThemeProperty().set(Theme.DARK));
        assertEquals(Theme.LIGHT, again.shell().themeProperty().get());
    }

    @Test
    void theNavigationToggleIsAnExplicitChoiceShownInSettings(FxRobot robot) {
        robot.clickOn("#settings-theme-system");
        Theme before = context.shell().themeProperty().get();
        robot.clickOn("#toggle-theme");
        assertEquals(before.other(), context.shell().themeProperty().get());
        assertEquals(ThemeChoice.of(before.other()), context.preferences().themeChoice());
        String id = before.other() == Theme.DARK ? "#settings-theme-dark" : "#settings-theme-light";
        assertTrue(robot.lookup(id).queryAs(RadioButton.class).isSelected());
    }

    /** Closes the window the way a person does (it saves the preferences), then builds the app anew on the same home. */
    private AppContext restarted(FxRobot robot) {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        return TestAppContexts.create(home, executor);
    }
}
