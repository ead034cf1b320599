package org.cxcadence.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Puts each tab's content into the scene only when the tab is first selected. A tab pane keeps its
 * hidden tabs' content in the scene graph, where the first CSS pass makes the skins of every control
 * in every tab: on a screen's first showing that was most of a 0.3-0.6 s pulse (Prepare's templates,
 * Program's four tabs, docs/PERFORMANCE.md). The content is built as before, only styled later.
 */
public final class LazyTabContent {
    private LazyTabContent() {
    }

    /** Call once the tabs are added; the selected tab keeps its content, the others get theirs when chosen. */
    public static void install(TabPane pane) {
        for (Tab tab : pane.getTabs()) {
            Node content = tab.getContent();
            if (content == null || tab.isSelected()) {
                continue;
            }
            tab.setContent(null);
            buildWhenSelected(tab, () -> content);
        }
    }

    /**
     * Builds {@code tab}'s content the first time the tab is selected (at once if it is selected now):
     * for a tab whose building is itself a cost on the section's first showing (Prepare's templates:
     * ~10 % of it on the large workspace, docs/PERFORMANCE.md).
     */
    public static void buildWhenSelected(Tab tab, java.util.function.Supplier<? extends Node> content) {
        if (tab.isSelected()) {
            tab.setContent(content.get());
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                }
            }
        });
    }
}
