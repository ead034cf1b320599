package org.cxcadence.ui.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaTemplate;
import org.cxcadence.domain.Cadence;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.TemplateSection;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.AgendaService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.testing.WorkspaceUiTest;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The session and series dialogs of Prepare on the demo company: reschedule, cancel (what it held goes
 * on to the next session, once), an extra session, and the series editor (with its default agenda).
 * Bad input keeps a dialog open with the reason; every result is read back from the workspace file.
 */
class SessionDialogsTest extends WorkspaceUiTest {
    private static final LocalDate TODAY = LocalDate.ofInstant(TestAppContexts.NOW, TestAppContexts.ZONE);
    private static final String SERIES = "series-weekly";
    private static final String NEXT = "m-2026-11-23";

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

    @SuppressWarnings("unchecked")
    private void openPrepare(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#prepare-agenda").tryQuery().isPresent()
                && !robot.lookup("#prepare-agenda").queryAs(ListView.class).getItems().isEmpty());
    }

    /** Chooses a Session menu item; its dialog runs its own event loop, so it is opened later, not waited for. */
    private void openFromSessionMenu(FxRobot robot, String itemId, String dialogId) {
        MenuButton menu = robot.lookup("#prepare-session-menu").queryAs(MenuButton.class);
        Platform.runLater(() -> menu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst()
                .orElseThrow().fire());
        FxWait.until(() -> robot.lookup("#" + dialogId).tryQuery().isPresent());
    }

    private void press(FxRobot robot, String dialogId, ButtonType type) {
        DialogPane pane = robot.lookup("#" + dialogId).queryAs(DialogPane.class);
        robot.interact(() -> ((Button) pane.lookupButton(type)).fire());
    }

    private void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup("#" + id).queryAs(TextField.class).setText(text));
    }

    private Optional<Meeting> meeting(Workspace w, String id) {
        return w.meetings().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Test
    void rescheduleRefusesATimeThatIsNoTimeThenMovesTheSessionOnDisk(FxRobot robot) {
        openPrepare(robot);
        Meeting before = meeting(onDisk(), NEXT).orElseThrow();
        openFromSessionMenu(robot, "prepare-reschedule", "prepare-when-dialog");
        assertEquals("09:00", robot.lookup("#prepare-when-time").queryAs(TextField.class).getText(),
                "the dialog shows the session's time as the app shows it");
        type(robot, "prepare-when-time", "25:99");
        press(robot, "prepare-when-dialog", ButtonType.OK);
        assertTrue(robot.lookup("#prepare-when-dialog").tryQuery().isPresent(), "the dialog stays open");
        assertEquals("Enter the time like 09:00.", robot.lookup("#prepare-when-problem").queryAs(Label.class).getText());
        type(robot, "prepare-when-time", "10:30");
        type(robot, "prepare-when-minutes", "0");
        press(robot, "prepare-when-dialog", ButtonType.OK);
        assertTrue(robot.lookup("#prepare-when-problem").queryAs(Label.class).getText().contains("1 to 1440"));
        assertEquals(before, meeting(onDisk(), NEXT).orElseThrow());

        type(robot, "prepare-when-minutes", "90");
        press(robot, "prepare-when-dialog", ButtonType.OK);
        OffsetDateTime moved = TODAY.atTime(10, 30).atZone(TestAppContexts.ZONE).toOffsetDateTime();
        FxWait.until(() -> {
            Meeting m = meeting(onDisk(), NEXT).orElseThrow();
            return m.start().isEqual(moved) && m.durationMinutes() == 90;
        });
        FxWait.until(() -> robot.lookup("#prepare-total").queryAs(Label.class).getText().contains("of 90 min"));
    }

    @Test
    void cancellingAsksThenKeepsTheSessionMarkedAndItsTopicsGoOnToTheNextOnce(FxRobot robot) {
        openPrepare(robot);
        Meeting cancelled = meeting(onDisk(), NEXT).orElseThrow();
        openFromSessionMenu(robot, "prepare-cancel", "prepare-cancel-dialog");
        robot.clickOn("#prepare-cancel-no");
        FxWait.until(() -> robot.lookup("#prepare-cancel-dialog").tryQuery().isEmpty());
        assertEquals(MeetingStatus.DRAFT, meeting(onDisk(), NEXT).orElseThrow().status(), "Keep it changes nothing");

        openFromSessionMenu(robot, "prepare-cancel", "prepare-cancel-dialog");
        robot.clickOn("#prepare-cancel-yes");
        FxWait.until(() -> meeting(onDisk(), NEXT).orElseThrow().status() == MeetingStatus.CANCELLED);
        FxWait.until(() -> onDisk().meetings().stream().anyMatch(m -> SERIES.equals(m.seriesId())
                && m.start().toLocalDate().equals(TODAY.plusWeeks(1))));
        Workspace w = onDisk();
        Meeting next = w.meetings().stream().filter(m -> SERIES.equals(m.seriesId())
                && m.start().toLocalDate().equals(TODAY.plusWeeks(1))).findFirst().orElseThrow();
        Set<String> fromCancelled = new HashSet<>(cancelled.agenda().stream()
                .filter(a -> a.kind() == AgendaItemKind.TOPIC).map(AgendaItem::id).toList());
        Set<String> carried = new HashSet<>(next.agenda().stream().map(AgendaItem::carriedFromId)
                .filter(id -> id != null && fromCancelled.contains(id)).toList());
        assertEquals(fromCancelled, carried, "every topic of the cancelled session is on the next one");
        List<String> titles = next.agenda().stream().map(a -> a.title().strip().toLowerCase()).toList();
        assertEquals(titles.size(), new HashSet<>(titles).size(), "nothing is on the next agenda twice: " + titles);
        FxWait.until(() -> robot.lookup("#prepare-notice").queryAs(Label.class).getText().contains("went on to"));
    }

    @Test
    void anExtraSessionIsAddedOnTheChosenDayWithADraftedAgenda(FxRobot robot) {
        openPrepare(robot);
        openFromSessionMenu(robot, "prepare-add-session", "prepare-when-dialog");
        robot.interact(() -> robot.lookup("#prepare-when-date").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(TODAY.plusDays(3)));
        type(robot, "prepare-when-time", "14:00");
        type(robot, "prepare-when-minutes", "45");
        press(robot, "prepare-when-dialog", ButtonType.OK);
        OffsetDateTime at = TODAY.plusDays(3).atTime(14, 0).atZone(TestAppContexts.ZONE).toOffsetDateTime();
        FxWait.until(() -> onDisk().meetings().stream().anyMatch(m -> m.start().isEqual(at)));
        Meeting extra = onDisk().meetings().stream().filter(m -> m.start().isEqual(at)).findFirst().orElseThrow();
        assertEquals(SERIES, extra.seriesId());
        assertEquals(45, extra.durationMinutes());
        assertEquals(MeetingStatus.DRAFT, extra.status());
        assertTrue(extra.agenda().stream().anyMatch(a -> a.kind() == AgendaItemKind.ACTION_REVIEW),
                "drafted like the next one: the standing items are there");
        FxWait.until(() -> robot.lookup("#prepare-when").queryAs(Label.class).getText().contains("14:00"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSeriesEditorRefusesABlankNameThenSavesTheSeriesAndItsDefaultAgenda(FxRobot robot) {
        openPrepare(robot);
        robot.interact(() -> context.autosaver().flush());
        AgendaTemplate board = new AgendaTemplate("t-board", "Board prep", null, List.of(
                new TemplateSection("Customer asset review", AgendaItemKind.METRICS_REVIEW, null, 20),
                new TemplateSection("Renewals at risk", AgendaItemKind.TOPIC, null, 25)));
        // A template made elsewhere (the Templates tab is tested on its own); the Prepare screen sees it on refresh.
        robot.interact(() -> executorSave(board));
        PrepareSectionView section = robot.lookup("#prepare-section").queryAs(PrepareSectionView.class);
        robot.interact(section::showTemplates);
        robot.interact(section::showAgenda);
        PrepareView view = robot.lookup("#prepare").queryAs(PrepareView.class);
        FxWait.until(() -> view.templateNames().contains("Board prep"));

        openFromSessionMenu(robot, "prepare-edit-series", "series-dialog");
        assertEquals("Weekly customer accountability", robot.lookup("#series-name").queryAs(TextField.class).getText());
        type(robot, "series-name", "   ");
        press(robot, "series-dialog", ButtonType.OK);
        assertEquals("A title is needed.", robot.lookup("#series-problem").queryAs(Label.class).getText());
        type(robot, "series-name", "Monday customer accountability");
        type(robot, "series-time", "08:30");
        type(robot, "series-minutes", "75");
        ComboBox<Cadence> cadence = robot.lookup("#series-cadence").queryAs(ComboBox.class);
        robot.interact(() -> cadence.setValue(Cadence.BIWEEKLY));
        ComboBox<TemplatesView.Choice> template = robot.lookup("#series-template").queryAs(ComboBox.class);
        robot.interact(() -> template.setValue(template.getItems().stream().filter(c -> "t-board".equals(c.id()))
                .findFirst().orElseThrow()));
        press(robot, "series-dialog", ButtonType.OK);
        FxWait.until(() -> onDisk().series().getFirst().name().equals("Monday customer accountability"));
        Workspace w = onDisk();
        MeetingSeries saved = w.series().getFirst();
        assertEquals(LocalTime.of(8, 30), saved.time());
        assertEquals(75, saved.durationMinutes());
        assertEquals(Cadence.BIWEEKLY, saved.cadence());
        assertEquals(DayOfWeek.MONDAY, saved.weekday());
        assertEquals(SERIES, w.agendaTemplates().stream().filter(t -> t.id().equals("t-board")).findFirst()
                .orElseThrow().seriesId());
        assertFalse(saved.attendeeIds().isEmpty(), "the default attendees are kept");
    }

    private void executorSave(AgendaTemplate t) {
        executor.run(() -> new AgendaService(context.session().current(), java.time.Clock.systemUTC())
                .saveTemplate(t));
    }
}
