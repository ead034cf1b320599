package org.cxcadence.ui.common;

import javafx.scene.Node;

/**
 * Whether a node is on screen. The shell keeps every screen shown before in the scene, hidden
 * (docs/decisions/0009), so being in the scene no longer means being seen: code that listens on the
 * whole scene, and look-ups across the window, ask this instead.
 */
public final class Showing {
    private Showing() {
    }

    /** In a scene, and it and every parent visible. */
    public static boolean onScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
