package org.cxcadence.ui.prepare;

import org.cxcadence.ui.common.Messages;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The Prepare section: the agenda of the next session, and the agenda templates new sessions start
 * from. Switching tabs saves what is pending and shows the other tab as it now is on disk (a template
 * saved from an agenda appears in Templates; an edited template is offered in the agenda's menu).
 */
public final class PrepareSectionView extends TabPane {
    private final Tab agenda;
    private final Tab templates;

    /** @param templatesView built when the Templates tab is first chosen */
    public PrepareSectionView(PrepareViewModel prepare, PrepareView prepareView, TemplatesViewModel templateModel,
                              java.util.function.Supplier<TemplatesView> templatesView, Messages messages) {
        setId("prepare-section");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getStyleClass().add("section-tabs");
        agenda = new Tab(messages.get("prepare.tab.agenda"), prepareView);
        agenda.setId("tab-prepare-agenda");
        templates = new Tab(messages.get("prepare.tab.templates"));
        templates.setId("tab-prepare-templates");
        getTabs().addAll(agenda, templates);
        org.cxcadence.ui.common.LazyTabContent.buildWhenSelected(templates, templatesView);
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == templates) {
                templateModel.load();
            } else if (now == agenda) {
                templateModel.flush();
                prepare.refresh();
            }
        });
    }

    /** Shows the agenda templates (the tour, tests, a link from elsewhere). */
    public void showTemplates() {
        getSelectionModel().select(templates);
    }

    public void showAgenda() {
        getSelectionModel().select(agenda);
    }
}
