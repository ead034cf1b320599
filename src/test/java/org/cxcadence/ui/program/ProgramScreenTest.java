package org.cxcadence.ui.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxcadence.domain.Milestone;
import org.cxcadence.domain.MilestoneStatus;
import org.cxcadence.domain.ReadinessPattern;
import org.cxcadence.domain.SponsorCheckIn;
import org.cxcadence.domain.Workspace;
import org.cxcadence.testing.FxWait;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

/** The Program section on the demo company: adding a milestone, answering a check-in, taking a readiness check. */
class ProgramScreenTest extends ProgramUiTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private ProgramSectionView view(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#chip-ms-journey-map").tryQuery().isPresent());
        return robot.lookup("#program-section").queryAs(ProgramSectionView.class);
    }

    /** Shows the Actions screen with one action chosen. */
    @SuppressWarnings("unchecked")
    private void openAction(FxRobot robot, String actionId) {
        view(robot);
        robot.interact(() -> context.shell().show(Section.ACTIONS));
        javafx.scene.control.ListView<org.cxcadence.ui.actions.ActionsViewModel.Lane> lanes =
                robot.lookup("#actions-lanes").queryAs(javafx.scene.control.ListView.class);
        FxWait.until(() -> lanes.getItems().size() > 3);
        // The board scrolls sideways and only the lanes in view are nodes: bring the action's lane into view.
        robot.interact(() -> lanes.getItems().stream()
                .filter(l -> l.rows().stream().anyMatch(r -> r.action().id().equals(actionId))).findFirst()
                .ifPresent(l -> robot.lookup("#actions-board").queryAs(org.cxcadence.ui.actions.ActionBoardView.class)
                        .scrollToLane(l.key())));
        robot.interact(() -> {
            for (javafx.scene.control.ListView<org.cxcadence.exchange.actions.ActionRow> list
                    : robot.lookup(".lane-list").queryAllAs(javafx.scene.control.ListView.class)) {
                list.getItems().stream().filter(r -> r.action().id().equals(actionId)).findFirst()
                        .ifPresent(r -> list.getSelectionModel().select(r));
            }
        });
    }

    @Test
    void timelineMarksTheLateMilestoneInWordsAndShowsTheMaturityTrend(FxRobot robot) {
        view(robot);
        assertTrue(robot.lookup("#chip-ms-journey-map").queryAs(Labeled.class).getText().contains("Late"));
        assertTrue(!robot.lookup("#chip-ms-voc").queryAs(Labeled.class).getText().contains("Late"));
        assertTrue(robot.lookup("#maturity-ta-listening").queryAs(Labeled.class).getText().startsWith("Maturity 3 ▲"),
                robot.lookup("#maturity-ta-listening").queryAs(Labeled.class).getText());
        assertTrue(robot.lookup("#timeline-today").tryQuery().isPresent());
    }

    @Test
    @SuppressWarnings("unchecked")
    void maturityChartHasADotPerRatingAndClickingOneOpensItWithItsNoteToRevise(FxRobot robot) {
        view(robot);
        assertTrue(robot.lookup("#maturity-chart-ta-listening").tryQuery().isPresent());
        assertEquals(3, robot.lookup("#maturity-chart-ta-listening .maturity-dot").queryAll().size());
        robot.clickOn("#maturity-dot-ta-listening-2026-Q3");
        assertEquals("Detractors called back.", robot.lookup("#maturity-note").queryAs(TextField.class).getText());
        assertEquals(Integer.valueOf(2), robot.lookup("#maturity-level").queryAs(ComboBox.class).getValue());
        assertEquals("2026-Q3", robot.lookup("#maturity-quarter").queryAs(ComboBox.class).getValue());

        robot.interact(() -> {
            robot.lookup("#maturity-level").queryAs(ComboBox.class).setValue(3);
            robot.lookup("#maturity-note").queryAs(TextField.class).setText("Detractors called back within a day.");
        });
        robot.clickOn("#maturity-record");
        FxWait.until(() -> onDisk().maturity().stream().anyMatch(l -> l.topicAreaId().equals("ta-listening")
                && l.quarter().equals("2026-Q3") && l.level() == 3 && "Detractors called back within a day.".equals(l.note())));
        assertEquals(3, onDisk().maturity().stream().filter(l -> l.topicAreaId().equals("ta-listening")).count(),
                "a revision replaces the quarter's rating");
    }

    @Test
    @SuppressWarnings("unchecked")
    void addingAMilestonePutsItOnTheTimelineAndOnDisk(FxRobot robot) {
        view(robot);
        ComboBox<org.cxcadence.domain.TopicArea> area = robot.lookup("#milestone-area").queryAs(ComboBox.class);
        ComboBox<String> quarter = robot.lookup("#milestone-quarter").queryAs(ComboBox.class);
        robot.interact(() -> {
            area.setValue(area.getItems().stream().filter(a -> a.id().equals("ta-listening")).findFirst().orElseThrow());
            quarter.setValue("2027-Q3");
        });
        robot.clickOn("#milestone-title").write("Customer listening posts in every region");
        robot.clickOn("#milestone-add");
        FxWait.until(() -> onDisk().milestones().stream().anyMatch(m -> m.title().equals("Customer listening posts in every region")));
        Milestone added = onDisk().milestones().stream()
                .filter(m -> m.title().equals("Customer listening posts in every region")).findFirst().orElseThrow();
        assertEquals("ta-listening", added.topicAreaId());
        assertEquals("2027-Q3", added.targetQuarter());
        assertEquals(MilestoneStatus.PLANNED, added.status());
        FxWait.until(() -> robot.lookup("#chip-" + added.id()).tryQuery().isPresent());
    }

    @Test
    void answeringACheckInSavesItDatedTodayWithScoresAndComments(FxRobot robot) {
        ProgramSectionView view = view(robot);
        robot.interact(() -> view.select("tab-checkin"));
        FxWait.until(() -> robot.lookup("#score-q1a-4").tryQuery().isPresent());
        assertTrue(robot.lookup("#checkin-action5-data").queryAs(Labeled.class).getText().contains("planned sessions held"));
        robot.clickOn("#score-q1a-4");
        // further down the scrolled list: press the button and type as the keyboard would
        robot.interact(() -> robot.lookup("#score-q6-2").queryAs(ToggleButton.class).fire());
        robot.interact(() -> robot.lookup("#comment-q6").queryAs(TextField.class).setText("I have not stepped in on onboarding"));
        robot.clickOn("#checkin-save");
        FxWait.until(() -> onDisk().checkIns().size() == 5);
        SponsorCheckIn saved = onDisk().checkIns().getLast();
        assertEquals(TODAY, saved.date());
        assertEquals(2, saved.answers().size());
        assertEquals(4, saved.answers().getFirst().score());
        assertEquals("q6", saved.answers().get(1).questionId());
        assertEquals("I have not stepped in on onboarding", saved.answers().get(1).comment());
        assertEquals("p-ceo", saved.sponsorId());
    }

    @Test
    void readinessCheckShowsTheResultWithItsGuidanceAndKeepsTheEarlierOne(FxRobot robot) {
        ProgramSectionView view = view(robot);
        robot.interact(() -> view.select("tab-readiness"));
        FxWait.until(() -> robot.lookup("#readiness-result").tryQuery().isPresent());
        assertEquals("Disjointed efforts", robot.lookup("#readiness-result").queryAs(Labeled.class).getText());
        int[] ratings = {5, 5, 4, 2, 2, 2, 5, 4, 5};
        robot.clickOn("#rate-1-" + ratings[0]);
        for (int i = 1; i < 9; i++) {
            String id = "#rate-" + (i + 1) + "-" + ratings[i];
            robot.interact(() -> robot.lookup(id).queryAs(ToggleButton.class).fire());
        }
        robot.clickOn("#readiness-save");
        FxWait.until(() -> onDisk().readinessChecks().size() == 2);
        Workspace w = onDisk();
        assertEquals(List.of(5, 5, 4, 2, 2, 2, 5, 4, 5), w.readinessChecks().getLast().ratings());
        assertEquals(List.of(ReadinessPattern.LACK_OF_FOCUS, ReadinessPattern.LACK_OF_CLARITY),
                w.readinessChecks().getLast().result());
        FxWait.until(() -> robot.lookup("#readiness-result").queryAs(Labeled.class).getText().equals("Lack of focus + Lack of clarity"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anActionsPageNamesTheMilestoneItServes(FxRobot robot) {
        openAction(robot, "act-voc-dashboard");
        FxWait.until(() -> robot.lookup("#action-milestones").tryQuery()
                .map(n -> ((Labeled) n).getText().equals("Serves milestone: Voice-of-customer dashboard for all leaders (2026-Q4)"))
                .orElse(false));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anActionIsLinkedToAMilestoneFromItsOwnPage(FxRobot robot) {
        openAction(robot, "act-voc-dashboard");
        FxWait.until(() -> robot.lookup("#action-milestones").tryQuery()
                .map(n -> ((Labeled) n).getText().contains("Voice-of-customer dashboard")).orElse(false));
        FxWait.until(() -> robot.lookup("#action-serve-milestone").tryQuery().map(n -> n.isVisible()).orElse(false));
        ComboBox<Milestone> serve = robot.lookup("#action-serve-milestone").queryAs(ComboBox.class);
        assertTrue(serve.getItems().stream().noneMatch(m -> m.id().equals("ms-voc")), "already served");
        robot.interact(() -> serve.setValue(serve.getItems().stream().filter(m -> m.id().equals("ms-renewal"))
                .findFirst().orElseThrow()));
        FxWait.until(() -> onDisk().milestones().stream().anyMatch(m -> m.id().equals("ms-renewal")
                && !m.actionIds().isEmpty() && m.actionIds().getLast().equals("act-voc-dashboard")));
        FxWait.until(() -> robot.lookup("#action-milestones").queryAs(Labeled.class).getText()
                .contains("Renewal moment of truth handled by one team"));
    }
}
