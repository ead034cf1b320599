package org.cxcadence.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.cxcadence.testing.FxWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Work and panes put off to the next frame arrive there, and at once where there are no frames. */
@ExtendWith(ApplicationExtension.class)
class NextPulseTest {
    private final VBox root = new VBox();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 300, 200));
        stage.show();
    }

    @Test
    void workRunsOnALaterPulseNotInTheCurrentEvent(FxRobot robot) {
        AtomicBoolean ran = new AtomicBoolean();
        robot.interact(() -> {
            NextPulse.run(() -> ran.set(true));
            assertFalse(ran.get(), "not run inside the event that asked for it");
        });
        FxWait.until(ran::get);
    }

    @Test
    void aHolderInAShownWindowAddsItsContentAFrameLater(FxRobot robot) {
        Label detail = new Label("detail");
        StackPane holder = NextPulse.holder(detail);
        robot.interact(() -> {
            root.getChildren().add(holder);
            assertTrue(holder.getChildren().isEmpty(), "the holder's first frame is empty");
        });
        FxWait.until(() -> detail.getParent() == holder);
        assertSame(root.getScene(), detail.getScene());
    }

    @Test
    void aHolderToldToWaitMoreFramesFillsAfterOneThatWaitsOne(FxRobot robot) {
        Label first = new Label("first");
        Label later = new Label("later");
        StackPane one = NextPulse.holder(first);
        StackPane three = NextPulse.holder(later, 3);
        AtomicBoolean laterWasEmpty = new AtomicBoolean();
        one.getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c ->
                laterWasEmpty.set(three.getChildren().isEmpty()));
        robot.interact(() -> root.getChildren().addAll(one, three));
        FxWait.until(() -> later.getParent() == three);
        assertSame(one, first.getParent());
        assertTrue(laterWasEmpty.get(), "when the first holder filled, the one three frames off was still empty");
    }

    @Test
    void aBuildingHolderBuildsItsContentWhenItComesAndNotForAHolderTakenAway(FxRobot robot) {
        java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
        StackPane kept = NextPulse.holder(() -> {
            built.incrementAndGet();
            return new Label("chart");
        }, 2);
        StackPane dropped = NextPulse.holder(() -> {
            built.incrementAndGet();
            return new Label("old chart");
        }, 1);
        AtomicBoolean framesLater = new AtomicBoolean();
        robot.interact(() -> {
            root.getChildren().addAll(kept, dropped);
            assertEquals(0, built.get(), "nothing built in the frame the holders enter");
            root.getChildren().remove(dropped); // a page drawn anew before its chart came
            NextPulse.run(() -> framesLater.set(true), 5);
        });
        FxWait.until(framesLater::get);
        assertEquals(1, built.get(), "only the holder still shown built its content");
        assertEquals(1, kept.getChildren().size());
        assertTrue(dropped.getChildren().isEmpty());
    }

    @Test
    void aHolderOutsideAShownWindowHasItsContentAtOnce(FxRobot robot) {
        Label detail = new Label("detail");
        robot.interact(() -> {
            StackPane holder = NextPulse.holder(detail);
            new Scene(holder);
            assertSame(holder, detail.getParent(), "a scene without a window (printing, a view built alone) gets it at once");
        });
    }

    @Test
    void aShownEmptyListGetsItsFirstItemsNowAndTheRestAddedAFrameLater(FxRobot robot) {
        ListView<Integer> list = new ListView<>();
        AtomicInteger after = new AtomicInteger();
        List<Integer> ten = IntStream.range(0, 10).boxed().toList();
        robot.interact(() -> {
            root.getChildren().add(list);
            NextPulse.setItemsOverTwoFrames(list, ten, 3, after::incrementAndGet);
            assertEquals(List.of(0, 1, 2), list.getItems());
        });
        FxWait.until(() -> list.getItems().size() == 10);
        assertEquals(ten, list.getItems());
        assertEquals(1, after.get());
        robot.interact(() -> {
            NextPulse.setItemsOverTwoFrames(list, List.of(7, 8, 9, 10, 11), 3, after::incrementAndGet);
            assertEquals(List.of(7, 8, 9, 10, 11), list.getItems(), "a list already showing items gets all at once");
        });
    }

    @Test
    void heldItemsCanComeABatchAFrameUntilAllAreThere(FxRobot robot) {
        ListView<Integer> list = new ListView<>();
        AtomicInteger after = new AtomicInteger();
        List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        list.getItems().addListener((javafx.collections.ListChangeListener<Integer>) c -> seen.add(list.getItems().size()));
        robot.interact(() -> {
            root.getChildren().add(list);
            NextPulse.setItemsOverFrames(list, IntStream.range(0, 5).boxed().toList(), 1, 2, after::incrementAndGet);
            assertEquals(List.of(0), list.getItems());
        });
        FxWait.until(() -> after.get() == 1);
        assertEquals(List.of(0, 1, 2, 3, 4), list.getItems());
        assertEquals(List.of(1, 3, 5), seen, "one item, then two a frame");
    }

    @Test
    void heldItemsAreAddedAtOnceWhenAskedFor(FxRobot robot) {
        ListView<Integer> list = new ListView<>();
        AtomicInteger after = new AtomicInteger();
        robot.interact(() -> {
            root.getChildren().add(list);
            NextPulse.setItemsOverFrames(list, IntStream.range(0, 6).boxed().toList(), 1, 1, after::incrementAndGet);
            NextPulse.addHeldItems(list); // before scrolling to a lane not yet added
            assertEquals(List.of(0, 1, 2, 3, 4, 5), list.getItems());
            assertEquals(1, after.get());
        });
        AtomicBoolean ran = new AtomicBoolean();
        robot.interact(() -> NextPulse.run(() -> NextPulse.run(() -> ran.set(true))));
        FxWait.until(ran::get);
        assertEquals(6, list.getItems().size(), "nothing is added twice");
        assertEquals(1, after.get());
    }

    @Test
    void itemsHeldBackAreDroppedWhenNewItemsComeFirst(FxRobot robot) {
        ListView<Integer> list = new ListView<>();
        robot.interact(() -> {
            root.getChildren().add(list);
            NextPulse.setItemsOverTwoFrames(list, IntStream.range(0, 10).boxed().toList(), 3, () -> { });
            NextPulse.setItemsOverTwoFrames(list, List.of(), 3, () -> { });
        });
        AtomicBoolean ran = new AtomicBoolean();
        robot.interact(() -> NextPulse.run(() -> ran.set(true)));
        FxWait.until(ran::get);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(list.getItems().isEmpty(), "the first list's rest must not land in the second: " + list.getItems());
    }
}
