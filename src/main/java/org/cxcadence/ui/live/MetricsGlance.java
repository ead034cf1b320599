package org.cxcadence.ui.live;

import java.util.List;

import org.cxcadence.service.home.HomeSummary;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.Sparkline;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** The customer-asset review's glance: off-target metrics first, each with its latest total and a trend line. */
final class MetricsGlance extends FlowPane {
    MetricsGlance(List<RunViewModel.Glance> glances, Messages messages, Formats formats) {
        super(12, 12);
        setId("run-metrics");
        for (RunViewModel.Glance g : glances) {
            HomeSummary.MetricTile t = g.tile();
            Label name = new Label(t.name());
            name.getStyleClass().add("tile-name");
            Label value = new Label(formats.metric(t.value(), t.unit(), t.currencyCode()));
            value.getStyleClass().add("tile-value");
            Label target = new Label(t.target() == null ? messages.get("home.tile.noTarget")
                    : messages.format("home.tile.target", formats.metric(t.target(), t.unit(), t.currencyCode())));
            target.getStyleClass().add("caption");
            Sparkline line = new Sparkline(g.trend(), 170, 34, t.offTarget() ? Color.web("#cf222e") : Color.web("#1f6feb"));
            VBox tile = new VBox(3, name, value, target, line);
            if (t.offTarget()) {
                Label off = new Label(messages.format("home.tile.off", t.periodsOffTarget()));
                off.getStyleClass().add("badge-danger");
                tile.getChildren().add(off);
                tile.getStyleClass().add("tile-off");
            }
            tile.getStyleClass().add("metric-tile");
            tile.setPrefWidth(200);
            getChildren().add(tile);
        }
    }
}
