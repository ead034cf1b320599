package org.cxcadence.ui.live;

import java.util.List;

import org.cxcadence.domain.ActionKind;
import org.cxcadence.domain.Person;
import org.cxcadence.ui.common.Messages;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * One compact line to capture an action without the mouse: title, owner by first letters, due in
 * shorthand, customer impact, reliability/innovation. Enter in any field records it; the line
 * below says whom the owner letters mean and what the due shorthand means before it is saved.
 */
final class ActionCaptureLine extends VBox {
    private final TextField title = new TextField();
    private final TextField owner = new TextField();
    private final TextField due = new TextField();
    private final TextField impact = new TextField();
    private final ComboBox<ActionKind> kind = new ComboBox<>();
    private final Label feedback = new Label();
    private final RunViewModel model;
    private final Messages messages;

    ActionCaptureLine(RunViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("run-action-line");
        getStyleClass().add("capture-line");
        title.setId("run-action-title");
        title.setPromptText(messages.get("run.action.title"));
        owner.setId("run-action-owner");
        owner.setPromptText(messages.get("run.action.owner"));
        owner.setPrefColumnCount(9);
        due.setId("run-action-due");
        due.setPromptText(messages.get("run.action.due"));
        due.setPrefColumnCount(9); // room for the whole hint "Due (fri, +2w)"
        due.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        impact.setId("run-action-impact");
        impact.setPromptText(messages.get("run.action.impact"));
        kind.setId("run-action-kind");
        kind.getItems().setAll(ActionKind.values());
        kind.setPromptText(messages.get("run.action.kind"));
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ActionKind k) {
                return k == null ? "" : messages.get("actionKind." + k.name());
            }

            @Override
            public ActionKind fromString(String s) {
                return null;
            }
        });
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox.setHgrow(impact, Priority.ALWAYS);
        HBox fields = new HBox(6, title, owner, due);
        HBox second = new HBox(6, impact, kind);
        fields.setAlignment(Pos.CENTER_LEFT);
        feedback.setId("run-action-feedback");
        feedback.getStyleClass().add("caption");
        feedback.setWrapText(true);
        getChildren().addAll(fields, second, feedback);
        setSpacing(6);
        owner.textProperty().addListener((o, w, n) -> explain());
        due.textProperty().addListener((o, w, n) -> explain());
        for (var f : List.of(title, owner, due, impact)) {
            f.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    submit();
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    clear();
                    e.consume();
                }
            });
        }
        kind.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                submit();
                e.consume();
            }
        });
    }

    void focus() {
        title.requestFocus();
    }

    private void explain() {
        StringBuilder text = new StringBuilder();
        if (!owner.getText().isBlank()) {
            List<Person> matches = model.owners(owner.getText());
            text.append(matches.isEmpty() ? messages.format("run.action.ownerUnknown", owner.getText().strip())
                    : matches.size() == 1 ? messages.format("run.action.ownerIs", matches.getFirst().name())
                    : messages.format("run.action.ownerAmbiguous",
                            String.join(", ", matches.stream().map(Person::name).toList())));
        }
        String dueText = model.describeDue(due.getText());
        if (!dueText.isEmpty()) {
            text.append(text.isEmpty() ? "" : "  ·  ").append(dueText);
        }
        feedback.getStyleClass().remove("error-text");
        feedback.setText(text.isEmpty() ? messages.get("run.action.hint") : text.toString());
    }

    private void submit() {
        String problem = model.addAction(title.getText(), owner.getText(), due.getText(), impact.getText(),
                kind.getValue());
        if (problem.isEmpty()) {
            clear();
            feedback.setText(messages.get("run.action.recorded"));
            title.requestFocus();
        } else {
            feedback.setText(problem);
            if (!feedback.getStyleClass().contains("error-text")) {
                feedback.getStyleClass().add("error-text");
            }
        }
    }

    private void clear() {
        title.clear();
        owner.clear();
        due.clear();
        impact.clear();
        kind.setValue(null);
        explain();
    }
}
