package org.cxcadence.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.generate.BenchmarkSize;
import org.cxcadence.service.home.HomeSummary;
import org.cxcadence.service.home.HomeSummaryBuilder;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.WorkspaceUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

/** Home of a company with more leaders than a glance can hold: the most stuck first, the rest counted. */
class HomeManyLeadersTest extends WorkspaceUiTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Override
    protected OpenWorkspace createWorkspace(Path target) {
        context.exchange().generate(target, new BenchmarkSize("small", 3, 40, 3, 6, 20, 3, 4), 7, TODAY);
        return context.workspaces().openForWriting(target);
    }

    @Test
    void listsTheEightMostStuckLeadersAndCountsTheOthers(FxRobot robot) {
        HomeSummary summary = HomeSummaryBuilder.build(onDisk(), TODAY);
        int leaders = summary.leaders().size();
        assertTrue(leaders > HomeView.LEADER_LIMIT, "the generated company has " + leaders + " leaders with open actions");

        FxWait.until(() -> robot.lookup("#home-leaders-more").tryQuery().isPresent());
        assertEquals("and " + (leaders - HomeView.LEADER_LIMIT) + " more leaders with open actions",
                robot.lookup("#home-leaders-more").queryAs(Label.class).getText());
        GridPane rows = robot.lookup("#home-leaders-list").queryAs(GridPane.class);
        java.util.List<String> shown = rows.getChildren().stream()
                .filter(n -> GridPane.getColumnIndex(n) != null && GridPane.getColumnIndex(n) == 0)
                .filter(n -> n instanceof javafx.scene.layout.VBox)
                .map(n -> ((Label) ((javafx.scene.layout.VBox) n).getChildren().getFirst()).getText())
                .toList();
        assertEquals(summary.leaders().stream().limit(HomeView.LEADER_LIMIT).map(HomeSummary.LeaderLoad::name).toList(), shown);
    }
}
