package org.cxcadence.ui.common;

import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
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
        run(work, 1);
    }

    /** Runs {@code work} on the FX thread once {@code frames} pulses have gone by, at the start of the next. */
    public static void run(Runnable work, int frames) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses <= frames) {
                    return;
                }
                stop();
                work.run();
            }
        }.start();
    }

    /** Runs {@code then} once {@code node} is in a scene: at once if it is, else when it first enters one. */
    public static void onceInScene(Node node, Runnable then) {
        if (node.getScene() != null) {
            then.run();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    then.run();
                }
            }
        });
    }

    /** Whether {@code node} is in a window on screen: only there are there frames to spread work over. */
    public static boolean inShownWindow(Node node) {
        Scene scene = node.getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }

    /**
     * Sets {@code view}'s items. When a shown list that is empty gets more than {@code first} items,
     * only those are laid out in this frame and the rest are added in the next one (added, not
     * replaced: the cells already made stay); {@code afterTheRest} then runs. A list of lanes or tiles of
     * varying height took 100-160 ms to lay out in one frame on the large workspace.
     */
    public static <T> void setItemsOverTwoFrames(ListView<T> view, List<T> items, int first, Runnable afterTheRest) {
        setItemsOverFrames(view, items, first, Integer.MAX_VALUE, afterTheRest);
    }

    /**
     * {@link #setItemsOverTwoFrames}, the rest added {@code perFrame} at a time, one batch a frame apart,
     * for items of which each is a frame's work of its own (a lane of the Actions board: its cards made,
     * styled and measured, ~50 ms on the large workspace).
     */
    public static <T> void setItemsOverFrames(ListView<T> view, List<T> items, int first, int perFrame,
                                              Runnable afterTheRest) {
        view.getProperties().remove(HELD_ITEMS);
        if (!view.getItems().isEmpty() || items.size() <= first || !inShownWindow(view)) {
            view.getItems().setAll(items);
            return;
        }
        HeldItems<T> held = new HeldItems<>(List.copyOf(items.subList(first, items.size())), perFrame, afterTheRest);
        view.getProperties().put(HELD_ITEMS, held);
        view.getItems().setAll(items.subList(0, first));
        run(() -> addNextBatch(view, held));
    }

    private static <T> void addNextBatch(ListView<T> view, HeldItems<T> held) {
        if (view.getProperties().get(HELD_ITEMS) != held) {
            return; // replaced by newer items, or all added already
        }
        int end = (int) Math.min(held.rest.size(), (long) held.added + held.perFrame);
        view.getItems().addAll(held.rest.subList(held.added, end));
        held.added = end;
        if (end < held.rest.size()) {
            run(() -> addNextBatch(view, held));
        } else {
            view.getProperties().remove(HELD_ITEMS);
            held.afterTheRest.run();
        }
    }

    /** Adds the items {@link #setItemsOverFrames} still holds back now (before scrolling to one of them). */
    public static <T> void addHeldItems(ListView<T> view) {
        if (view.getProperties().remove(HELD_ITEMS) instanceof HeldItems<?> held) {
            @SuppressWarnings("unchecked")
            HeldItems<T> mine = (HeldItems<T>) held;
            view.getItems().addAll(mine.rest.subList(mine.added, mine.rest.size()));
            mine.afterTheRest.run();
        }
    }

    private static final Object HELD_ITEMS = new Object();

    /** Items not yet in a list, and how many of them have been added since. */
    private static final class HeldItems<T> {
        private final List<T> rest;
        private final int perFrame;
        private final Runnable afterTheRest;
        private int added;

        HeldItems(List<T> rest, int perFrame, Runnable afterTheRest) {
            this.rest = rest;
            this.perFrame = perFrame;
            this.afterTheRest = afterTheRest;
        }
    }

    /**
     * A holder that puts {@code content} into the scene a pulse after the holder itself is first
     * shown: for a screen's secondary pane (a detail form), so the screen's first frame styles the
     * rest of the screen and the next one the pane. Outside a window (tests that build a view alone,
     * printing) the content is there at once.
     */
    public static Holder holder(Node content) {
        return holder(content, 1);
    }

    /**
     * {@link #holder(Node)} whose content comes {@code frames} frames after the holder is first shown:
     * a form whose parts, styled together, would make one frame too long comes a part a frame.
     */
    public static Holder holder(Node content, int frames) {
        return holder(() -> content, frames);
    }

    /**
     * {@link #holder(Node, int)} whose content is also built when it comes, not now: for content whose
     * building is itself a good part of the frame (a chart: its series, a node a point).
     */
    public static Holder holder(java.util.function.Supplier<? extends Node> build, int frames) {
        Holder holder = new Holder(build);
        holder.getStyleClass().add("next-pulse-holder");
        // Content narrower than its place (a short field in a form's column) sits where it would without the
        // holder, at the start, not centred.
        holder.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        onceInScene(holder, () -> {
            if (inShownWindow(holder)) {
                // A holder taken out of the scene meanwhile (a page drawn anew) gets its content only if it comes back.
                run(() -> onceInScene(holder, () -> holder.getChildren().add(holder.content())), frames);
            } else {
                holder.getChildren().add(holder.content());
            }
        });
        return holder;
    }

    /** The pane that holds content back for a frame; a form's label still names the content. */
    public static final class Holder extends StackPane {
        private final java.util.function.Supplier<? extends Node> build;
        private Node content;

        private Holder(java.util.function.Supplier<? extends Node> build) {
            this.build = build;
        }

        /** The content, built now if it was not yet. */
        public Node content() {
            if (content == null) {
                content = build.get();
            }
            return content;
        }
    }
}
