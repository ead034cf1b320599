package org.cxcadence.ui.common;

import java.math.BigDecimal;
import java.util.List;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** A small line of recent values, last point marked; enough to see a trend at a glance. */
public final class Sparkline extends Canvas {
    public Sparkline(List<BigDecimal> values, double width, double height, Color stroke) {
        super(width, height);
        getStyleClass().add("sparkline");
        draw(values.stream().map(BigDecimal::doubleValue).toList(), stroke);
    }

    private void draw(List<Double> values, Color stroke) {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (values.size() < 2) {
            return;
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double span = max - min == 0 ? 1 : max - min;
        double pad = 3;
        double w = getWidth() - 2 * pad;
        double h = getHeight() - 2 * pad;
        g.setStroke(stroke);
        g.setLineWidth(1.6);
        g.beginPath();
        for (int i = 0; i < values.size(); i++) {
            double x = pad + w * i / (values.size() - 1);
            double y = pad + h - h * (values.get(i) - min) / span;
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        double lastX = pad + w;
        double lastY = pad + h - h * (values.getLast() - min) / span;
        g.setFill(stroke);
        g.fillOval(lastX - 2.5, lastY - 2.5, 5, 5);
    }
}
