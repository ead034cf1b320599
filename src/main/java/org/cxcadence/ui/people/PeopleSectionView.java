package org.cxcadence.ui.people;

import java.util.List;
import java.util.Locale;

import org.cxcadence.ui.common.Messages;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The People section: leaders, then the lists that shape the work (topic areas, journey stages, segments). */
public final class PeopleSectionView extends TabPane {
    public PeopleSectionView(List<DirectoryEditorViewModel> editors, Messages messages) {
        setId("people-section");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getStyleClass().add("section-tabs");
        for (DirectoryEditorViewModel editor : editors) {
            String key = editor.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            Tab tab = new Tab(messages.get("directory.tab." + key), new DirectoryView(editor, messages));
            tab.setId("tab-" + key);
            getTabs().add(tab);
        }
        org.cxcadence.ui.common.LazyTabContent.install(this);
    }
}
