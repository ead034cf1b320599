package org.cxcadence.ui.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.Milestone;
import org.cxcadence.domain.MilestoneStatus;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Workspace;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.LongLists;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The chosen milestone, editable in place: title, target quarter, status, owner and note are saved as
 * they change (through the view model's autosave, no Save button); the actions serving it can be linked
 * and unlinked; Delete asks first and keeps the actions. The editor is built once and only its values
 * are updated, so typing is never interrupted by the refresh its own save causes.
 */
final class MilestoneEditor extends VBox {
    private static final String NO_OWNER = "";

    private final ProgramViewModel model;
    private final Messages messages;
    private final Runnable onClose;
    private final TextField title = new TextField();
    private final ComboBox<String> quarter = new ComboBox<>();
    private final ComboBox<MilestoneStatus> status = new ComboBox<>();
    private final ComboBox<String> owner = LongLists.measureFirstRows(new ComboBox<>());
    private final Label late = new Label();
    private final TextField note = new TextField();
    private final ComboBox<ActionItem> link = LongLists.measureFirstRows(new ComboBox<>());
    private final FlowPane served = new FlowPane(6, 4);
    private final Map<String, String> names = new HashMap<>();
    private Milestone current;
    private boolean updating;

    MilestoneEditor(ProgramViewModel model, Messages messages, Runnable onClose) {
        super(6);
        this.model = model;
        this.messages = messages;
        this.onClose = onClose;
        setId("milestone-editor");

        title.setId("milestone-edit-title");
        title.setPromptText(messages.get("program.milestone.titlePrompt"));
        title.getStyleClass().add("milestone-edit-title");
        HBox.setHgrow(title, Priority.ALWAYS);
        title.textProperty().addListener((o, was, now) -> edit(m -> m.withTitle(now == null ? "" : now.strip())));
        quarter.setId("milestone-edit-quarter");
        quarter.setMinWidth(112);
        quarter.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                edit(m -> m.withTargetQuarter(now));
            }
        });
        status.setId("milestone-detail-status");
        status.getItems().setAll(MilestoneStatus.values());
        status.setConverter(converter(s -> messages.get("program.status." + s.name())));
        status.setMinWidth(130);
        status.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                edit(m -> m.withStatus(now));
            }
        });
        owner.setId("milestone-edit-owner");
        owner.setConverter(converter(id -> id.isEmpty() ? messages.get("program.milestone.noOwner")
                : names.getOrDefault(id, id)));
        owner.setPrefWidth(170);
        owner.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                edit(m -> m.withOwner(now.isEmpty() ? null : now));
            }
        });
        late.setId("milestone-late");
        late.setText(messages.get("program.late"));
        late.getStyleClass().add("badge-danger");
        late.setMinWidth(Label.USE_PREF_SIZE);
        late.managedProperty().bind(late.visibleProperty());
        Button delete = new Button(messages.get("program.milestone.delete"), new FontIcon(Material2OutlinedAL.DELETE));
        delete.setId("milestone-delete");
        delete.setMinWidth(Button.USE_PREF_SIZE);
        delete.setOnAction(e -> {
            if (current != null && confirmDelete(current)) {
                String id = current.id();
                current = null;
                model.deleteMilestone(id);
                onClose.run();
            }
        });
        Button close = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        close.setId("milestone-close");
        close.setTooltip(new Tooltip(messages.get("program.milestone.close")));
        close.setAccessibleText(messages.get("program.milestone.close"));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> onClose.run());
        HBox head = new HBox(8, title, quarter, status, owner, late, delete, close);
        head.setAlignment(Pos.CENTER_LEFT);

        note.setId("milestone-edit-note");
        note.setPromptText(messages.get("program.milestone.note"));
        HBox.setHgrow(note, Priority.ALWAYS);
        note.textProperty().addListener((o, was, now) -> edit(m -> m.withNote(now == null ? null : now.strip())));
        link.setId("milestone-link-action");
        link.setPromptText(messages.get("program.milestone.link"));
        link.setConverter(converter(ActionItem::title));
        link.setPrefWidth(300);
        link.setMinWidth(220);
        link.valueProperty().addListener((o, was, now) -> {
            if (now != null && !updating && current != null) {
                model.linkAction(current, now.id());
            }
        });
        HBox noteRow = new HBox(8, note, link);
        noteRow.setAlignment(Pos.CENTER_LEFT);

        served.setId("milestone-detail-actions");
        served.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, noteRow, served);
    }

    /** Shows {@code m} (or hides the editor for {@code null}); fields the user is typing in are left alone. */
    void show(Milestone m, Workspace w, List<String> quarters, LocalDate today) {
        setVisible(m != null);
        setManaged(m != null);
        boolean same = m != null && current != null && current.id().equals(m.id());
        current = m;
        if (m == null) {
            return;
        }
        updating = true;
        try {
            names.clear();
            w.people().forEach(p -> names.put(p.id(), p.name()));
            if (!(same && title.isFocused()) && !title.getText().strip().equals(m.title())) {
                title.setText(m.title());
            }
            List<String> qs = new ArrayList<>(quarters);
            if (!qs.contains(m.targetQuarter())) {
                qs.add(m.targetQuarter());
                qs.sort(null);
            }
            keep(quarter, qs);
            quarter.setValue(m.targetQuarter());
            status.setValue(m.status());
            List<String> owners = new ArrayList<>();
            owners.add(NO_OWNER);
            w.people().stream().filter(p -> p.active() || p.id().equals(m.ownerId())).map(Person::id).forEach(owners::add);
            keep(owner, owners);
            owner.setValue(m.ownerId() == null ? NO_OWNER : m.ownerId());
            String noteText = m.note() == null ? "" : m.note();
            if (!(same && note.isFocused()) && !note.getText().strip().equals(noteText)) {
                note.setText(noteText);
            }
            late.setVisible(m.isLate(today));
            link.getItems().setAll(w.actionItems().stream().filter(a -> a.isOpen() && !m.actionIds().contains(a.id())).toList());
            link.setValue(null);
            showServed(m, w);
        } finally {
            updating = false;
        }
    }

    private void showServed(Milestone m, Workspace w) {
        served.getChildren().clear();
        Map<String, String> actions = new HashMap<>();
        w.actionItems().forEach(a -> actions.put(a.id(), a.title()));
        Label heading = new Label(m.actionIds().isEmpty() ? messages.get("program.milestone.noActions")
                : messages.get("program.milestone.served"));
        heading.getStyleClass().add("caption");
        served.getChildren().add(heading);
        for (String actionId : m.actionIds()) {
            Label name = new Label(actions.getOrDefault(actionId, actionId));
            name.setMaxWidth(420);
            Button unlink = new Button(null, new FontIcon(Material2OutlinedAL.LINK_OFF));
            unlink.setId("unlink-" + actionId);
            unlink.getStyleClass().addAll("flat", "small");
            unlink.setTooltip(new Tooltip(messages.get("program.milestone.unlink")));
            unlink.setAccessibleText(messages.get("program.milestone.unlink") + ": " + name.getText());
            unlink.setOnAction(e -> model.unlinkAction(m.id(), actionId));
            HBox chip = new HBox(2, name, unlink);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("served-action");
            served.getChildren().add(chip);
        }
    }

    private void edit(java.util.function.UnaryOperator<Milestone> change) {
        if (updating || current == null) {
            return;
        }
        model.editMilestone(current.id(), change);
    }

    private boolean confirmDelete(Milestone m) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.setTitle(messages.get("program.milestone.confirm.title"));
        alert.setHeaderText(messages.format("program.milestone.confirm.header", m.title()));
        alert.setContentText(m.actionIds().isEmpty() ? messages.get("program.milestone.confirm.noActions")
                : messages.format("program.milestone.confirm.actions", m.actionIds().size()));
        ButtonType yes = new ButtonType(messages.get("program.milestone.confirm.yes"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        alert.getDialogPane().setId("confirm-delete-milestone");
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    private static <T> void keep(ComboBox<T> box, List<T> items) {
        if (!box.getItems().equals(items)) {
            T value = box.getValue();
            box.getItems().setAll(items);
            box.setValue(items.contains(value) ? value : null);
        }
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : Objects.toString(text.apply(t), "");
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
