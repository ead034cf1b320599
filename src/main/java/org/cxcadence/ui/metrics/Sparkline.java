package org.cxcadence.ui.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;

/**
 * A small line of a metric's recent periods, one polyline per series (the total, or each segment),
 * scaled to the space it gets; gaps (periods without a value) are skipped. Colours come from CSS
 * ({@code .sparkline}, {@code .spark-0}…), so it follows the theme; the last point is marked.
 */
final class Sparkline extends Region {
    private final List<List<BigDecimal>> series;

    Sparkline(List<List<BigDecimal>> series) {
        this.series = series;
        getStyleClass().add("sparkline");
        setMinHeight(36);
        setPrefHeight(40);
        setPrefWidth(160);
        setMouseTransparent(true);
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        double w = getWidth() - 6;
        double h = getHeight() - 6;
        if (w <= 0 || h <= 0) {
            return;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        int points = 0;
        for (List<BigDecimal> s : series) {
            points = Math.max(points, s.size());
            for (BigDecimal v : s) {
                if (v != null) {
                    min = Math.min(min, v.doubleValue());
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        if (points == 0 || min > max) {
            return;
        }
        double span = max - min == 0 ? 1 : max - min;
        double step = points > 1 ? w / (points - 1) : 0;
        for (int k = 0; k < series.size(); k++) {
            List<Double> coords = new ArrayList<>();
            double lastX = 0;
            double lastY = 0;
            List<BigDecimal> s = series.get(k);
            int offset = points - s.size();
            for (int i = 0; i < s.size(); i++) {
                if (s.get(i) == null) {
                    continue;
                }
                lastX = 3 + (i + offset) * step;
                lastY = 3 + h - (s.get(i).doubleValue() - min) / span * h;
                coords.add(lastX);
                coords.add(lastY);
            }
            Polyline line = new Polyline();
            line.getPoints().setAll(coords);
            line.getStyleClass().addAll("spark-line", "spark-" + (k % 4));
            Circle dot = new Circle(lastX, lastY, 2.5);
            dot.getStyleClass().addAll("spark-dot", "spark-" + (k % 4));
            getChildren().addAll(line, dot);
        }
    }
}
