package org.cxcadence.ui.program;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxcadence.domain.CeoAction;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.SessionsHeld;
import org.cxcadence.domain.SponsorCheckIn;
import org.cxcadence.domain.SponsorQuestion;
import org.cxcadence.domain.Workspace;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.LongLists;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The sponsor check-in tab: the commitment questions under the eight CEO actions, each answered
 * 1–5 with a comment; action 5 shows beside it the sessions held against planned from the data.
 * On the right, the results of every check-in over time as a chart.
 */
final class CheckInView extends HBox {
    private final ProgramViewModel model;
    private final Messages messages;
    private final DateTimeFormatter dates;
    private final Formats formats;
    private final VBox questions = new VBox(6);
    private final ComboBox<Person> sponsor = LongLists.measureFirstRows(new ComboBox<>());
    private final LineChart<String, Number> chart;
    private final VBox measured = new VBox(3);

    CheckInView(ProgramViewModel model, Messages messages, Formats formats, Runnable onEditQuestions) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(formats.locale());
        setId("checkin-view");
        setSpacing(16);
        setPadding(new Insets(12, 16, 12, 16));

        Label heading = new Label(messages.get("program.checkin.heading"));
        heading.getStyleClass().add("title-3");
        sponsor.setId("checkin-sponsor");
        sponsor.setPromptText(messages.get("program.checkin.sponsor"));
        sponsor.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Person p) {
                return p == null ? "" : p.name();
            }

            @Override
            public Person fromString(String s) {
                return null;
            }
        });
        Button save = new Button(messages.get("program.checkin.save"));
        save.setId("checkin-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.saveCheckIn(sponsor.getValue() == null ? null : sponsor.getValue().id()));
        Button edit = new Button(messages.get("program.checkin.editQuestions"));
        edit.setId("checkin-edit-questions");
        edit.getStyleClass().add("flat");
        edit.setMinWidth(Button.USE_PREF_SIZE);
        edit.setOnAction(e -> onEditQuestions.run());
        save.setMinWidth(Button.USE_PREF_SIZE);
        heading.setMinWidth(Label.USE_PREF_SIZE);
        sponsor.setMinWidth(160);
        HBox head = new HBox(10, heading, sponsor, save);
        head.setAlignment(Pos.CENTER_LEFT);
        Label scale = new Label(messages.get("program.checkin.scale"));
        scale.getStyleClass().add("caption");
        scale.setWrapText(true);
        scale.setMinHeight(Label.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(questions);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox.setHgrow(scale, Priority.ALWAYS);
        scale.setMaxWidth(Double.MAX_VALUE);
        HBox scaleRow = new HBox(8, scale, edit);
        scaleRow.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(6, head, scaleRow, scroll);
        left.setMinWidth(0);
        HBox.setHgrow(left, Priority.ALWAYS);
        left.setPrefWidth(560);

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(1, 5, 1);
        y.setLabel(messages.get("program.checkin.axis"));
        chart = new LineChart<>(x, y);
        chart.setId("checkin-chart");
        chart.setTitle(messages.get("program.checkin.chart"));
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(380);
        measured.setId("checkin-measured");
        measured.getStyleClass().add("card");
        measured.setPadding(new Insets(8, 10, 8, 10));
        VBox right = new VBox(10, chart, measured);
        right.setPrefWidth(470);
        right.setMinWidth(360);
        getChildren().addAll(left, right);

        model.workspaceProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Workspace w = model.workspaceProperty().get();
        if (w == null) {
            return;
        }
        List<Person> people = w.people().stream().filter(Person::active).toList();
        sponsor.getItems().setAll(people);
        Optional<String> lastSponsor = model.checkIns().stream().map(SponsorCheckIn::sponsorId)
                .filter(java.util.Objects::nonNull).reduce((a, b) -> b);
        sponsor.setValue(people.stream().filter(p -> lastSponsor.map(p.id()::equals).orElse(false)).findFirst().orElse(null));
        buildQuestions(w);
        buildChart();
        buildMeasured();
    }

    private void buildQuestions(Workspace w) {
        questions.getChildren().clear();
        List<SponsorQuestion> all = model.questions();
        for (CeoAction action : CeoAction.values()) {
            List<SponsorQuestion> mine = all.stream().filter(q -> q.action() == action).toList();
            if (mine.isEmpty()) {
                continue;
            }
            Label actionLabel = new Label(action.number() + " · " + messages.get("program.ceo." + action.number()));
            actionLabel.getStyleClass().add("detail-heading");
            questions.getChildren().add(actionLabel);
            if (action == CeoAction.DRIVE_ACCOUNTABILITY) {
                Label data = new Label(measuredText());
                data.setId("checkin-action5-data");
                data.getStyleClass().add("badge-neutral");
                questions.getChildren().add(data);
            }
            for (SponsorQuestion q : mine) {
                questions.getChildren().add(questionRow(q));
            }
        }
    }

    private VBox questionRow(SponsorQuestion q) {
        Label text = new Label(q.text());
        text.setWrapText(true);
        ToggleGroup group = new ToggleGroup();
        HBox scores = new HBox(2);
        ProgramViewModel.Draft draft = model.draft(q.id());
        TextField comment = new TextField(draft.comment() == null ? "" : draft.comment());
        comment.setId("comment-" + q.id());
        comment.setPromptText(messages.get("program.checkin.comment"));
        HBox.setHgrow(comment, Priority.ALWAYS);
        for (int s = 1; s <= 5; s++) {
            ToggleButton b = new ToggleButton(String.valueOf(s));
            b.setId("score-" + q.id() + "-" + s);
            b.setToggleGroup(group);
            b.getStyleClass().add("score-toggle");
            b.setSelected(draft.score() == s);
            int score = s;
            b.setOnAction(e -> model.answer(q.id(), b.isSelected() ? score : 0, comment.getText()));
            scores.getChildren().add(b);
        }
        comment.textProperty().addListener((o, was, now) -> {
            int score = model.draft(q.id()).score();
            model.answer(q.id(), score, now);
        });
        HBox answer = new HBox(8, scores, comment);
        answer.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(3, text, answer);
        row.setPadding(new Insets(0, 8, 4, 12));
        return row;
    }

    private String measuredText() {
        List<SessionsHeld> lines = model.sessionsHeldProperty().get();
        if (lines.isEmpty()) {
            return messages.get("program.held.none");
        }
        int planned = lines.stream().mapToInt(SessionsHeld::planned).sum();
        int held = lines.stream().mapToInt(SessionsHeld::held).sum();
        int cancelled = lines.stream().mapToInt(SessionsHeld::cancelled).sum();
        return messages.format("program.held.summary", held, planned, cancelled);
    }

    private void buildChart() {
        chart.getData().clear();
        List<SponsorCheckIn> checkIns = model.checkIns();
        for (CeoAction action : CeoAction.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(action.number() + " " + messages.get("program.ceo.short." + action.number()));
            for (SponsorCheckIn k : checkIns) {
                Double v = model.averages(k).get(action);
                if (v != null) {
                    series.getData().add(new XYChart.Data<>(dates.format(k.date()), v));
                }
            }
            chart.getData().add(series);
        }
    }

    private void buildMeasured() {
        measured.getChildren().clear();
        Label heading = new Label(messages.get("program.held.heading"));
        heading.getStyleClass().add("detail-heading");
        measured.getChildren().add(heading);
        for (SessionsHeld h : model.sessionsHeldProperty().get()) {
            Label l = new Label(messages.format("program.held.line", h.seriesName(), h.held(), h.planned(),
                    h.heldPercent() == null ? "–" : formats.percent(Math.round(h.heldPercent())), h.cancelled()));
            l.setWrapText(true);
            measured.getChildren().add(l);
        }
        List<SponsorCheckIn> checkIns = model.checkIns();
        if (!checkIns.isEmpty()) {
            SponsorCheckIn last = checkIns.getLast();
            Map<CeoAction, Double> averages = model.averages(last);
            Double answer = averages.get(CeoAction.DRIVE_ACCOUNTABILITY);
            Label sponsorSays = new Label(messages.format("program.held.sponsor", dates.format(last.date()),
                    answer == null ? "–" : formats.oneDecimal(answer)));
            sponsorSays.setId("checkin-action5-answer");
            measured.getChildren().add(sponsorSays);
        }
        if (model.sessionsHeldProperty().get().isEmpty()) {
            measured.getChildren().add(new Label(messages.get("program.held.none")));
        }
    }
}
