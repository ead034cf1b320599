package org.cxcadence.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.app.MainWindow;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.ui.FxUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;
import javafx.stage.Stage;

/** First start: no workspace yet, the user picks the demo company or an empty workspace. */
@ExtendWith(ApplicationExtension.class)
class FirstStartTest {
    @TempDir
    Path home;

    private AppContext context;
    private FxUiExecutor executor;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new FxUiExecutor();
    }

    private void launch(FxRobot robot, Optional<Path> requested) {
        robot.interact(() -> {
            context = TestAppContexts.create(home, executor, requested);
            window = CxCadenceApp.show(stage, context, executor, folder -> { });
            window.start();
        });
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.session().close();
        }
        executor.close();
    }

    private Workspace read(Path file) {
        try (OpenWorkspace reader = context.workspaces().openReadOnly(file)) {
            return reader.snapshot();
        }
    }

    @Test
    void firstStartSaysWhereTheFileWillLiveAndCreatesNothingYet(FxRobot robot) {
        launch(robot, Optional.empty());
        Path expected = home.resolve("workspace.cxcadence");
        assertEquals(expected.toString(), robot.lookup("#start-location").queryAs(Label.class).getText());
        assertFalse(Files.exists(expected), "nothing is created before the user chooses");
    }

    @Test
    void startEmptyCreatesTheWorkspaceWithTheFiveCompetenciesAndOpensHome(FxRobot robot) {
        launch(robot, Optional.empty());
        robot.clickOn("#start-empty");
        FxWait.until(() -> robot.lookup("#shell").tryQuery().isPresent());
        Workspace w = read(home.resolve("workspace.cxcadence"));
        assertEquals(5, w.topicAreas().size());
        assertEquals("Honor and manage customers as assets", w.topicAreas().getFirst().name());
        assertEquals(5, w.journeyStages().size());
        assertFalse(w.metrics().isEmpty(), "a starter set of metrics is offered");
        assertTrue(w.people().isEmpty());
    }

    @Test
    void startWithTheDemoCompanyOpensHomeWithItsNextSession(FxRobot robot) {
        launch(robot, Optional.empty());
        robot.clickOn("#start-demo");
        FxWait.until(() -> robot.lookup("#home-next-title").tryQuery().isPresent());
        Workspace w = read(home.resolve("workspace.cxcadence"));
        assertTrue(w.people().size() >= 6);
        assertFalse(w.meetings().isEmpty());
    }

    @Test
    void anExistingDefaultWorkspaceOpensStraightAway(FxRobot robot) {
        context = TestAppContexts.create(home, executor);
        context.workspaces().createEmpty(home.resolve("workspace.cxcadence")).close();
        launch(robot, Optional.empty());
        FxWait.until(() -> robot.lookup("#shell").tryQuery().isPresent());
    }

    @Test
    void aForeignFileIsRefusedWithTheReasonAndLeftUntouched(FxRobot robot) throws Exception {
        Path foreign = home.resolve("budget.cxcadence");
        Files.writeString(foreign, "not a workspace");
        launch(robot, Optional.of(foreign));
        FxWait.until(() -> robot.lookup("#open-failed").tryQuery().isPresent());
        assertEquals("not a workspace", Files.readString(foreign));
        assertTrue(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText().contains("budget.cxcadence"));
        robot.clickOn("Close");
    }

    @Test
    void aMissingNamedFileIsOnlyCreatedAfterAsking(FxRobot robot) {
        Path wanted = home.resolve("board.cxcadence");
        launch(robot, Optional.of(wanted));
        FxWait.until(() -> robot.lookup("#ask-create").tryQuery().isPresent());
        assertFalse(Files.exists(wanted));
        robot.clickOn("Create it");
        FxWait.until(() -> robot.lookup("#shell").tryQuery().isPresent());
        assertTrue(Files.exists(wanted));
    }
}
