package org.cxcadence.ui.program;

import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/** The Program section: Road map, Sponsor check-in, Sponsor questions and Readiness tabs, with a status line in the corner. */
public final class ProgramSectionView extends StackPane {
    private final TabPane tabs = new TabPane();

    public ProgramSectionView(ProgramViewModel model, Messages messages, Formats formats) {
        setId("program-section");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("section-tabs");
        Tab roadmap = new Tab(messages.get("program.tab.roadmap"), new RoadmapView(model, messages));
        roadmap.setId("tab-roadmap");
        Tab checkIn = new Tab(messages.get("program.tab.checkin"),
                new CheckInView(model, messages, formats, () -> select("tab-questions")));
        checkIn.setId("tab-checkin");
        Tab questions = new Tab(messages.get("program.tab.questions"),
                new QuestionsView(model, messages, () -> select("tab-checkin")));
        questions.setId("tab-questions");
        Tab readiness = new Tab(messages.get("program.tab.readiness"), new ReadinessView(model, messages, formats));
        readiness.setId("tab-readiness");
        tabs.getTabs().addAll(roadmap, checkIn, questions, readiness);
        org.cxcadence.ui.common.LazyTabContent.install(tabs);

        Label status = new Label();
        status.setId("program-status");
        status.getStyleClass().add("caption");
        model.messageProperty().addListener((o, was, now) -> status.setText(now == null || now.isEmpty() ? "" : messages.get(now)));
        Label error = new Label();
        error.setId("program-error");
        error.getStyleClass().add("error-text");
        model.errorProperty().addListener((o, was, now) -> error.setText(now == null || now.isEmpty() ? ""
                : now.startsWith("program.") ? messages.get(now) : now));
        HBox corner = new HBox(12, error, status);
        corner.setAlignment(Pos.TOP_RIGHT);
        corner.setPadding(new Insets(10, 20, 0, 0));
        corner.setPickOnBounds(false);
        corner.setMaxHeight(HBox.USE_PREF_SIZE);
        StackPane.setAlignment(corner, Pos.TOP_RIGHT);
        getChildren().addAll(tabs, corner);
    }

    public void select(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
