package org.cxcadence.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.cxcadence.testing.FxWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Scene;
import javafx.scene.control.Label;
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
    void aHolderOutsideAShownWindowHasItsContentAtOnce(FxRobot robot) {
        Label detail = new Label("detail");
        robot.interact(() -> {
            StackPane holder = NextPulse.holder(detail);
            new Scene(holder);
            assertSame(holder, detail.getParent(), "a scene without a window (printing, a view built alone) gets it at once");
        });
    }
}
