package org.cxcadence.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.service.home.HomeSummary;
import org.cxcadence.service.home.HomeSummaryBuilder;
import org.cxcadence.service.home.HomeSummaryCodec;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.ui.FxUiExecutor;
import org.cxcadence.ui.start.OpeningView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * What the window shows while the workspace it was started with opens: a page naming the file,
 * never the first-start choices (a demo, an empty workspace), which are wrong for someone who has a
 * workspace; and the start page when the file cannot be opened, behind the explanation.
 */
@ExtendWith(ApplicationExtension.class)
class StartupPagesTest {
    @TempDir
    Path home;

    private Stage stage;
    private FxUiExecutor executor;
    private AppContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new FxUiExecutor();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.session().close();
        }
        executor.close();
    }

    private void startWith(FxRobot robot, Path file) {
        robot.interact(() -> {
            context = TestAppContexts.create(home, executor, Optional.of(file));
            window = CxCadenceApp.show(stage, context, executor, folder -> { });
            window.start();
            // In the same event as the start, before the open (on the worker) can have finished:
            OpeningView opening = assertInstanceOf(OpeningView.class, window.feedback().content());
            Label what = (Label) opening.lookup("#opening-file");
            assertTrue(what.getText().contains(file.getFileName().toString()), what.getText());
            assertTrue(robot.lookup("#start-demo").tryQuery().isEmpty(), "no first-start choices");
        });
    }

    /** The window started as the app starts it, with the open begun while JavaFX started. */
    private void startWithEarlyOpen(FxRobot robot, Path file, EarlyOpen early) {
        robot.interact(() -> {
            context = TestAppContexts.create(home, executor, Optional.of(file));
            context.setEarlyOpen(early);
            window = CxCadenceApp.show(stage, context, executor, folder -> { });
            window.start();
        });
    }

    @Test
    void anExistingWorkspaceShowsTheOpeningPageThenItsScreensNeverTheFirstStartChoices(FxRobot robot) {
        Path file = TestAppContexts.demoWorkspace(home.resolve("acme.cxcadence"));
        startWith(robot, file);
        FxWait.until(() -> robot.lookup("#shell").tryQuery().isPresent());
        assertTrue(robot.lookup("#opening").tryQuery().isEmpty());
        assertTrue(robot.lookup("#start-demo").tryQuery().isEmpty());
    }

    @Test
    void theMenuBarAndTheWindowIconComeAFrameAfterTheFirstNeverMissing(FxRobot robot) {
        Path file = TestAppContexts.demoWorkspace(home.resolve("acme.cxcadence"));
        robot.interact(() -> {
            context = TestAppContexts.create(home, executor, Optional.of(file));
            window = CxCadenceApp.show(stage, context, executor, folder -> { });
            // The first frame is the opening page alone (bench/startup.sh).
            assertNull(window.getTop(), "no menu bar in the first frame");
            window.start();
        });
        FxWait.until(() -> window.getTop() instanceof javafx.scene.control.MenuBar);
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.getTop();
        assertEquals("menu-file", bar.getMenus().getFirst().getId());
        assertEquals(1, stage.getIcons().size(), "the icon, once (the test's stage is shown again for each test)");
        FxWait.until(() -> robot.lookup("#shell").tryQuery().isPresent());
        assertSame(bar, window.getTop(), "the same bar once the workspace is open");
    }

    @Test
    void theStartTakesTheOpenBegunWhileJavaFxStartedAndHomeItsRead(FxRobot robot) {
        Path file = TestAppContexts.demoWorkspace(home.resolve("acme.cxcadence"));
        EarlyOpen early = EarlyOpen.forStart(Optional.of(file), home.resolve("default.cxcadence"), TestAppContexts.clock());
        // As in the app: begun before the window, Home's read waits for the window's first frame.
        Thread.ofPlatform().name("test-early-open").start(early::run);
        startWithEarlyOpen(robot, file, early);
        // The early open holds the file's lock: an open of the window's own would be refused as open elsewhere.
        FxWait.until(() -> robot.lookup("#home-leaders-list").tryQuery().isPresent());
        assertTrue(robot.lookup("#open-failed").tryQuery().isEmpty());
        assertEquals(file, context.session().file());
        assertTrue(early.takeOpen(file).isEmpty(), "the window took the open");
        assertTrue(early.takeHome(context.session().current(), LocalDate.now(TestAppContexts.clock())).isEmpty(), "Home took the read");
    }

    @Test
    void homeShowsTheSummaryKeptAtTheLastExitWithoutReadingTheWorkspace(FxRobot robot) {
        Path file = TestAppContexts.demoWorkspace(home.resolve("acme.cxcadence"));
        LocalDate today = LocalDate.now(TestAppContexts.clock());
        try (OpenWorkspace open = new WorkspaceService().openForWriting(file)) {
            // Kept as an exit keeps it, under another company name, so that Home shows which summary it took.
            HomeSummary built = HomeSummaryBuilder.build(open.homeView(), today);
            HomeSummary kept = new HomeSummary("Kept at the last exit", built.nextSession(), built.customerChange(),
                    built.assetTiles(), built.leaders(), built.recentSessions(), built.openActions(),
                    built.overdueActions(), built.stalledActions());
            assertTrue(open.keepHomeSummaries(open.writeMark(), new TreeMap<>(Map.of(today, HomeSummaryCodec.encode(kept))))
                    .join());
        }
        EarlyOpen early = EarlyOpen.forStart(Optional.of(file), home.resolve("default.cxcadence"), TestAppContexts.clock());
        early.run(); // a kept summary needs no first frame: done before the window starts
        startWithEarlyOpen(robot, file, early);
        FxWait.until(() -> robot.lookup("#home-leaders-list").tryQuery().isPresent());
        assertTrue(robot.lookup(n -> n instanceof Label l && "Kept at the last exit".equals(l.getText())).tryQuery().isPresent(),
                "Home shows the kept summary, not one of its own read");
    }

    @Test
    void aFileThatCannotBeOpenedLeavesTheStartPageBehindTheExplanation(FxRobot robot) throws Exception {
        Path file = home.resolve("notes.cxcadence");
        Files.writeString(file, "not a workspace, just a text file someone renamed");
        startWith(robot, file);
        FxWait.until(() -> robot.lookup("#open-failed").tryQuery().isPresent());
        assertTrue(robot.lookup("#opening").tryQuery().isEmpty(), "the opening page is gone");
        assertTrue(robot.lookup("#start-demo").tryQuery().isPresent(), "the start page is behind the explanation");
        robot.clickOn("Close");
        FxWait.until(() -> robot.lookup("#open-failed").tryQuery().isEmpty());
        assertTrue(robot.lookup("#start-demo").tryQuery().isPresent());
    }
}
