package org.cxcadence.ui.program;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxcadence.domain.MaturityLevel;
import org.cxcadence.domain.Milestone;
import org.cxcadence.domain.MilestoneStatus;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Roadmap;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.domain.Workspace;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.NextPulse;
import org.cxcadence.ui.common.LongLists;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The road map tab: a form to add a milestone, the timeline by competency (each with its maturity
 * chart), and under it either the chosen milestone, editable in place ({@link MilestoneEditor}), or the
 * form to record a competency's maturity (a rating picked on a chart opens in it, note included).
 */
final class RoadmapView extends BorderPane {
    private final ProgramViewModel model;
    private final Messages messages;
    private final TimelinePane timeline;
    private final ComboBox<TopicArea> area = new ComboBox<>();
    private final TextField title = new TextField();
    private final ComboBox<String> quarter = new ComboBox<>();
    private final ComboBox<MilestoneStatus> status = new ComboBox<>();
    private final ComboBox<Person> owner = LongLists.measureFirstRows(new ComboBox<>());
    private final ComboBox<TopicArea> maturityArea = new ComboBox<>();
    private final ComboBox<String> maturityQuarter = new ComboBox<>();
    private final ComboBox<Integer> maturityLevel = new ComboBox<>(FXCollections.observableArrayList(1, 2, 3, 4, 5));
    private final TextField maturityNote = new TextField();
    private final Label hint = new Label();
    private final MilestoneEditor editor;
    private final HBox maturityRow;
    private Milestone selected;
    private String selectedMaturity;

    RoadmapView(ProgramViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("roadmap-view");
        timeline = new TimelinePane(messages, this::select, this::pickMaturity);
        editor = new MilestoneEditor(model, messages, () -> select(null));
        hint.setId("roadmap-hint");
        hint.getStyleClass().add("caption");

        area.setId("milestone-area");
        area.setPromptText(messages.get("program.milestone.area"));
        area.setConverter(MilestoneEditor.converter(TopicArea::name));
        title.setId("milestone-title");
        title.setPromptText(messages.get("program.milestone.title"));
        HBox.setHgrow(title, Priority.ALWAYS);
        quarter.setId("milestone-quarter");
        quarter.setPromptText(messages.get("program.milestone.quarter"));
        status.setId("milestone-status");
        status.getItems().setAll(MilestoneStatus.values());
        status.setValue(MilestoneStatus.PLANNED);
        status.setConverter(MilestoneEditor.converter(s -> messages.get("program.status." + s.name())));
        owner.setId("milestone-owner");
        owner.setPromptText(messages.get("program.milestone.owner"));
        owner.setConverter(MilestoneEditor.converter(Person::name));
        Button add = new Button(messages.get("program.milestone.add"), new FontIcon(Material2OutlinedAL.ADD));
        add.setId("milestone-add");
        add.setDefaultButton(false);
        add.setOnAction(e -> addMilestone());
        title.setOnAction(e -> addMilestone());
        area.setPrefWidth(250);
        quarter.setMinWidth(112);
        status.setMinWidth(130);
        owner.setPrefWidth(170);
        add.setMinWidth(Button.USE_PREF_SIZE);
        HBox form = new HBox(8, area, title, quarter, status, owner, add);
        form.setAlignment(Pos.CENTER_LEFT);
        form.getStyleClass().add("program-form");
        form.setPadding(new Insets(10, 16, 8, 16));

        ScrollPane scroll = new ScrollPane(timeline);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");

        maturityArea.setId("maturity-area");
        maturityArea.setConverter(MilestoneEditor.converter(TopicArea::name));
        maturityArea.setPromptText(messages.get("program.milestone.area"));
        maturityQuarter.setId("maturity-quarter");
        maturityLevel.setId("maturity-level");
        maturityLevel.setPromptText(messages.get("program.maturity.levelPrompt"));
        maturityNote.setId("maturity-note");
        maturityNote.setPromptText(messages.get("program.maturity.note"));
        HBox.setHgrow(maturityNote, Priority.ALWAYS);
        Button record = new Button(messages.get("program.maturity.record"));
        record.setId("maturity-record");
        record.setOnAction(e -> {
            if (maturityArea.getValue() != null && maturityQuarter.getValue() != null && maturityLevel.getValue() != null) {
                model.recordMaturity(maturityArea.getValue().id(), maturityQuarter.getValue(), maturityLevel.getValue(),
                        maturityNote.getText());
                maturityNote.clear();
            }
        });
        Label maturityHeading = new Label(messages.get("program.maturity.heading"));
        maturityHeading.getStyleClass().add("detail-heading");
        maturityArea.setPrefWidth(250);
        maturityQuarter.setMinWidth(112);
        maturityLevel.setMinWidth(110);
        record.setMinWidth(Button.USE_PREF_SIZE);
        maturityRow = new HBox(8, maturityHeading, maturityArea, maturityQuarter, maturityLevel, maturityNote, record);
        maturityRow.setAlignment(Pos.CENTER_LEFT);

        VBox bottom = new VBox(6, hint, editor, maturityRow);
        bottom.getStyleClass().add("program-bottom");
        bottom.setPadding(new Insets(8, 16, 10, 16));

        setTop(form);
        setCenter(scroll);
        // The milestone editor and maturity row: styled in the frame after the road map (NextPulse).
        setBottom(NextPulse.holder(bottom));
        model.workspaceProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void addMilestone() {
        if (area.getValue() == null || quarter.getValue() == null) {
            model.errorProperty().set(messages.get("program.milestone.incomplete"));
            return;
        }
        if (model.addMilestone(area.getValue().id(), title.getText(), quarter.getValue(), status.getValue(),
                owner.getValue() == null ? null : owner.getValue().id())) {
            title.clear();
        }
    }

    private void select(Milestone m) {
        selected = m;
        refresh();
    }

    /** A rating picked on a competency's maturity chart: the form below shows it (note included) to revise. */
    private void pickMaturity(MaturityLevel level) {
        selected = null;
        selectedMaturity = level.topicAreaId() + "/" + level.quarter();
        refresh();
        maturityArea.getItems().stream().filter(a -> a.id().equals(level.topicAreaId())).findFirst()
                .ifPresent(maturityArea::setValue);
        maturityQuarter.setValue(level.quarter());
        maturityLevel.setValue(level.level());
        maturityNote.setText(level.note() == null ? "" : level.note());
    }

    private void refresh() {
        Roadmap map = model.roadmapProperty().get();
        Workspace w = model.workspaceProperty().get();
        if (map == null || w == null) {
            return;
        }
        Map<String, String> people = new HashMap<>();
        w.people().forEach(p -> people.put(p.id(), p.name()));
        if (selected != null) {
            String id = selected.id();
            selected = w.milestones().stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
        }
        timeline.show(map, people, selected == null ? null : selected.id(), selectedMaturity);
        List<TopicArea> areas = map.lanes().stream().map(Roadmap.Lane::area).filter(a -> !a.archived()).toList();
        keep(area, areas);
        keep(maturityArea, areas);
        keep(owner, w.people().stream().filter(Person::active).toList());
        // from the map's first quarter (earlier ratings and milestones included) to five years ahead
        Period from = map.currentQuarter().previous().previous();
        if (!map.quarters().isEmpty() && map.quarters().getFirst().isBefore(from)) {
            from = map.quarters().getFirst();
        }
        Period until = map.currentQuarter();
        for (int i = 0; i < 21; i++) {
            until = until.next();
        }
        List<String> quarters = new java.util.ArrayList<>();
        for (Period p = from; !p.isAfter(until); p = p.next()) {
            quarters.add(p.toString());
        }
        keep(quarter, quarters);
        keep(maturityQuarter, quarters);
        if (maturityQuarter.getValue() == null) {
            maturityQuarter.setValue(map.currentQuarter().toString());
        }
        showDetail(w, quarters);
    }

    private void showDetail(Workspace w, List<String> quarters) {
        hint.setText(messages.format("program.roadmap.hint", model.roadmapProperty().get().late().size()));
        hint.setVisible(selected == null);
        hint.setManaged(selected == null);
        editor.show(selected, w, quarters, model.today());
        maturityRow.setVisible(selected == null);
        maturityRow.setManaged(selected == null);
    }

    private static <T> void keep(ComboBox<T> box, List<T> items) {
        T value = box.getValue();
        if (!box.getItems().equals(items)) {
            box.getItems().setAll(items);
            box.setValue(items.contains(value) ? value : null);
        }
    }
}
