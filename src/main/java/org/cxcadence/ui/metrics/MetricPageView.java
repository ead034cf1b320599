package org.cxcadence.ui.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxcadence.domain.Direction;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.Period;
import org.cxcadence.service.metrics.MetricTrend;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.NextPulse;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.LongLists;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;

/**
 * One metric over time: value against target per segment (or the total) in a line chart, and for
 * each line the latest value, its change against the previous period and the same period last year,
 * and how many periods running it has been off target, said in words.
 */
final class MetricPageView extends ScrollPane {
    /** Line colours that read on both themes; a line's target is drawn dashed in its colour. */
    private static final String[] COLOURS = {"#3b82f6", "#e07b39", "#9b5de5", "#14a38b", "#d6457a"};
    private static final String ALL = "\u0000all";
    private static final double CHART_HEIGHT = 300;
    private static final double CHART_MIN_HEIGHT = 260;

    private final MetricsViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final ComboBox<Metric> select = LongLists.measureFirstRows(new ComboBox<>());
    private final VBox page = new VBox(16);
    /** The page's first row: the metric picker, then what the metric is (rebuilt at each render). */
    private final HBox head = new HBox(14);
    private String shownLine;
    /**
     * How many years back from the newest period the chart shows; 0 for all. Two by default: the
     * trend a session discusses, readable at a glance; a decade of months is 120 points a line and,
     * on a large workspace, a page that took 200-300 ms to draw (docs/PERFORMANCE.md).
     */
    private int shownYears = 2;
    private boolean choosing;

    MetricPageView(MetricsViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        setId("metric-page");
        getStyleClass().addAll("metric-page", "edge-to-edge");
        setFitToWidth(true);
        page.getStyleClass().add("page");
        setContent(page);
        head.getChildren().add(select);
        head.setAlignment(Pos.CENTER_LEFT);
        page.getChildren().add(head);
        select.setId("metric-select");
        select.setItems(model.metrics());
        select.setConverter(new StringConverter<>() {
            @Override
            public String toString(Metric m) {
                return m == null ? "" : m.name();
            }

            @Override
            public Metric fromString(String s) {
                return null;
            }
        });
        select.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Metric m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.name());
            }
        });
        select.setVisibleRowCount(16);
        select.valueProperty().addListener((o, was, now) -> {
            if (now != null && !choosing) {
                model.select(now.id());
            }
        });
        model.trendProperty().addListener((o, was, now) -> {
            if (was == null || now == null || !was.metricId().equals(now.metricId())) {
                shownLine = null;
            }
            render(now);
        });
        render(model.trendProperty().get());
    }

    private void render(MetricTrend t) {
        // The header with the metric picker stays in the page; the rest is built anew. A node put into a
        // new parent is styled from scratch, and the picker (a combo box and its skin) was, at every render.
        page.getChildren().remove(1, page.getChildren().size());
        head.getChildren().remove(1, head.getChildren().size());
        choosing = true;
        select.setValue(t == null ? null : model.metrics().stream().filter(m -> m.id().equals(t.metricId()))
                .findFirst().orElse(null));
        choosing = false;
        if (t == null) {
            return;
        }
        List<String> facts = new ArrayList<>();
        facts.add(messages.get("metrics.cadence." + t.cadence().name()));
        facts.add(messages.get("metrics.direction." + t.direction().name()));
        facts.add(messages.get("metrics.unit." + t.unit().name()) + (t.currencyCode() == null ? "" : " " + t.currencyCode()));
        if (t.ownerName() != null) {
            facts.add(messages.format("metrics.owner", t.ownerName()));
        }
        Label factLine = new Label(String.join(" · ", facts));
        factLine.getStyleClass().add("caption");
        head.getChildren().add(factLine);
        if (t.computed()) {
            Label computed = new Label(messages.get("metrics.computed"));
            computed.getStyleClass().add("badge-neutral");
            head.getChildren().add(computed);
        }
        if (t.description() != null && !t.description().isBlank()) {
            Label description = new Label(t.description());
            description.setWrapText(true);
            description.getStyleClass().add("metric-description");
            page.getChildren().add(description);
        }
        List<MetricTrend.Line> lines = t.lines().stream().filter(l -> l.latest() != null).toList();
        if (lines.isEmpty()) {
            Label none = new Label(messages.get(t.computed() ? "metrics.dash.computedNone" : "metrics.page.none"));
            none.getStyleClass().add("caption");
            none.setWrapText(true);
            page.getChildren().add(none);
            return;
        }
        FlowPane cards = new FlowPane(12, 12);
        cards.setId("metric-lines");
        for (int i = 0; i < lines.size(); i++) {
            cards.getChildren().add(lineCard(t, lines.get(i), i));
        }
        // The cards are styled a frame after the header, the chart a frame after them (chartCard): the page
        // styled in one frame, after its building, was 100-250 ms on the large workspace (bench/pulse.sh).
        page.getChildren().add(NextPulse.holder(cards));
        page.getChildren().add(chartCard(t, lines));
    }

    private Node lineCard(MetricTrend t, MetricTrend.Line line, int index) {
        Line swatch = swatch(index, false);
        Label name = new Label(label(line), swatch);
        name.getStyleClass().add("row-name");
        Label latest = new Label(number(line.latest().value(), t));
        latest.getStyleClass().add("tile-value");
        latest.setId("latest-" + lineId(line));
        Label period = new Label(formats.period(line.latest().period())
                + (line.latest().target() == null ? ""
                : " · " + messages.format("home.tile.target", number(line.latest().target(), t))));
        period.getStyleClass().add("caption");
        Period p = Period.parse(line.latest().period());
        VBox card = new VBox(4, name, latest, period,
                change(t, line.changeVsPrevious(), formats.period(p.previous().toString()), "prev-" + lineId(line)),
                change(t, line.changeVsLastYear(), formats.period(p.sameLastYear().toString()), "year-" + lineId(line)));
        Label state;
        if (!line.judged() || t.computed()) {
            state = new Label(line.judged() ? "" : messages.get("metrics.page.notJudged"));
            state.getStyleClass().add("caption");
        } else if (line.offTarget()) {
            state = new Label(messages.format("metrics.state.off", line.periodsOffTarget()));
            state.getStyleClass().add("badge-danger");
        } else if (line.latest().target() == null) {
            state = new Label(messages.get("metrics.state.noTarget"));
            state.getStyleClass().add("caption");
        } else {
            state = new Label(messages.get("metrics.state.on"));
            state.getStyleClass().add("badge-ok");
        }
        state.setId("state-" + lineId(line));
        state.setWrapText(true);
        card.getChildren().add(state);
        card.getStyleClass().addAll("card", "line-card");
        card.setPrefWidth(230);
        card.setMinWidth(200);
        return card;
    }

    private Label change(MetricTrend t, BigDecimal delta, String against, String id) {
        Label l;
        if (delta == null) {
            l = new Label(messages.format("metrics.change.none", against));
            l.getStyleClass().add("caption");
        } else if (delta.signum() == 0) {
            l = new Label(messages.format("metrics.change.same", against));
            l.getStyleClass().addAll("caption", "change-flat");
        } else {
            boolean good = (delta.signum() > 0) == (t.direction() == Direction.HIGHER_IS_BETTER);
            l = new Label(messages.format("metrics.change.vs", signed(delta, t), against));
            l.getStyleClass().addAll("caption", good ? "change-good" : "change-bad");
        }
        l.setId(id);
        return l;
    }

    private Node chartCard(MetricTrend t, List<MetricTrend.Line> lines) {
        boolean summable = lines.stream().anyMatch(l -> l.segmentId() == null) && lines.size() > 1
                && summableUnit(t);
        if (shownLine == null) {
            shownLine = summable ? "" : ALL;
        }
        HBox choices = new HBox(0);
        choices.getStyleClass().add("segmented");
        ToggleGroup group = new ToggleGroup();
        if (lines.size() > 1) {
            addChoice(choices, group, ALL, messages.get("metrics.page.allLines"));
            for (MetricTrend.Line l : lines) {
                addChoice(choices, group, l.segmentId() == null ? "" : l.segmentId(), label(l));
            }
        }
        List<Period> periods = lines.stream().flatMap(l -> l.points().stream()).map(MetricTrend.Point::period)
                .distinct().map(Period::parse).sorted().toList();
        List<Period> shown = inRange(periods);
        FlowPane legend = new FlowPane(16, 4);
        legend.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < lines.size(); i++) {
            if (visible(lines.get(i))) {
                Label value = new Label(label(lines.get(i)), swatch(i, false));
                Label target = new Label(messages.get("metrics.page.target"), swatch(i, true));
                legend.getChildren().addAll(value, target);
            }
        }
        legend.getChildren().forEach(n -> {
            n.getStyleClass().add("caption");
            ((Label) n).setMinWidth(Region.USE_PREF_SIZE);
        });
        Label title = new Label(messages.get("metrics.page.chart"));
        title.getStyleClass().add("row-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title);
        if (spansMoreThan(periods, 2)) {
            top.getChildren().add(rangeChoices(periods));
        }
        top.getChildren().addAll(spacer, choices);
        top.setAlignment(Pos.CENTER_LEFT);
        // The chart is built and styled a frame after the cards, two after the rest of the page: the cards,
        // the header and the chart (axes, a category a period, a symbol a value) built and styled in one
        // frame took 150-280 ms on the large workspace; building the chart alone ~30 ms of it. Its place is
        // kept at its height, so nothing moves when it arrives.
        NextPulse.Holder chartHolder = NextPulse.holder(() -> chart(t, lines, shown), 2);
        chartHolder.setMinHeight(CHART_MIN_HEIGHT);
        chartHolder.setPrefHeight(CHART_HEIGHT);
        VBox card = new VBox(6, top, chartHolder, legend);
        card.getStyleClass().addAll("card", "chart-card");
        return card;
    }

    /** The periods within {@link #shownYears} of the newest (all of them for 0). */
    private List<Period> inRange(List<Period> periods) {
        if (shownYears == 0 || periods.isEmpty()) {
            return periods;
        }
        LocalDate after = periods.getLast().startDate().minusYears(shownYears);
        return periods.stream().filter(p -> p.startDate().isAfter(after)).toList();
    }

    /** Whether the (sorted) periods reach back more than {@code years} from the newest: then a range hides some. */
    private static boolean spansMoreThan(List<Period> periods, int years) {
        return !periods.isEmpty() && periods.getFirst().startDate().isBefore(periods.getLast().startDate().minusYears(years));
    }

    /** 2 years · 5 years · All: how much history the chart shows (5 years only when there is more). */
    private HBox rangeChoices(List<Period> periods) {
        HBox box = new HBox(0);
        box.getStyleClass().add("segmented");
        box.setId("metric-range");
        box.setAccessibleText(messages.get("metrics.page.range"));
        ToggleGroup group = new ToggleGroup();
        for (int years : spansMoreThan(periods, 5) ? new int[] {2, 5, 0} : new int[] {2, 0}) {
            ToggleButton b = new ToggleButton(years == 0 ? messages.get("metrics.page.range.all")
                    : messages.format("metrics.page.range.years", years));
            b.setId("metric-range-" + (years == 0 ? "all" : years + "y"));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setToggleGroup(group);
            b.setSelected(years == shownYears);
            b.setOnAction(e -> {
                shownYears = years;
                render(model.trendProperty().get());
            });
            box.getChildren().add(b);
        }
        return box;
    }

    private void addChoice(HBox box, ToggleGroup group, String key, String text) {
        ToggleButton b = new ToggleButton(text);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setToggleGroup(group);
        b.setId("line-" + (key.equals(ALL) ? "all" : key.isEmpty() ? "total" : key));
        b.setSelected(key.equals(shownLine));
        b.setOnAction(e -> {
            shownLine = key;
            render(model.trendProperty().get());
        });
        box.getChildren().add(b);
    }

    private boolean visible(MetricTrend.Line l) {
        return ALL.equals(shownLine) ? l.segmentId() != null || !hasSegments()
                : shownLine.equals(l.segmentId() == null ? "" : l.segmentId());
    }

    private boolean hasSegments() {
        MetricTrend t = model.trendProperty().get();
        return t != null && t.lines().stream().anyMatch(l -> l.segmentId() != null && l.latest() != null);
    }

    private LineChart<String, Number> chart(MetricTrend t, List<MetricTrend.Line> lines, List<Period> shown) {
        Set<String> kept = shown.stream().map(Period::toString).collect(Collectors.toCollection(HashSet::new));
        CategoryAxis x = new CategoryAxis();
        x.setCategories(javafx.collections.FXCollections.observableArrayList(
                shown.stream().map(p -> formats.period(p.toString())).toList()));
        x.setAnimated(false);
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        y.setAnimated(false);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return t.unit() == MetricUnit.CURRENCY ? formats.money(BigDecimal.valueOf(n.doubleValue()), t.currencyCode())
                        : formats.metric(BigDecimal.valueOf(n.doubleValue()), t.unit() == MetricUnit.COUNT ? MetricUnit.SCORE
                        : t.unit(), t.currencyCode());
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("metric-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(CHART_HEIGHT);
        chart.setMinHeight(CHART_MIN_HEIGHT);
        List<Runnable> styling = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            MetricTrend.Line l = lines.get(i);
            if (!visible(l)) {
                continue;
            }
            XYChart.Series<String, Number> values = new XYChart.Series<>();
            XYChart.Series<String, Number> targets = new XYChart.Series<>();
            values.setName(label(l));
            targets.setName(label(l) + " " + messages.get("metrics.page.target"));
            for (MetricTrend.Point p : l.points()) {
                if (!kept.contains(p.period())) {
                    continue;
                }
                if (p.value() != null) {
                    values.getData().add(new XYChart.Data<>(formats.period(p.period()), p.value()));
                }
                if (p.target() != null) {
                    targets.getData().add(new XYChart.Data<>(formats.period(p.period()), p.target()));
                }
            }
            String colour = COLOURS[i % COLOURS.length];
            chart.getData().add(values);
            if (!targets.getData().isEmpty()) {
                chart.getData().add(targets);
            }
            styling.add(() -> {
                values.getNode().setStyle("-fx-stroke: " + colour + "; -fx-stroke-width: 2.5px;");
                values.getData().forEach(d -> {
                    if (d.getNode() != null) {
                        d.getNode().setStyle("-fx-background-color: " + colour + ", white; -fx-background-radius: 4px;"
                                + " -fx-padding: 3px;");
                    }
                });
                if (targets.getNode() != null) {
                    targets.getNode().setStyle("-fx-stroke: " + colour + "; -fx-stroke-width: 1.5px;"
                            + " -fx-stroke-dash-array: 6 5; -fx-opacity: 0.8;");
                    targets.getData().forEach(d -> {
                        if (d.getNode() != null) {
                            d.getNode().setStyle("-fx-background-color: transparent; -fx-padding: 0;");
                        }
                    });
                }
            });
        }
        styling.forEach(Runnable::run);
        return chart;
    }

    private Line swatch(int index, boolean dashed) {
        Line l = new Line(0, 0, 18, 0);
        l.setStyle("-fx-stroke: " + COLOURS[index % COLOURS.length] + "; -fx-stroke-width: " + (dashed ? 1.5 : 3)
                + (dashed ? "; -fx-stroke-dash-array: 4 3" : ""));
        return l;
    }

    private boolean summableUnit(MetricTrend t) {
        return t.unit() == MetricUnit.COUNT || t.unit() == MetricUnit.CURRENCY;
    }

    private String label(MetricTrend.Line l) {
        return l.label() == null ? messages.get("metrics.grid.total") : l.label();
    }

    private static String lineId(MetricTrend.Line l) {
        return l.segmentId() == null ? "total" : l.segmentId();
    }

    private String number(BigDecimal n, MetricTrend t) {
        return n == null ? "–" : t.unit() == MetricUnit.CURRENCY && n.abs().compareTo(BigDecimal.valueOf(100_000)) < 0
                ? formats.metric(n, MetricUnit.SCORE, null) + " " + (t.currencyCode() == null ? "" : t.currencyCode())
                : formats.metric(n, t.unit(), t.currencyCode());
    }

    private String signed(BigDecimal delta, MetricTrend t) {
        String abs = t.unit() == MetricUnit.PERCENT
                ? formats.metric(delta.abs(), MetricUnit.SCORE, null) + " " + messages.get("metrics.points")
                : number(delta.abs(), t);
        return (delta.signum() < 0 ? "−" : "+") + abs.strip();
    }
}
