package org.cxcadence.ui.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxcadence.domain.CeoAction;
import org.cxcadence.domain.SponsorQuestion;
import org.cxcadence.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The sponsor's commitment questions by CEO action: reword in place (saved as you type), add, retire
 * and ask again. An answered question is never rewritten: its earlier wording stays with its answers
 * and shows under "Earlier wordings and retired". The rows are rebuilt only when the questions asked
 * change, so typing is never interrupted by its own save.
 */
final class QuestionsView extends BorderPane {
    private final ProgramViewModel model;
    private final Messages messages;
    private final VBox content = new VBox(6);
    private final Map<String, Label> counts = new HashMap<>();
    private final Map<CeoAction, VBox> retiredBoxes = new HashMap<>();
    private List<String> shape = List.of();

    QuestionsView(ProgramViewModel model, Messages messages, Runnable onBack) {
        this.model = model;
        this.messages = messages;
        setId("questions-view");
        Label heading = new Label(messages.get("program.questions.heading"));
        heading.getStyleClass().add("title-3");
        Button back = new Button(messages.get("program.questions.back"), new FontIcon(Material2OutlinedAL.ARROW_BACK));
        back.setId("questions-back");
        back.setOnAction(e -> onBack.run());
        back.setMinWidth(Button.USE_PREF_SIZE);
        HBox head = new HBox(10, heading, back);
        head.setAlignment(Pos.CENTER_LEFT);
        Label explain = new Label(messages.get("program.questions.explain"));
        explain.getStyleClass().add("caption");
        explain.setWrapText(true);
        explain.setMinHeight(Label.USE_PREF_SIZE);
        VBox top = new VBox(4, head, explain);
        top.setPadding(new Insets(12, 16, 8, 16));
        content.setPadding(new Insets(0, 16, 12, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setTop(top);
        setCenter(scroll);
        model.workspaceProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        if (model.workspaceProperty().get() == null) {
            return;
        }
        List<SponsorQuestion> all = model.allQuestions();
        List<String> now = all.stream().filter(q -> !q.archived()).map(q -> q.action().number() + ":" + model.questionRow(q.id()))
                .toList();
        if (!now.equals(shape)) {
            shape = now;
            build(all);
        }
        counts.forEach((row, label) -> label.setText(answered(model.currentQuestionId(row))));
        for (CeoAction action : CeoAction.values()) {
            fillRetired(retiredBoxes.get(action), all.stream().filter(q -> q.archived() && q.action() == action).toList());
        }
    }

    private void build(List<SponsorQuestion> all) {
        content.getChildren().clear();
        counts.clear();
        retiredBoxes.clear();
        for (CeoAction action : CeoAction.values()) {
            Label actionLabel = new Label(action.number() + " · " + messages.get("program.ceo." + action.number()));
            actionLabel.getStyleClass().add("detail-heading");
            actionLabel.setPadding(new Insets(8, 0, 0, 0));
            content.getChildren().add(actionLabel);
            for (SponsorQuestion q : all) {
                if (!q.archived() && q.action() == action) {
                    content.getChildren().add(questionRow(model.questionRow(q.id()), q));
                }
            }
            content.getChildren().add(addRow(action));
            VBox retired = new VBox(2);
            retired.setId("retired-" + action.number());
            retired.setPadding(new Insets(0, 0, 0, 12));
            retiredBoxes.put(action, retired);
            content.getChildren().add(retired);
        }
    }

    private HBox questionRow(String row, SponsorQuestion q) {
        TextField text = new TextField(q.text());
        text.setId("question-" + row);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().addListener((o, was, now) -> model.rewordQuestion(row, now));
        Label count = new Label(answered(q.id()));
        count.getStyleClass().add("caption");
        count.setMinWidth(Label.USE_PREF_SIZE);
        counts.put(row, count);
        Button retire = new Button(messages.get("program.questions.retire"), new FontIcon(Material2OutlinedAL.ARCHIVE));
        retire.setId("retire-" + row);
        retire.setMinWidth(Button.USE_PREF_SIZE);
        retire.setOnAction(e -> model.retireQuestion(row));
        HBox box = new HBox(8, text, count, retire);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 0, 0, 12));
        return box;
    }

    private HBox addRow(CeoAction action) {
        TextField text = new TextField();
        text.setId("new-question-" + action.number());
        text.setPromptText(messages.get("program.questions.new"));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button add = new Button(messages.get("program.questions.add"), new FontIcon(Material2OutlinedAL.ADD));
        add.setId("add-question-" + action.number());
        add.setMinWidth(Button.USE_PREF_SIZE);
        Runnable adding = () -> {
            if (model.addQuestion(action, text.getText())) {
                text.clear();
            }
        };
        add.setOnAction(e -> adding.run());
        text.setOnAction(e -> adding.run());
        HBox box = new HBox(8, text, add);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 0, 0, 12));
        return box;
    }

    private void fillRetired(VBox box, List<SponsorQuestion> retired) {
        List<javafx.scene.Node> rows = new ArrayList<>();
        if (!retired.isEmpty()) {
            Label heading = new Label(messages.get("program.questions.retired"));
            heading.getStyleClass().add("caption");
            rows.add(heading);
        }
        for (SponsorQuestion q : retired) {
            Label text = new Label(q.text() + "  ·  " + answered(q.id()));
            text.getStyleClass().addAll("caption", "retired-question");
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button again = new Button(messages.get("program.questions.restore"), new FontIcon(Material2OutlinedMZ.UNARCHIVE));
            again.setId("restore-" + q.id());
            again.getStyleClass().add("flat");
            again.setMinWidth(Button.USE_PREF_SIZE);
            again.setOnAction(e -> model.restoreQuestion(q.id()));
            HBox row = new HBox(8, text, again);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.add(row);
        }
        box.getChildren().setAll(rows);
    }

    private String answered(String questionId) {
        long n = model.timesAnswered(questionId);
        return n == 0 ? messages.get("program.questions.unanswered") : messages.format("program.questions.answered", n);
    }
}
