package org.cxcadence.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCombination;

/**
 * What a screen tells the shortcut overlay (F1): its own keys, and the field Ctrl+F should focus.
 * A screen (or any part of it, e.g. one tab) declares them on its node; the overlay gathers them
 * from the visible part of the current screen, so a hidden tab's keys are not listed.
 */
public final class KeyHelp {
    private static final String HINTS = "cx.keyHelp.hints";
    private static final String SEARCH = "cx.keyHelp.search";

    /** One line of the overlay: the keys as shown to the user and what they do. */
    public record Hint(String keys, String text) {
        public static Hint of(KeyCombination keys, String text) {
            return new Hint(keys.getDisplayText(), text);
        }
    }

    private KeyHelp() {
    }

    public static void declare(Node part, List<Hint> hints) {
        part.getProperties().put(HINTS, List.copyOf(hints));
    }

    /** The field Ctrl+F focuses while this part shows (a screen's search or filter). */
    public static void declareSearch(Node part, Node field) {
        part.getProperties().put(SEARCH, field);
    }

    /** The keys declared on the visible nodes under {@code screen}, in scene-graph order, without repeats. */
    @SuppressWarnings("unchecked")
    public static List<Hint> of(Node screen) {
        List<Hint> hints = new ArrayList<>();
        visit(screen, node -> {
            Object declared = node.getProperties().get(HINTS);
            if (declared instanceof List<?> list) {
                for (Hint hint : (List<Hint>) list) {
                    if (!hints.contains(hint)) {
                        hints.add(hint);
                    }
                }
            }
            return false;
        });
        return hints;
    }

    /** The search field by its CSS selector (e.g. {@code #history-search}), found when Ctrl+F is pressed. */
    public static void declareSearch(Node part, String selector) {
        part.getProperties().put(SEARCH, selector);
    }

    /** The first visible search field declared under {@code screen}. */
    public static Optional<Node> searchOf(Node screen) {
        Node[] found = new Node[1];
        visit(screen, node -> {
            Object declared = node.getProperties().get(SEARCH);
            Node field = declared instanceof String selector ? node.lookup(selector) : declared instanceof Node n ? n : null;
            if (field != null && field.isVisible() && !field.isDisabled()) {
                found[0] = field;
                return true;
            }
            return false;
        });
        return Optional.ofNullable(found[0]);
    }

    private interface Visitor {
        /** @return true to stop */
        boolean visit(Node node);
    }

    private static boolean visit(Node node, Visitor visitor) {
        if (node == null || !node.isVisible()) {
            return false;
        }
        if (visitor.visit(node)) {
            return true;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (visit(child, visitor)) {
                    return true;
                }
            }
        }
        return false;
    }
}
