package org.cxcadence.ui.live;

import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.Decision;
import org.cxcadence.domain.Timebox;
import org.cxcadence.ui.common.Messages;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the room sees on the projector: the topic, big; who presents; the item's clock; what was
 * decided and who took which action. No editing chrome, high contrast, legible from the back.
 */
final class PresenterView extends VBox {
    private final RunViewModel model;
    private final Messages messages;
    private final Label topic = new Label();
    private final Label title = new Label();
    private final Label presenter = new Label();
    private final Label position = new Label();
    private final VBox decided = new VBox(6);

    PresenterView(RunViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("run-presenter-view");
        getStyleClass().addAll("presenter", "presenter-view");
        setSpacing(18);
        topic.getStyleClass().add("presenter-topic");
        topic.setWrapText(true); // a long competency wraps rather than ending in "…" on the projector
        topic.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.getStyleClass().add("presenter-title");
        title.setWrapText(true);
        presenter.getStyleClass().add("presenter-who");
        position.getStyleClass().add("presenter-who");
        TimerLabel itemClock = new TimerLabel("presenter-item-timer", model.itemTimeProperty(), true);
        itemClock.getStyleClass().add("presenter-timer");
        TimerLabel sessionClock = new TimerLabel("presenter-session-timer", model.sessionTimeProperty(), true);
        sessionClock.getStyleClass().add("presenter-session");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        position.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        sessionClock.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        itemClock.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox head = new HBox(20, topic, spacer, position, sessionClock);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox who = new HBox(24, presenter, itemClock);
        who.setAlignment(Pos.CENTER_LEFT);
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        getChildren().addAll(head, title, who, decided, grow);
        model.currentProperty().addListener((o, w, n) -> render());
        model.agenda().addListener((javafx.collections.ListChangeListener<AgendaItem>) c -> render());
        model.raisedHere().addListener((javafx.collections.ListChangeListener<Object>) c -> render());
        render();
    }

    private void render() {
        AgendaItem item = model.currentItem();
        if (item == null) {
            title.setText(model.meetingProperty().get() == null ? "" : model.meetingProperty().get().title());
            topic.setText("");
            presenter.setText("");
            position.setText("");
            decided.getChildren().clear();
            return;
        }
        topic.setText(model.topicAreaName(item.topicAreaId()));
        title.setText(item.title());
        presenter.setText(item.presenterId() == null ? "" : messages.format("run.presentedBy",
                model.personName(item.presenterId())));
        position.setText(messages.format("run.position", model.currentProperty().get() + 1, model.agenda().size()));
        decided.getChildren().clear();
        for (Decision d : item.decisions()) {
            Label l = new Label("✓ " + d.text());
            l.getStyleClass().add("presenter-line");
            l.setWrapText(true);
            decided.getChildren().add(l);
        }
        model.raisedHere().forEach(a -> {
            Label l = new Label("→ " + a.title() + " — " + model.personName(a.ownerId())
                    + (a.due() == null ? "" : ", " + a.due()));
            l.getStyleClass().add("presenter-line");
            l.setWrapText(true);
            decided.getChildren().add(l);
        });
    }

    static String remaining(Timebox t) {
        return Timebox.clock(t.remaining());
    }
}
