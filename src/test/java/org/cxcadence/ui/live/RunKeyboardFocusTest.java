package org.cxcadence.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.cxcadence.app.AppContext;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.live.LiveSessionService;
import org.cxcadence.testing.ManualScheduler;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.ui.SynchronousUiExecutor;
import org.cxcadence.ui.common.Autosaver;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The notes hold the keyboard the moment an item is on screen, before any pulse runs. Their field sits
 * in a ScrollPane that puts it into the scene only when its skin is made; a focus request made earlier
 * is ignored, and the next pulse hands the keyboard to the first control it finds (CI saw the
 * navigation's Run button take it, so the CCO's typing went nowhere). The session here is read, started
 * and moved on synchronously inside one FX event, so no pulse can come between and hide the mistake.
 */
@ExtendWith(ApplicationExtension.class)
class RunKeyboardFocusTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path home;

    private final SynchronousUiExecutor executor = new SynchronousUiExecutor();
    private OpenWorkspace workspace;
    private RunViewModel model;
    private RunView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        AppContext context = TestAppContexts.create(home, executor);
        Path file = home.resolve("focus.cxcadence");
        context.exchange().fillWithDemo(file, TODAY);
        workspace = context.workspaces().openForWriting(file);
        Clock clock = TestAppContexts.clock();
        Messages messages = new Messages(Locale.ENGLISH);
        model = new RunViewModel(new LiveSessionService(workspace, clock), executor,
                new Autosaver(executor, new ManualScheduler()), messages, clock);
        view = new RunView(model, messages, new Formats(Locale.ENGLISH, clock.getZone()), section -> { }, id -> { });
        // A control before the screen, as the navigation is in the window: where a lost focus would land.
        Button navigation = new Button("Run");
        BorderPane root = new BorderPane(view);
        root.setLeft(navigation);
        scene = new Scene(root, 1280, 720);
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void startingTheSessionPutsTheKeyboardOnTheNotesAtOnce(FxRobot robot) {
        AtomicReference<Node> owner = new AtomicReference<>();
        robot.interact(() -> {
            model.start();
            owner.set(scene.getFocusOwner());
        });
        assertEquals(RunViewModel.Phase.RUNNING, model.phaseProperty().get());
        assertSame(view.lookup("#run-notes"), owner.get(), "focus owner right after the start: " + owner.get());
        assertSame(scene, owner.get().getScene(), "the notes are in the window, not only asked for");
    }

    @Test
    void movingToTheNextItemKeepsTheKeyboardInTheRunScreen(FxRobot robot) {
        robot.interact(model::start);
        AtomicReference<Node> owner = new AtomicReference<>();
        robot.interact(() -> {
            model.next();
            owner.set(scene.getFocusOwner());
        });
        assertEquals(1, model.currentProperty().get());
        assertSame(scene, owner.get().getScene(), "focus owner right after moving on: " + owner.get());
        assertTrue(inside(view, owner.get()), "focus owner right after moving on: " + owner.get());
        if (!model.isReview()) {
            assertSame(view.lookup("#run-notes"), owner.get());
        }
    }

    private static boolean inside(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
