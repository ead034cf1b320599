package org.cxcadence.ui.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaTemplate;
import org.cxcadence.domain.TemplateSection;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.Focus;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.testing.WorkspaceUiTest;
import org.cxcadence.ui.prepare.TemplateRows.SectionRow;
import org.cxcadence.ui.prepare.TemplateRows.TemplateRow;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * The agenda template editor on the demo company: create a template, rename it, make it the weekly
 * series' default, edit its sections (title, kind, topic area, timebox), reorder them by keyboard,
 * undo; never delete a series' default. Every result is read back from the workspace file.
 */
class TemplateEditorTest extends WorkspaceUiTest {
    private static final LocalDate TODAY = LocalDate.ofInstant(TestAppContexts.NOW, TestAppContexts.ZONE);
    private static final String SERIES = "series-weekly";

    @Start
    void start(Stage stage) {
        startWindow(stage);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @Override
    protected OpenWorkspace createWorkspace(Path target) {
        return demo(target, TODAY);
    }

    @Override
    protected void opened() {
        context.shell().show(Section.PREPARE);
    }

    private void openTemplates(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#prepare-section").tryQuery().isPresent());
        PrepareSectionView section = robot.lookup("#prepare-section").queryAs(PrepareSectionView.class);
        robot.interact(section::showTemplates);
        FxWait.until(() -> robot.lookup("#templates").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private ListView<TemplateRow> templates(FxRobot robot) {
        return robot.lookup("#templates-list").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<SectionRow> sections(FxRobot robot) {
        return robot.lookup("#templates-sections").queryAs(ListView.class);
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    private Optional<AgendaTemplate> onDisk(String id) {
        return onDisk().agendaTemplates().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private List<String> titlesOnDisk(String id) {
        return onDisk(id).map(t -> t.sections().stream().map(TemplateSection::title).toList()).orElse(List.of());
    }

    /** Creates a template with the standard sections and waits until it is on disk; returns its id. */
    private String createTemplate(FxRobot robot) {
        openTemplates(robot);
        robot.clickOn("#templates-new");
        FxWait.until(() -> templates(robot).getSelectionModel().getSelectedItem() != null);
        String id = templates(robot).getSelectionModel().getSelectedItem().id();
        FxWait.until(() -> onDisk(id).isPresent());
        return id;
    }

    @SuppressWarnings("unchecked")
    private void chooseDefault(FxRobot robot, String seriesId) {
        ComboBox<TemplatesView.Choice> combo = robot.lookup("#templates-default").queryAs(ComboBox.class);
        robot.interact(() -> combo.setValue(combo.getItems().stream()
                .filter(c -> java.util.Objects.equals(c.id(), seriesId)).findFirst().orElseThrow()));
    }

    @Test
    void aNewTemplateStartsWithTheStandingItemsAndOneSectionPerTopicAreaAndIsRenamedOnDisk(FxRobot robot) {
        String id = createTemplate(robot);
        AgendaTemplate created = onDisk(id).orElseThrow();
        assertEquals(AgendaItemKind.METRICS_REVIEW, created.sections().get(0).kind());
        assertEquals(AgendaItemKind.ACTION_REVIEW, created.sections().get(1).kind());
        assertEquals(onDisk().topicAreas().stream().filter(t -> !t.archived()).count() + 2, created.sections().size());
        assertTrue(Focus.owns(field(robot, "templates-name")), "the name is ready to be typed");

        robot.write("Quarterly deep dive");
        FxWait.until(() -> onDisk(id).orElseThrow().name().equals("Quarterly deep dive"));
        chooseDefault(robot, SERIES);
        FxWait.until(() -> SERIES.equals(onDisk(id).orElseThrow().seriesId()));
        assertTrue(robot.lookup("#templates-total").queryAs(Label.class).getText().contains("of 60 min"),
                "the total is measured against the series' length");
    }

    @Test
    void sectionsAreRetitledTimeboxedGivenAKindAndATopicAreaAndReorderedByKeyboard(FxRobot robot) {
        String id = createTemplate(robot);
        List<String> before = titlesOnDisk(id);
        ListView<SectionRow> list = sections(robot);
        robot.interact(() -> list.getSelectionModel().select(2));
        robot.interact(() -> field(robot, "templates-section-title").setText("Churn: the lost accounts"));
        robot.interact(() -> field(robot, "templates-section-minutes").setText("25"));
        @SuppressWarnings("unchecked")
        ComboBox<AgendaItemKind> kind = robot.lookup("#templates-section-kind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(AgendaItemKind.METRICS_REVIEW));
        @SuppressWarnings("unchecked")
        ComboBox<TemplatesView.Choice> area = robot.lookup("#templates-section-area").queryAs(ComboBox.class);
        robot.interact(() -> area.setValue(area.getItems().getLast()));
        String lastArea = area.getItems().getLast().id();
        FxWait.until(() -> {
            TemplateSection s = onDisk(id).orElseThrow().sections().get(2);
            return s.title().equals("Churn: the lost accounts") && Integer.valueOf(25).equals(s.plannedMinutes())
                    && lastArea.equals(s.topicAreaId()) && s.kind() == AgendaItemKind.METRICS_REVIEW;
        });

        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(2);
        });
        robot.press(KeyCode.ALT).press(KeyCode.UP).release(KeyCode.UP).release(KeyCode.ALT);
        FxWait.until(() -> titlesOnDisk(id).get(1).equals("Churn: the lost accounts"));
        assertEquals(before.get(1), titlesOnDisk(id).get(2));

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        FxWait.until(() -> titlesOnDisk(id).get(2).equals("Churn: the lost accounts"));

        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        FxWait.until(() -> titlesOnDisk(id).size() == before.size() - 1);
        assertEquals(AgendaItemKind.ACTION_REVIEW, onDisk(id).orElseThrow().sections().getFirst().kind());
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        FxWait.until(() -> titlesOnDisk(id).size() == before.size());
        assertEquals("New section", titlesOnDisk(id).get(1));
    }

    @Test
    void blankNamesBlankTitlesAndAbsurdTimeboxesAreRefusedAtTheFieldAndNotSaved(FxRobot robot) {
        String id = createTemplate(robot);
        AgendaTemplate before = onDisk(id).orElseThrow();
        robot.interact(() -> field(robot, "templates-name").setText("  "));
        assertEquals("A title is needed.", robot.lookup("#templates-name-error").queryAs(Label.class).getText());
        robot.interact(() -> sections(robot).getSelectionModel().select(3));
        robot.interact(() -> field(robot, "templates-section-minutes").setText("600"));
        assertTrue(robot.lookup("#templates-section-minutes-error").queryAs(Label.class).getText().contains("240"));
        robot.interact(() -> field(robot, "templates-section-title").setText(""));
        assertEquals("A title is needed.",
                robot.lookup("#templates-section-title-error").queryAs(Label.class).getText());
        robot.interact(() -> context.autosaver().flush());
        assertEquals(before, onDisk(id).orElseThrow());

        robot.interact(() -> field(robot, "templates-section-minutes").setText(""));
        FxWait.until(() -> onDisk(id).orElseThrow().sections().get(3).plannedMinutes() == null);
        assertEquals("", robot.lookup("#templates-section-minutes-error").queryAs(Label.class).getText());
    }

    @Test
    void theSeriesDefaultIsNeverDeletedAndSaysWhyANamedOneIsAndUndoBringsItBack(FxRobot robot) {
        String id = createTemplate(robot);
        chooseDefault(robot, SERIES);
        FxWait.until(() -> SERIES.equals(onDisk(id).orElseThrow().seriesId()));
        robot.clickOn("#templates-delete");
        String why = robot.lookup("#templates-error").queryAs(Label.class).getText();
        assertTrue(why.contains("cannot be deleted: it is the default agenda of Weekly customer accountability"), why);
        robot.interact(() -> context.autosaver().flush());
        assertTrue(onDisk(id).isPresent());

        chooseDefault(robot, null);
        FxWait.until(() -> onDisk(id).orElseThrow().seriesId() == null);
        robot.clickOn("#templates-delete");
        FxWait.until(() -> onDisk(id).isEmpty());
        assertTrue(templates(robot).getItems().isEmpty());
        robot.clickOn("#templates-undo");
        FxWait.until(() -> onDisk(id).isPresent());
        assertEquals(id, templates(robot).getSelectionModel().getSelectedItem().id());
    }

    @Test
    void aNewDefaultReleasesTheOldOneAndUndoGivesTheSeriesItBack(FxRobot robot) {
        String first = createTemplate(robot);
        chooseDefault(robot, SERIES);
        FxWait.until(() -> SERIES.equals(onDisk(first).orElseThrow().seriesId()));
        robot.clickOn("#templates-duplicate");
        FxWait.until(() -> templates(robot).getItems().size() == 2);
        String second = templates(robot).getSelectionModel().getSelectedItem().id();
        FxWait.until(() -> onDisk(second).isPresent());
        assertNull(onDisk(second).orElseThrow().seriesId(), "a copy is never a series' default");
        chooseDefault(robot, SERIES);
        FxWait.until(() -> SERIES.equals(onDisk(second).orElseThrow().seriesId()));
        assertNull(onDisk(first).orElseThrow().seriesId());

        robot.clickOn("#templates-undo");
        FxWait.until(() -> SERIES.equals(onDisk(first).orElseThrow().seriesId()));
        assertNull(onDisk(second).orElseThrow().seriesId());
    }

    @Test
    void anEditedTemplateIsOfferedOnTheAgendaTab(FxRobot robot) {
        String id = createTemplate(robot);
        robot.interact(() -> field(robot, "templates-name").setText("Board prep"));
        PrepareSectionView section = robot.lookup("#prepare-section").queryAs(PrepareSectionView.class);
        robot.interact(section::showAgenda);
        PrepareView view = robot.lookup("#prepare").queryAs(PrepareView.class);
        FxWait.until(() -> onDisk(id).orElseThrow().name().equals("Board prep"));
        FxWait.until(() -> view.templateNames().contains("Board prep"));
    }
}
