package org.cxcadence.testing;

import javafx.scene.Node;

/**
 * Whether a node is on screen: in a scene and it and every parent visible. The shell keeps screens
 * shown before in the scene, hidden, so a lookup across the window also finds their nodes.
 */
public final class Shown {
    private Shown() {
    }

    public static boolean onScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
