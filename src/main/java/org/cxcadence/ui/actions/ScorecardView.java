package org.cxcadence.ui.actions;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;

import org.cxcadence.domain.LeaderScorecard;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.Tooltips;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * Each leader's follow-through record over a window (13 weeks by default): made, done, on time,
 * median days to close, open, overdue, stalled, and the on-time rate per quarter as a small bar chart.
 */
public final class ScorecardView extends BorderPane {
    private static final double BAR_HEIGHT = 30;

    private final ActionsViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final TableView<LeaderScorecard> table = new TableView<>();

    public ScorecardView(ActionsViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        setId("scorecard");
        getStyleClass().add("scorecard");
        setTop(bar());
        table.setId("scorecard-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("scorecard.none")));
        table.getColumns().setAll(List.of(leaderColumn(), number("made", LeaderScorecard::made),
                number("done", LeaderScorecard::done), text("onTime", c -> percent(c.onTimePercent())
                        + (c.doneWithDue() == 0 ? "" : "  (" + c.doneOnTime() + "/" + c.doneWithDue() + ")")),
                text("median", c -> days(c.medianDaysToClose())), number("open", LeaderScorecard::open),
                number("overdue", LeaderScorecard::overdue), number("stalled", LeaderScorecard::stalled), chartColumn()));
        table.setFixedCellSize(52);
        setCenter(table);
        model.scorecardsProperty().addListener((o, w, n) -> table.getItems().setAll(n));
        table.getItems().setAll(model.scorecardsProperty().get());
    }

    private Region bar() {
        Label heading = new Label(messages.get("scorecard.title"));
        heading.getStyleClass().add("title-3");
        Label explain = new Label(messages.get("scorecard.explain"));
        explain.getStyleClass().add("caption");
        explain.setWrapText(true);
        VBox text = new VBox(2, heading, explain);
        HBox.setHgrow(text, Priority.ALWAYS);
        ComboBox<Integer> window = new ComboBox<>();
        window.setId("scorecard-window");
        window.getItems().setAll(13, 26, 52);
        window.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer weeks) {
                return weeks == null ? "" : messages.format("scorecard.window", weeks);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        window.valueProperty().bindBidirectional(model.scorecardWeeksProperty());
        window.setMinWidth(Region.USE_PREF_SIZE);
        Button csv = new Button(messages.get("scorecard.export"), new FontIcon(Material2OutlinedAL.CLOUD_DOWNLOAD));
        csv.setId("scorecard-export");
        csv.setMinWidth(Region.USE_PREF_SIZE);
        csv.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("leader-scorecard-" + model.today() + ".csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("file.csv"), "*.csv"));
            var file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                model.export(ActionsViewModel.Export.SCORECARD_CSV, file.toPath(), formats.locale(), this::saved);
            }
        });
        Button minutes = new Button(messages.get("scorecard.copy"), new FontIcon(Material2OutlinedAL.CONTENT_COPY));
        minutes.setId("scorecard-copy");
        minutes.setMinWidth(Region.USE_PREF_SIZE);
        Tooltips.onFirstHover(minutes, messages.get("scorecard.copy.tip"));
        minutes.setOnAction(e -> model.scorecardMarkdown(formats.locale(), md -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(md);
            Clipboard.getSystemClipboard().setContent(content);
            model.messageProperty().set(messages.get("scorecard.copied"));
        }));
        HBox box = new HBox(10, text, window, csv, minutes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("scorecard-bar");
        return box;
    }

    private void saved(Path file) {
        model.messageProperty().set(messages.format("actions.saved", file.toString()));
    }

    private TableColumn<LeaderScorecard, LeaderScorecard> leaderColumn() {
        TableColumn<LeaderScorecard, LeaderScorecard> c = new TableColumn<>(messages.get("scorecard.col.leader"));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LeaderScorecard s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(s.name());
                name.getStyleClass().add("row-name");
                Label silo = new Label(s.silo() == null ? "" : s.silo());
                silo.getStyleClass().add("caption");
                setGraphic(new VBox(0, name, silo));
            }
        });
        c.setPrefWidth(170);
        c.setMinWidth(150);
        return c;
    }

    private TableColumn<LeaderScorecard, String> number(String key, Function<LeaderScorecard, Integer> value) {
        return text(key, s -> String.valueOf(value.apply(s)));
    }

    private TableColumn<LeaderScorecard, String> text(String key, Function<LeaderScorecard, String> value) {
        TableColumn<LeaderScorecard, String> c = new TableColumn<>(messages.get("scorecard.col." + key));
        c.setId("scorecard-col-" + key);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(switch (key) {
            case "onTime" -> 110;
            case "median" -> 124;
            case "overdue" -> 84;
            default -> 66;
        });
        // Wide enough for its heading in any language (German headings run longer than English ones).
        c.setPrefWidth(Math.max(c.getPrefWidth(), new javafx.scene.text.Text(c.getText()).getLayoutBounds().getWidth() * 1.15 + 24));
        c.setMinWidth(c.getPrefWidth());
        return c;
    }

    /** The on-time rate of the last four quarters as small bars, the rate written under each. */
    private TableColumn<LeaderScorecard, LeaderScorecard> chartColumn() {
        TableColumn<LeaderScorecard, LeaderScorecard> c = new TableColumn<>(messages.get("scorecard.col.quarters"));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LeaderScorecard s, boolean empty) {
                super.updateItem(s, empty);
                setGraphic(empty || s == null ? null : chart(s));
            }
        });
        c.setPrefWidth(230);
        c.setMinWidth(200);
        return c;
    }

    private HBox chart(LeaderScorecard s) {
        HBox bars = new HBox(6);
        bars.setAlignment(Pos.BOTTOM_LEFT);
        for (LeaderScorecard.QuarterRate q : s.quarters()) {
            Region fill = new Region();
            Double p = q.percent();
            fill.getStyleClass().add(p == null ? "spark-empty" : p >= 80 ? "spark-ok" : p >= 50 ? "spark-warn" : "spark-danger");
            double h = p == null ? 2 : Math.max(3, BAR_HEIGHT * p / 100);
            fill.setMinSize(14, h);
            fill.setPrefSize(14, h);
            fill.setMaxSize(14, h);
            StackPane track = new StackPane(fill);
            track.setAlignment(Pos.BOTTOM_CENTER);
            track.getStyleClass().add("spark-track");
            track.setMinSize(14, BAR_HEIGHT);
            track.setPrefSize(14, BAR_HEIGHT);
            track.setMaxSize(14, BAR_HEIGHT);
            Label caption = new Label(q.period().substring(5) + " " + percent(p));
            caption.getStyleClass().add("spark-label");
            caption.setMinWidth(Region.USE_PREF_SIZE);
            VBox column = new VBox(1, track, caption);
            column.setAlignment(Pos.BOTTOM_CENTER);
            Tooltips.onFirstHover(column, () -> new Tooltip(messages.format("scorecard.quarter.tip", q.period(), q.onTime(), q.withDue())));
            bars.getChildren().add(column);
        }
        return bars;
    }

    private String percent(Double p) {
        return p == null ? "–" : formats.percent(Math.round(p));
    }

    private String days(Double d) {
        if (d == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(formats.locale());
        f.setMaximumFractionDigits(1);
        return messages.format("scorecard.days", f.format(d));
    }
}
