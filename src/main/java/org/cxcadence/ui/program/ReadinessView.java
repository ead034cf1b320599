package org.cxcadence.ui.program;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cxcadence.domain.ReadinessCheck;
import org.cxcadence.domain.ReadinessPattern;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The readiness check tab: nine statements rated 1 (disagree) to 5 (agree), the result with its
 * guidance, and every earlier check with its date so a retake can be compared.
 */
final class ReadinessView extends HBox {
    private final ProgramViewModel model;
    private final Messages messages;
    private final DateTimeFormatter dates;
    private final VBox statements = new VBox(6);
    private final VBox results = new VBox(10);
    private final TextField note = new TextField();

    ReadinessView(ProgramViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(formats.locale());
        setId("readiness-view");
        setSpacing(16);
        setPadding(new Insets(12, 16, 12, 16));

        Label heading = new Label(messages.get("program.readiness.heading"));
        heading.getStyleClass().add("title-3");
        Label scale = new Label(messages.get("program.readiness.scale"));
        scale.getStyleClass().add("caption");
        scale.setWrapText(true);
        scale.setMinHeight(Label.USE_PREF_SIZE);
        note.setId("readiness-note");
        note.setPromptText(messages.get("program.readiness.note"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button save = new Button(messages.get("program.readiness.save"));
        save.setId("readiness-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> {
            if (model.saveReadiness(note.getText())) {
                note.clear();
            }
        });
        HBox saveRow = new HBox(8, note, save);
        saveRow.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(statements);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox left = new VBox(6, heading, scale, scroll, saveRow);
        left.setPrefWidth(600);
        HBox.setHgrow(left, Priority.ALWAYS);

        ScrollPane resultScroll = new ScrollPane(results);
        resultScroll.setFitToWidth(true);
        resultScroll.getStyleClass().add("edge-to-edge");
        resultScroll.setPrefWidth(440);
        resultScroll.setMinWidth(340);
        results.setId("readiness-results");
        getChildren().addAll(left, resultScroll);
        model.workspaceProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        statements.getChildren().clear();
        ReadinessPattern last = null;
        for (ReadinessCheck.Statement s : ReadinessCheck.statements()) {
            if (s.pattern() != last) {
                last = s.pattern();
                Label p = new Label(messages.get("program.pattern." + s.pattern().name()));
                p.getStyleClass().add("detail-heading");
                statements.getChildren().add(p);
            }
            Label text = new Label((s.index() + 1) + ". " + messages.get("program.readiness.statement." + (s.index() + 1)));
            text.setWrapText(true);
            ToggleGroup group = new ToggleGroup();
            HBox scores = new HBox(2);
            for (int r = 1; r <= 5; r++) {
                ToggleButton b = new ToggleButton(String.valueOf(r));
                b.setId("rate-" + (s.index() + 1) + "-" + r);
                b.setToggleGroup(group);
                b.getStyleClass().add("score-toggle");
                b.setSelected(model.rating(s.index()) == r);
                int rating = r;
                b.setOnAction(e -> model.rate(s.index(), b.isSelected() ? rating : 0));
                scores.getChildren().add(b);
            }
            VBox row = new VBox(3, text, scores);
            row.setPadding(new Insets(0, 8, 4, 12));
            statements.getChildren().add(row);
        }
        results.getChildren().clear();
        List<ReadinessCheck> checks = model.readinessChecks();
        if (checks.isEmpty()) {
            Label none = new Label(messages.get("program.readiness.none"));
            none.getStyleClass().add("caption");
            results.getChildren().add(none);
        }
        for (int i = 0; i < checks.size(); i++) {
            results.getChildren().add(card(checks.get(i), i == 0));
        }
    }

    private VBox card(ReadinessCheck check, boolean latest) {
        List<ReadinessPattern> top = check.result();
        Label date = new Label(messages.format(latest ? "program.readiness.latest" : "program.readiness.earlier",
                dates.format(check.date())));
        date.getStyleClass().add("caption");
        Label result = new Label(top.stream().map(p -> messages.get("program.pattern." + p.name()))
                .collect(Collectors.joining(" + ")));
        result.getStyleClass().add("title-3");
        result.setWrapText(true);
        VBox card = new VBox(4, date, result);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(8, 10, 8, 10));
        if (latest) {
            result.setId("readiness-result");
            for (ReadinessPattern p : top) {
                Label guidance = new Label(messages.get("program.guidance." + p.name()));
                guidance.setWrapText(true);
                card.getChildren().add(guidance);
            }
        }
        Map<ReadinessPattern, Double> averages = check.averages();
        Label detail = new Label(averages.entrySet().stream().map(e -> messages.get("program.pattern." + e.getKey().name())
                + " " + String.format(messages.locale(), "%.1f", e.getValue())).collect(Collectors.joining(" · ")));
        detail.getStyleClass().add("caption");
        detail.setWrapText(true);
        card.getChildren().add(detail);
        if (check.note() != null) {
            Label n = new Label(check.note());
            n.getStyleClass().add("caption");
            n.setWrapText(true);
            card.getChildren().add(n);
        }
        return card;
    }
}
