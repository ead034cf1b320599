package org.cxcadence.ui.live;

import org.cxcadence.domain.Attendance;
import org.cxcadence.ui.common.Messages;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The attendance checklist: present or not, or a delegate's name; changeable at any time. */
final class AttendancePanel extends VBox {
    private final RunViewModel model;
    private final Messages messages;
    private final VBox rows = new VBox(6);

    AttendancePanel(RunViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("run-attendance-panel");
        getStyleClass().add("attendance-panel");
        setSpacing(10);
        Label title = new Label(messages.get("run.attendance"));
        title.getStyleClass().add("card-title");
        getChildren().addAll(title, rows);
        model.attendance().addListener((ListChangeListener<Attendance>) c -> {
            if (rows.getChildren().size() != model.attendance().size()) {
                render();
            }
        });
        render();
    }

    private void render() {
        rows.getChildren().clear();
        for (Attendance a : model.attendance()) {
            CheckBox present = new CheckBox(model.personName(a.personId()));
            present.setId("run-present-" + a.personId());
            present.setSelected(a.present());
            TextField delegate = new TextField(a.delegateName() == null ? "" : a.delegateName());
            delegate.setId("run-delegate-" + a.personId());
            delegate.setPromptText(messages.get("run.attendance.delegate"));
            delegate.setPrefColumnCount(9);
            delegate.disableProperty().bind(present.selectedProperty());
            present.selectedProperty().addListener((o, w, now) -> model.setPresent(a.personId(), now, delegate.getText()));
            delegate.textProperty().addListener((o, w, now) -> model.setPresent(a.personId(), present.isSelected(), now));
            HBox row = new HBox(8, present, delegate);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
        if (model.attendance().isEmpty()) {
            Label none = new Label(messages.get("run.attendance.none"));
            none.getStyleClass().add("caption");
            none.setWrapText(true);
            rows.getChildren().add(none);
        }
    }
}
