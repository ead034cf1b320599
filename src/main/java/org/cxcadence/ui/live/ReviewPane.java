package org.cxcadence.ui.live;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.live.RunViewModel.ReviewItem;
import org.cxcadence.ui.live.RunViewModel.ReviewLeader;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The open action review, leader by leader: each open item with why it is here (overdue, stalled),
 * and four answers — done, an update note, a new due date, blocked with the blocker. Alt+Down and
 * Alt+Up move between leaders.
 */
final class ReviewPane extends VBox {
    private final RunViewModel model;
    private final Messages messages;
    private final Label leader = new Label();
    private final Label position = new Label();
    private final VBox items = new VBox(10);

    ReviewPane(RunViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("run-review");
        setSpacing(10);
        leader.setId("run-review-leader");
        leader.getStyleClass().add("title-2");
        position.getStyleClass().add("caption");
        Button previous = new Button(messages.get("run.review.previousLeader"));
        previous.setId("run-review-previous");
        previous.setOnAction(e -> model.previousLeader());
        Button next = new Button(messages.get("run.review.nextLeader"));
        next.setId("run-review-next");
        next.setOnAction(e -> model.nextLeader());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, leader, position, spacer, previous, next);
        head.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(head, scroll);
        model.reviewIndexProperty().addListener((o, w, n) -> render());
        model.review().addListener((javafx.collections.ListChangeListener<ReviewLeader>) c -> render());
        render();
    }

    /** Puts the keyboard on the first answer field (or the leader buttons when there is none). */
    void focusFirst() {
        javafx.scene.Node first = items.lookup(".text-field");
        if (first != null) {
            first.requestFocus();
        } else {
            lookup("#run-review-next").requestFocus();
        }
    }

    private void render() {
        items.getChildren().clear();
        if (model.review().isEmpty()) {
            leader.setText(messages.get("run.review.none"));
            position.setText("");
            return;
        }
        int i = Math.min(model.reviewIndexProperty().get(), model.review().size() - 1);
        ReviewLeader l = model.review().get(i);
        leader.setText(l.person().name());
        position.setText(messages.format("run.review.position", i + 1, model.review().size(),
                l.person().silo() == null ? "" : l.person().silo()));
        for (ReviewItem r : l.items()) {
            items.getChildren().add(row(r));
        }
    }

    private VBox row(ReviewItem r) {
        ActionItem a = r.action();
        Label title = new Label(a.title());
        title.getStyleClass().add("row-name");
        title.setWrapText(true);
        Label impact = new Label(a.hasCustomerImpact() ? a.customerImpact() : messages.get("run.review.noImpact"));
        impact.getStyleClass().add(a.hasCustomerImpact() ? "impact-line" : "warn-text");
        impact.setWrapText(true);
        HBox flags = new HBox(6);
        flags.getChildren().add(badge(messages.get("actionStatus." + a.status().name()), "badge-neutral"));
        if (a.due() != null) {
            flags.getChildren().add(badge(r.overdue() ? messages.format("run.review.overdue", r.daysOverdue())
                    : messages.format("run.review.due", java.time.format.DateTimeFormatter.ofLocalizedDate(
                            java.time.format.FormatStyle.MEDIUM).withLocale(messages.locale()).format(a.due())), r.overdue() ? "badge-warn" : "badge-neutral"));
        }
        r.stallReasons().forEach(s -> flags.getChildren().add(badge(messages.format("run.review.stalled", s), "badge-danger")));
        if (a.blocker() != null) {
            flags.getChildren().add(badge(messages.format("run.review.blockedBy", a.blocker()), "badge-warn"));
        }
        TextField input = new TextField();
        input.setId("run-review-input-" + a.id());
        input.setPromptText(messages.get("run.review.input"));
        HBox.setHgrow(input, Priority.ALWAYS);
        Label feedback = new Label();
        feedback.getStyleClass().add("error-text");
        Button done = answer("done", a, messages.get("run.review.done"), () -> model.reviewDone(a, input.getText()), feedback);
        Button note = answer("note", a, messages.get("run.review.note"), () -> model.reviewNote(a, input.getText()), feedback);
        Button due = answer("due", a, messages.get("run.review.newDue"), () -> model.reviewDue(a, input.getText()), feedback);
        Button blocked = answer("blocked", a, messages.get("run.review.blocked"),
                () -> model.reviewBlocked(a, input.getText()), feedback);
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                note.fire();
            }
        });
        HBox answers = new HBox(6, input, done, note, due, blocked);
        answers.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, title, impact, flags, answers, feedback);
        box.getStyleClass().add("review-item");
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());
        return box;
    }

    private Button answer(String id, ActionItem a, String text, java.util.function.Supplier<String> action, Label feedback) {
        Button b = new Button(text);
        b.setId("run-review-" + id + "-" + a.id());
        b.setOnAction(e -> feedback.setText(action.get()));
        return b;
    }

    private static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        return l;
    }
}
