package org.cxcadence.ui.common;

import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * Spreads a screen's first showing over frames. Each new node costs its CSS (the theme's selectors
 * matched, a skin made for each control) and layout in the pulse after it enters the scene; building a
 * whole screen and styling it in one pulse took 130-190 ms on the large workspace, over the 100 ms a
 * frame may take (docs/PERFORMANCE.md). Work given here runs at the start of the pulse after the next
 * one, so that the pulse in between draws what was already there.
 */
public final class NextPulse {
    private NextPulse() {
    }

    /** Runs {@code work} on the FX thread at the start of the second pulse from now. */
    public static void run(Runnable work) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                work.run();
            }
        }.start();
    }

    /**
     * A holder that puts {@code content} into the scene a pulse after the holder itself is first
     * shown: for a screen's secondary pane (a detail form), so the screen's first frame styles the
     * rest of the screen and the next one the pane. Outside a window (tests that build a view alone,
     * printing) the content is there at once.
     */
    public static Holder holder(Node content) {
        Holder holder = new Holder(content);
        holder.getStyleClass().add("next-pulse-holder");
        holder.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now == null) {
                    return;
                }
                holder.sceneProperty().removeListener(this);
                if (now.getWindow() == null || !now.getWindow().isShowing()) {
                    holder.getChildren().add(content);
                } else {
                    run(() -> holder.getChildren().add(content));
                }
            }
        });
        return holder;
    }

    /** The pane that holds content back for a frame; a form's label still names the content. */
    public static final class Holder extends StackPane {
        private final Node content;

        private Holder(Node content) {
            this.content = content;
        }

        public Node content() {
            return content;
        }
    }
}
