package org.cxcadence.testing;

import javafx.scene.Node;

/** Which control holds the keyboard in its window: what the app decides, whatever the window manager does. */
public final class Focus {
    private Focus() {
    }

    public static boolean owns(Node node) {
        return node.getScene() != null && node.getScene().getFocusOwner() == node;
    }
}
