package org.cxcadence.ui.actions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cxcadence.domain.ActionField;
import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionKind;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.ActionUpdate;
import org.cxcadence.domain.JourneyStage;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.exchange.actions.ActionRow;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.LongLists;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The selected action: edit in place (text saved as you type, choices at once; every change
 * recorded in the history with its date), add an update, delete, and its whole history, newest first.
 */
final class ActionDetailView extends ScrollPane {
    private static final String NONE = "";

    private final ActionsViewModel model;
    private final Messages messages;
    private final DateTimeFormatter dates;
    private final TextArea title = new TextArea();
    private final Label titleError = new Label();
    private final TextArea impact = new TextArea();
    private final Label incomplete = new Label();
    private final FlowPane state = new FlowPane(6, 4);
    private final ComboBox<String> owner = LongLists.measureFirstRows(new ComboBox<>());
    private final ComboBox<ActionStatus> status = new ComboBox<>();
    private final DatePicker due = new DatePicker();
    private final ComboBox<String> topic = new ComboBox<>();
    private final ComboBox<String> stage = new ComboBox<>();
    private final ComboBox<ActionKind> kind = new ComboBox<>();
    private final TextField blocker = new TextField();
    private final TextArea note = new TextArea();
    private final VBox history = new VBox(0);
    private final Label milestones = new Label();
    private final ComboBox<org.cxcadence.domain.Milestone> serve = LongLists.measureFirstRows(new ComboBox<>());
    private String showingId;
    private boolean showing;

    ActionDetailView(ActionsViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(formats.locale());
        setId("action-detail");
        getStyleClass().addAll("action-detail", "edge-to-edge");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(400);
        setMinWidth(400);
        setMaxWidth(400);
        setContent(build());
        model.selectedProperty().addListener((o, w, n) -> show(n));
        // the milestones an action serves live outside its row: a reload after linking one shows it
        model.workspaceProperty().addListener((o, w, n) -> {
            if (model.selectedProperty().get() != null) {
                boolean was = showing;
                showing = true;
                try {
                    showMilestones(model.selectedProperty().get().action());
                } finally {
                    showing = was;
                }
            }
        });
        show(model.selectedProperty().get());
    }

    private VBox build() {
        Label heading = new Label(messages.get("actions.detail.title"));
        heading.getStyleClass().add("caption");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        close.setId("action-close");
        close.getStyleClass().add("flat");
        close.setAccessibleText(messages.get("dialog.close"));
        close.setOnAction(e -> model.selectedIdProperty().set(null));
        Button delete = new Button(messages.get("actions.detail.delete"), new FontIcon(Material2OutlinedAL.DELETE));
        delete.setId("action-delete");
        delete.getStyleClass().addAll("flat", "danger");
        delete.setOnAction(e -> model.deleteSelected());
        HBox head = new HBox(6, heading, spacer, delete, close);
        head.setAlignment(Pos.CENTER_LEFT);

        title.setId("action-title");
        title.getStyleClass().add("action-title-field");
        title.setWrapText(true);
        title.setPrefRowCount(2);
        titleError.setId("action-title-error");
        titleError.getStyleClass().add("error-text");
        title.textProperty().addListener((o, w, n) -> {
            if (!showing) {
                String problem = model.editTitle(n);
                titleError.setText(problem.isEmpty() ? "" : messages.get("actions.detail.title." + problem));
            }
        });
        impact.setId("action-impact");
        impact.setWrapText(true);
        impact.setPrefRowCount(2);
        impact.setPromptText(messages.get("actions.detail.impact.prompt"));
        impact.textProperty().addListener((o, w, n) -> {
            if (!showing) {
                model.editImpact(n);
            }
        });
        incomplete.setId("action-incomplete");
        incomplete.setText(messages.get("actions.detail.incomplete"));
        incomplete.getStyleClass().add("badge-warn");
        incomplete.setWrapText(true);
        incomplete.managedProperty().bind(incomplete.visibleProperty());
        for (Node n : List.of(title, impact, blocker, note)) {
            n.focusedProperty().addListener((o, w, focused) -> {
                if (!focused) {
                    model.endEdit();
                }
            });
        }

        owner.setId("action-owner");
        owner.setConverter(idConverter(id -> model.personName(id)));
        owner.valueProperty().addListener((o, w, n) -> {
            if (!showing && n != null) {
                model.setOwner(n);
            }
        });
        status.setId("action-status");
        status.getItems().setAll(ActionStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ActionStatus s) {
                return s == null ? "" : messages.get("actions.status." + s.name());
            }

            @Override
            public ActionStatus fromString(String s) {
                return null;
            }
        });
        status.valueProperty().addListener((o, w, n) -> {
            if (!showing && n != null) {
                model.setStatus(n, null);
            }
        });
        due.setId("action-due");
        due.valueProperty().addListener((o, w, n) -> {
            if (!showing) {
                model.setDue(n); // null: the date cleared, saved and recorded too
            }
        });
        topic.setId("action-topic");
        topic.setConverter(idConverter(id -> model.topicAreas().stream().filter(t -> t.id().equals(id))
                .map(TopicArea::name).findFirst().orElse(messages.get("actions.detail.none"))));
        topic.valueProperty().addListener((o, w, n) -> {
            if (!showing) {
                model.editTopicArea(NONE.equals(n) ? null : n);
            }
        });
        stage.setId("action-stage");
        stage.setConverter(idConverter(id -> model.journeyStages().stream().filter(t -> t.id().equals(id))
                .map(JourneyStage::name).findFirst().orElse(messages.get("actions.detail.none"))));
        stage.valueProperty().addListener((o, w, n) -> {
            if (!showing) {
                model.editJourneyStage(NONE.equals(n) ? null : n);
            }
        });
        kind.setId("action-kind");
        kind.getItems().setAll(ActionKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ActionKind k) {
                return k == null ? messages.get("actions.detail.none") : messages.get("actions.kind." + k.name());
            }

            @Override
            public ActionKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().addListener((o, w, n) -> {
            if (!showing) {
                model.editKind(n);
            }
        });
        blocker.setId("action-blocker");
        blocker.setPromptText(messages.get("actions.detail.blocker.prompt"));
        blocker.textProperty().addListener((o, w, n) -> {
            if (!showing) {
                model.editBlocker(n);
            }
        });
        for (Region r : List.of(owner, status, due, topic, stage, kind, blocker)) {
            r.setMaxWidth(Double.MAX_VALUE);
            r.setPrefWidth(150);
            r.setMinWidth(80);
        }
        for (TextArea area : List.of(title, impact, note)) {
            area.setPrefColumnCount(12);
            area.setMinWidth(80);
        }
        blocker.setPrefColumnCount(8);

        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        int r = 0;
        form.addRow(r++, label("owner"), owner);
        form.addRow(r++, label("status"), status);
        form.addRow(r++, label("blocker"), blocker);
        form.addRow(r++, label("due"), due);
        form.addRow(r++, label("topic"), topic);
        form.addRow(r++, label("stage"), stage);
        form.addRow(r, label("kind"), kind);

        note.setId("action-note");
        note.setWrapText(true);
        note.setPrefRowCount(2);
        note.setPromptText(messages.get("actions.detail.note.prompt"));
        Button addNote = new Button(messages.get("actions.detail.note.add"), new FontIcon(Material2OutlinedAL.ADD_COMMENT));
        addNote.setId("action-add-note");
        addNote.disableProperty().bind(note.textProperty().isEmpty());
        addNote.setOnAction(e -> {
            if (model.addNote(note.getText())) {
                note.clear();
            }
        });
        HBox noteActions = new HBox(8, addNote);
        noteActions.setAlignment(Pos.CENTER_LEFT);

        Label historyHeading = new Label(messages.get("actions.detail.history"));
        historyHeading.getStyleClass().add("detail-heading");
        history.setId("action-history");
        history.getStyleClass().add("history");
        Label autosave = new Label(messages.get("actions.detail.autosave"));
        autosave.getStyleClass().add("caption");
        autosave.setWrapText(true);

        milestones.setId("action-milestones");
        milestones.getStyleClass().add("caption");
        milestones.setWrapText(true);
        milestones.managedProperty().bind(milestones.textProperty().isNotEmpty());
        milestones.visibleProperty().bind(milestones.textProperty().isNotEmpty());
        serve.setId("action-serve-milestone");
        serve.setPromptText(messages.get("program.action.serve"));
        serve.setConverter(new StringConverter<>() {
            @Override
            public String toString(org.cxcadence.domain.Milestone m) {
                return m == null ? "" : m.title() + " (" + m.targetQuarter() + ")";
            }

            @Override
            public org.cxcadence.domain.Milestone fromString(String text) {
                return null;
            }
        });
        serve.setMaxWidth(Double.MAX_VALUE);
        serve.valueProperty().addListener((o, was, n) -> {
            if (!showing && n != null) {
                model.serveMilestone(n.id());
            }
        });
        serve.managedProperty().bind(serve.visibleProperty());
        VBox box = new VBox(10, head, title, titleError, section("impact"), impact, incomplete, state, milestones, serve, form,
                section("update"), note, noteActions, historyHeading, history, autosave);
        box.getStyleClass().add("action-detail-body");
        box.setMinWidth(0);
        titleError.managedProperty().bind(titleError.textProperty().isNotEmpty());
        return box;
    }

    private Label label(String key) {
        return new Label(messages.get("actions.detail." + key));
    }

    /** The road-map milestones the action serves, and the open ones it could be linked to (Program issue). */
    private void showMilestones(ActionItem a) {
        var w = model.workspaceProperty().get();
        var served = w == null ? List.<org.cxcadence.domain.Milestone>of() : w.milestonesServedBy(a.id());
        milestones.setText(served.isEmpty() ? "" : messages.format("program.action.serves",
                String.join("; ", served.stream().map(m -> m.title() + " (" + m.targetQuarter() + ")").toList())));
        List<org.cxcadence.domain.Milestone> open = w == null ? List.of() : w.milestones().stream()
                .filter(m -> !m.status().isClosed() && !m.serves(a.id())).toList();
        serve.getItems().setAll(open);
        serve.setValue(null);
        serve.setVisible(!open.isEmpty());
    }

    private Label section(String key) {
        Label l = new Label(messages.get("actions.detail." + key));
        l.getStyleClass().add("detail-heading");
        return l;
    }

    private StringConverter<String> idConverter(java.util.function.Function<String, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null || id.isEmpty() ? messages.get("actions.detail.none") : name.apply(id);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        };
    }

    private void show(ActionRow row) {
        if (row == null) {
            showingId = null;
            return;
        }
        boolean other = !row.action().id().equals(showingId);
        showingId = row.action().id();
        ActionItem a = row.action();
        showing = true;
        try {
            if (other || !title.isFocused()) {
                setIfDifferent(title, a.title());
                titleError.setText("");
            }
            if (other || !impact.isFocused()) {
                setIfDifferent(impact, Objects.requireNonNullElse(a.customerImpact(), ""));
            }
            if (other || !blocker.isFocused()) {
                setIfDifferent(blocker, Objects.requireNonNullElse(a.blocker(), ""));
            }
            if (other) {
                note.clear();
            }
            incomplete.setVisible(!a.hasCustomerImpact());
            showMilestones(a);
            List<String> people = new ArrayList<>(model.people().stream().filter(p -> p.active() || p.id().equals(a.ownerId()))
                    .map(Person::id).toList());
            owner.getItems().setAll(people);
            owner.setValue(a.ownerId());
            status.setValue(a.status());
            due.setValue(a.due());
            List<String> topics = new ArrayList<>(List.of(NONE));
            model.topicAreas().stream().filter(t -> !t.archived() || t.id().equals(a.topicAreaId()))
                    .forEach(t -> topics.add(t.id()));
            topic.getItems().setAll(topics);
            topic.setValue(a.topicAreaId() == null ? NONE : a.topicAreaId());
            List<String> stages = new ArrayList<>(List.of(NONE));
            model.journeyStages().stream().filter(s -> !s.archived() || s.id().equals(a.journeyStageId()))
                    .forEach(s -> stages.add(s.id()));
            stage.getItems().setAll(stages);
            stage.setValue(a.journeyStageId() == null ? NONE : a.journeyStageId());
            kind.setValue(a.kind());
            blocker.setDisable(a.status() != ActionStatus.BLOCKED);
            state.getChildren().setAll(ActionCardCell.stateBox(row, messages, dates,
                    javafx.beans.binding.Bindings.createDoubleBinding(() -> 360.0)));
            renderHistory(row);
        } finally {
            showing = false;
        }
    }

    private static void setIfDifferent(javafx.scene.control.TextInputControl field, String text) {
        if (!Objects.equals(field.getText(), text)) {
            field.setText(text);
        }
    }

    /**
     * Newest first: each update with its date and where it was made (a session or between
     * sessions): status changes (from what to what), due dates, notes, and edits of a field with
     * what it was and what it became; then where the action was created.
     */
    private void renderHistory(ActionRow row) {
        ActionItem a = row.action();
        List<Node> entries = new ArrayList<>();
        ActionStatus current = ActionStatus.OPEN; // every action starts open (ActionRules)
        for (ActionUpdate u : a.updates()) {
            List<String> lines = new ArrayList<>();
            if (u.status() != null) {
                String to = messages.get("actions.status." + u.status().name());
                lines.add(u.status() == current ? messages.format("actions.history.status", to)
                        : messages.format("actions.history.statusFrom",
                        messages.get("actions.status." + current.name()), to));
                current = u.status();
            }
            if (u.due() != null) {
                lines.add(messages.format("actions.history.due", dates.format(u.due())));
            }
            if (u.isEdit()) {
                lines.add(messages.format("actions.history.edit", messages.get("actions.history.field." + u.field().name()),
                        shown(u.field(), u.from()), shown(u.field(), u.to())));
            }
            if (u.note() != null && !u.note().isBlank()) {
                lines.add(u.note());
            }
            String where = model.meetingTitle(u.meetingId(), dates);
            entries.add(entry(u.date(), where == null ? messages.get("actions.history.between") : where, lines,
                    u.due() != null && u.status() == null && (u.note() == null || u.note().isBlank())));
        }
        java.util.Collections.reverse(entries);
        LocalDate created = a.createdAt() == null ? null : a.createdAt().toLocalDate();
        String origin = model.meetingTitle(a.meetingId(), dates);
        entries.add(entry(created, messages.get("actions.history.created"),
                List.of(origin == null ? messages.get("actions.history.createdOutside")
                        : messages.format("actions.history.createdIn", origin)), false));
        history.getChildren().setAll(entries);
    }

    /** A field's value as the history shows it: a name for an id, the kind's label, text in quotes, or "none". */
    private String shown(ActionField field, String value) {
        if (value == null) {
            return messages.get("actions.detail.none");
        }
        return switch (field) {
            case OWNER -> model.personName(value);
            case TOPIC_AREA -> model.topicAreas().stream().filter(t -> t.id().equals(value)).map(TopicArea::name)
                    .findFirst().orElse(value);
            case JOURNEY_STAGE -> model.journeyStages().stream().filter(t -> t.id().equals(value))
                    .map(JourneyStage::name).findFirst().orElse(value);
            case KIND -> {
                try {
                    yield messages.get("actions.kind." + ActionKind.valueOf(value).name());
                } catch (IllegalArgumentException e) {
                    yield value;
                }
            }
            case DUE -> {
                try {
                    yield dates.format(LocalDate.parse(value));
                } catch (java.time.format.DateTimeParseException e) {
                    yield value;
                }
            }
            case TITLE, CUSTOMER_IMPACT, BLOCKER -> messages.format("actions.history.quoted", value);
        };
    }

    private Node entry(LocalDate date, String heading, List<String> lines, boolean notProgress) {
        Label when = new Label(date == null ? "–" : dates.format(date));
        when.getStyleClass().add("history-date");
        when.setMinWidth(Region.USE_PREF_SIZE); // never "Nov 23, 2…" beside a long entry
        Label head = new Label(heading);
        head.getStyleClass().add("caption");
        head.setWrapText(true);
        VBox body = new VBox(2, head);
        for (String line : lines) {
            Label l = new Label(line);
            l.setWrapText(true);
            body.getChildren().add(l);
        }
        if (notProgress) {
            Label hint = new Label(messages.get("actions.history.notProgress"));
            hint.getStyleClass().add("warn-text");
            hint.setWrapText(true);
            body.getChildren().add(hint);
        }
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox row = new HBox(10, when, body);
        row.getStyleClass().add("history-entry");
        return row;
    }
}
