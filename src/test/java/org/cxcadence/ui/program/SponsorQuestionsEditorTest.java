package org.cxcadence.ui.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxcadence.domain.CeoAction;
import org.cxcadence.domain.SponsorQuestion;
import org.cxcadence.domain.Workspace;
import org.cxcadence.testing.FxWait;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** The sponsor's commitment questions edited on their own page: reword, add, retire; answers keep their wording. */
class SponsorQuestionsEditorTest extends ProgramUiTest {
    private static final String Q2_BEFORE = SponsorQuestion.defaults().stream().filter(q -> q.id().equals("q2"))
            .findFirst().orElseThrow().text();

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private void openQuestions(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#chip-ms-journey-map").tryQuery().isPresent());
        ProgramSectionView view = robot.lookup("#program-section").queryAs(ProgramSectionView.class);
        robot.interact(() -> view.select("tab-checkin"));
        robot.clickOn("#checkin-edit-questions");
        FxWait.until(() -> robot.lookup("#question-q2").tryQuery().map(n -> n.isVisible()).orElse(false));
    }

    private static SponsorQuestion question(Workspace w, String text) {
        return w.sponsorQuestions().stream().filter(q -> q.text().equals(text)).findFirst().orElse(null);
    }

    @Test
    void rewordingAnAnsweredQuestionKeepsTheOldWordingWithItsAnswersAndAsksTheNewOne(FxRobot robot) {
        openQuestions(robot);
        String reworded = "The customer leader is an officer and sits on the executive committee.";
        robot.clickOn("#question-q2").push(KeyCode.SHORTCUT, KeyCode.A).write(reworded);

        FxWait.until(() -> question(onDisk(), reworded) != null);
        Workspace w = onDisk();
        SponsorQuestion old = w.sponsorQuestions().stream().filter(q -> q.id().equals("q2")).findFirst().orElseThrow();
        assertEquals(Q2_BEFORE, old.text(), "the answers given keep the wording they answered");
        assertTrue(old.archived());
        SponsorQuestion now = question(w, reworded);
        assertEquals(CeoAction.MAKE_AN_OFFICER, now.action());
        assertFalse(now.archived());
        assertTrue(w.checkIns().stream().allMatch(k -> k.answers().stream().anyMatch(a -> a.questionId().equals("q2"))),
                "every earlier answer still points at its question");
        assertEquals(reworded, robot.lookup("#question-q2").queryAs(TextField.class).getText(),
                "the row the user types in stays as typed");
        FxWait.until(() -> robot.lookup("#restore-q2").tryQuery().isPresent());

        robot.clickOn("#questions-back");
        FxWait.until(() -> robot.lookup("#score-" + now.id() + "-3").tryQuery().isPresent());
        assertFalse(robot.lookup("#score-q2-3").tryQuery().isPresent(), "the earlier wording is no longer asked");
    }

    @Test
    void addingAndRetiringChangeWhatTheNextCheckInAsks(FxRobot robot) {
        openQuestions(robot);
        String added = "I explain the multi-year timeline to every new board member.";
        // further down the scrolled page: type and press the buttons as the keyboard would
        robot.interact(() -> robot.lookup("#new-question-7").queryAs(TextField.class).setText(added));
        robot.interact(() -> robot.lookup("#add-question-7").queryAs(Button.class).fire());
        robot.interact(() -> robot.lookup("#retire-q6").queryAs(Button.class).fire());

        FxWait.until(() -> question(onDisk(), added) != null
                && onDisk().sponsorQuestions().stream().anyMatch(q -> q.id().equals("q6") && q.archived()));
        Workspace w = onDisk();
        SponsorQuestion q = question(w, added);
        assertEquals(CeoAction.INSIST_ON_PATIENCE, q.action());
        List<String> order = w.sponsorQuestions().stream().map(SponsorQuestion::id).toList();
        assertEquals(order.indexOf("q7") + 1, order.indexOf(q.id()), "added after the action's last question");
        assertTrue(robot.lookup("#new-question-7").queryAs(TextField.class).getText().isEmpty());

        robot.clickOn("#questions-back");
        FxWait.until(() -> robot.lookup("#score-" + q.id() + "-1").tryQuery().isPresent());
        assertFalse(robot.lookup("#score-q6-1").tryQuery().isPresent(), "a retired question is not asked");
        assertTrue(robot.lookup(".label").queryAllAs(Labeled.class).stream().anyMatch(l -> added.equals(l.getText())));
    }
}
