package org.cxcadence.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.cxcadence.testing.FxWait;
import org.cxcadence.ui.common.Theme;
import org.cxcadence.ui.prepare.PrepareSectionView;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/** The agenda template editor in the screenshot tour: a template made the weekly series' default, at 1280×720. */
class PrepareTemplatesTourTest extends TourTest {
    @Start
    void start(Stage stage) {
        startTour(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void templateEditorOnTheDemoCompany(FxRobot robot) throws IOException {
        openDemo(robot);
        robot.interact(() -> context.shell().show(Section.PREPARE));
        FxWait.until(() -> robot.lookup("#prepare-section").tryQuery().isPresent());
        PrepareSectionView section = robot.lookup("#prepare-section").queryAs(PrepareSectionView.class);
        robot.interact(section::showTemplates);
        FxWait.until(() -> robot.lookup("#templates-new").tryQuery().isPresent());
        robot.clickOn("#templates-new");
        ListView<Object> templates = robot.lookup("#templates-list").queryAs(ListView.class);
        FxWait.until(() -> templates.getItems().size() == 1);
        robot.interact(() -> robot.lookup("#templates-name").queryAs(TextField.class)
                .setText("Weekly customer accountability"));
        ComboBox<Object> defaultFor = robot.lookup("#templates-default").queryAs(ComboBox.class);
        robot.interact(() -> defaultFor.setValue(defaultFor.getItems().get(1)));
        robot.clickOn("#templates-duplicate");
        FxWait.until(() -> templates.getItems().size() == 2);
        robot.interact(() -> robot.lookup("#templates-name").queryAs(TextField.class)
                .setText("Quarterly deep dive: churn and renewals"));
        robot.interact(() -> templates.getSelectionModel().select(0));
        ListView<Object> sections = robot.lookup("#templates-sections").queryAs(ListView.class);
        FxWait.until(() -> sections.getItems().size() > 3);
        robot.interact(() -> sections.getSelectionModel().select(2));
        for (Theme theme : Theme.values()) {
            robot.interact(() -> context.shell().themeProperty().set(theme));
            shoot(robot, "prepare-templates" + (theme == Theme.DARK ? "-dark" : ""));
        }
        robot.interact(() -> sections.getSelectionModel().select(1));
        robot.clickOn("#templates-delete");
        // The series' default cannot be deleted: the refusal is shown and both templates stay.
        FxWait.until(() -> !robot.lookup("#templates-error").queryAs(Label.class).getText().isBlank());
        assertEquals(2, templates.getItems().size());
        shoot(robot, "prepare-templates-refused-dark");
    }
}
