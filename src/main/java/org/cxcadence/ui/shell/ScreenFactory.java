package org.cxcadence.ui.shell;

import java.util.Optional;

import javafx.scene.Node;

/** Builds the screen of a section; empty while that screen does not exist yet. */
@FunctionalInterface
public interface ScreenFactory {
    Optional<Node> create(Section section);

    static ScreenFactory none() {
        return section -> Optional.empty();
    }
}
