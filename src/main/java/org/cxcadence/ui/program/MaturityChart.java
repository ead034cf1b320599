package org.cxcadence.ui.program;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.cxcadence.domain.MaturityLevel;
import org.cxcadence.domain.MaturityTrend;
import org.cxcadence.domain.Period;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.Tooltips;

import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;

/**
 * The maturity of one competency as a small step chart: levels 1–5 up the side, quarters along the
 * bottom from the first level recorded to today's quarter, the level held until the next rating.
 * Each rating is a dot with its quarter, level and note on hover; clicking one hands it to
 * {@code onPick} (the road map puts it in the maturity form, note included). Colours come from CSS
 * ({@code .maturity-chart}), so it follows the theme; sizes are large enough to read projected.
 */
final class MaturityChart extends Region {
    static final double HEIGHT = 58;
    private static final double GUTTER = 14;
    private static final double TOP = 6;
    private static final double PLOT = 34;
    private static final double RADIUS = 4;

    private final MaturityTrend trend;
    private final Period today;
    private final Messages messages;
    private final Consumer<MaturityLevel> onPick;
    private final String selectedQuarter;
    private final List<Circle> targets = new ArrayList<>();
    private double builtFor = -1;

    MaturityChart(MaturityTrend trend, Period today, Messages messages, Consumer<MaturityLevel> onPick,
                  String selectedQuarter) {
        this.trend = trend;
        this.today = today;
        this.messages = messages;
        this.onPick = onPick;
        this.selectedQuarter = selectedQuarter;
        getStyleClass().add("maturity-chart");
        setId("maturity-chart-" + trend.topicAreaId());
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        setPrefWidth(200);
        setMinWidth(120);
    }

    /** The quarters drawn: from the first rating to today's quarter (or the last rating, if later). */
    List<Period> quarters() {
        List<Period> quarters = new ArrayList<>();
        if (trend.points().isEmpty()) {
            return quarters;
        }
        Period first = trend.points().getFirst().period();
        Period last = trend.points().getLast().period();
        if (today.isAfter(last)) {
            last = today;
        }
        for (Period p = first; !p.isAfter(last); p = p.next()) {
            quarters.add(p);
        }
        return quarters;
    }

    private double y(int level) {
        return TOP + PLOT - (level - MaturityLevel.MIN) * PLOT / (MaturityLevel.MAX - MaturityLevel.MIN);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        if (width == builtFor) {
            return; // the same size: keep the nodes (a hovered dot keeps its tooltip, a found one stays in the scene)
        }
        builtFor = width;
        getChildren().clear();
        for (int level = MaturityLevel.MIN; level <= MaturityLevel.MAX; level++) {
            Line grid = new Line(GUTTER, y(level), width - 2, y(level));
            grid.getStyleClass().add(level == MaturityLevel.MIN || level == MaturityLevel.MAX ? "maturity-grid-edge" : "maturity-grid");
            getChildren().add(grid);
        }
        Text top = axisText(String.valueOf(MaturityLevel.MAX), 0, y(MaturityLevel.MAX) + 4);
        Text bottom = axisText(String.valueOf(MaturityLevel.MIN), 0, y(MaturityLevel.MIN) + 4);
        getChildren().addAll(top, bottom);
        List<Period> quarters = quarters();
        if (quarters.isEmpty()) {
            return;
        }
        double plotWidth = width - GUTTER - 2 * RADIUS - 4;
        double step = quarters.size() > 1 ? plotWidth / (quarters.size() - 1) : 0;
        double x0 = GUTTER + RADIUS + 2;
        Polyline line = new Polyline();
        line.getStyleClass().add("maturity-line");
        List<Circle> dots = new ArrayList<>();
        targets.clear();
        Double lastY = null;
        for (MaturityLevel point : trend.points()) {
            double x = x0 + quarters.indexOf(point.period()) * step;
            double y = y(point.level());
            if (lastY != null) {
                line.getPoints().addAll(x, lastY);
            }
            line.getPoints().addAll(x, y);
            lastY = y;
            dots.add(dot(point, x, y));
        }
        // held until today: the last level carries on to the end of the axis
        line.getPoints().addAll(x0 + (quarters.size() - 1) * step, lastY);
        getChildren().add(line);
        getChildren().addAll(dots);
        getChildren().addAll(targets);
        Text from = axisText(shortQuarter(quarters.getFirst()), x0 - RADIUS, HEIGHT - 2);
        getChildren().add(from);
        if (quarters.size() > 1) {
            Text to = axisText(shortQuarter(quarters.getLast()), 0, HEIGHT - 2);
            to.setX(width - 2 - to.getLayoutBounds().getWidth());
            getChildren().add(to);
        }
    }

    private Circle dot(MaturityLevel point, double x, double y) {
        boolean latest = point == trend.points().getLast();
        Circle dot = new Circle(x, y, latest ? RADIUS + 1 : RADIUS);
        dot.getStyleClass().add("maturity-dot");
        if (latest) {
            dot.getStyleClass().add("maturity-dot-latest");
        }
        if (point.quarter().equals(selectedQuarter)) {
            dot.getStyleClass().add("maturity-dot-selected");
        }
        dot.setMouseTransparent(true);
        // a larger, invisible target around the dot: easy to hover and click on a projector
        Circle target = new Circle(x, y, 10);
        target.getStyleClass().add("maturity-target");
        target.setId("maturity-dot-" + point.topicAreaId() + "-" + point.quarter());
        target.setCursor(Cursor.HAND);
        Tooltips.onFirstHover(target, () -> {
            Tooltip tip = new Tooltip(describe(point));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            return tip;
        });
        target.setOnMouseClicked(e -> onPick.accept(point));
        targets.add(target);
        return dot;
    }

    String describe(MaturityLevel point) {
        return messages.format("program.maturity.point", point.quarter(), point.level())
                + (point.note() == null ? "" : "\n" + point.note());
    }

    private static String shortQuarter(Period p) {
        String s = p.toString(); // 2026-Q3 -> Q3 '26
        return s.substring(5) + " \u2019" + s.substring(2, 4);
    }

    private static Text axisText(String s, double x, double y) {
        Text t = new Text(x, y, s);
        t.getStyleClass().add("maturity-axis");
        return t;
    }
}
