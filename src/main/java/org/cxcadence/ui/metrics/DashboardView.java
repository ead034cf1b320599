package org.cxcadence.ui.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.cxcadence.domain.Direction;
import org.cxcadence.domain.MetricCategory;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.Period;
import org.cxcadence.service.metrics.MetricDashboard;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.NextPulse;

import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The metrics at a glance: the customer asset in whole numbers first ("gained 1,294 · lost 1,363"),
 * then a tile per metric in the CCO's order with its latest value, target, change, a sparkline and,
 * in words, whether and for how long it has been off target. A tile opens the metric's page.
 */
final class DashboardView extends ListView<DashboardView.Row> {
    private static final int COLUMNS = 4;

    /**
     * One row of the dashboard: the headline, a section's title or up to four tiles. Virtualised: a
     * large company has hundreds of metrics, and only the rows on screen are nodes.
     */
    sealed interface Row {
    }

    record Headline(MetricDashboard.AssetHeadline headline) implements Row {
    }

    record Title(String text) implements Row {
    }

    record Tiles(List<MetricDashboard.Tile> tiles, boolean first) implements Row {
    }

    /**
     * Rows laid out in the first frame of a dashboard shown empty until now; the rest a frame later
     * (NextPulse): the first layout of a screenful of tiles (wrapped names, sparklines) took ~100 ms on
     * the large workspace.
     */
    private static final int ROWS_IN_FIRST_FRAME = 3;

    private final MetricsViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final Consumer<String> open;

    DashboardView(MetricsViewModel model, Messages messages, Formats formats, Consumer<String> open) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.open = open;
        setId("metrics-dashboard");
        getStyleClass().addAll("metrics-dashboard", "edge-to-edge");
        setCellFactory(v -> new RowCell());
        model.dashboardProperty().addListener((o, was, now) -> render(now));
        render(model.dashboardProperty().get());
    }

    private void render(MetricDashboard d) {
        if (d == null) {
            Label loading = new Label(messages.get("home.loading"));
            loading.getStyleClass().add("caption");
            setPlaceholder(loading);
            // Through NextPulse, so rows still held back from a previous dashboard are dropped too.
            NextPulse.setItemsOverTwoFrames(this, List.of(), ROWS_IN_FIRST_FRAME, () -> { });
            return;
        }
        setPlaceholder(new Region());
        List<Row> rows = new ArrayList<>();
        d.headline().ifPresent(h -> rows.add(new Headline(h)));
        List<MetricDashboard.Tile> asset = d.tiles().stream()
                .filter(t -> t.category() == MetricCategory.CUSTOMER_ASSET).toList();
        List<MetricDashboard.Tile> rest = d.tiles().stream()
                .filter(t -> t.category() != MetricCategory.CUSTOMER_ASSET).toList();
        if (!asset.isEmpty()) {
            rows.add(new Title(messages.get("metrics.dash.asset")));
            addTiles(rows, asset);
        }
        if (!rest.isEmpty()) {
            rows.add(new Title(messages.get("metrics.dash.loyalty")));
            addTiles(rows, rest);
        }
        NextPulse.setItemsOverTwoFrames(this, rows, ROWS_IN_FIRST_FRAME, this::unmarkEarlierLastRows);
    }

    /** A cell keeps its item when rows are added after it, so it is not told it is no longer the last. */
    private void unmarkEarlierLastRows() {
        for (Node cell : lookupAll(".dashboard-row-last")) {
            if (cell instanceof RowCell c && c.getIndex() != getItems().size() - 1) {
                c.getStyleClass().remove("dashboard-row-last");
            }
        }
    }

    private static void addTiles(List<Row> rows, List<MetricDashboard.Tile> tiles) {
        for (int i = 0; i < tiles.size(); i += COLUMNS) {
            rows.add(new Tiles(tiles.subList(i, Math.min(tiles.size(), i + COLUMNS)), i == 0));
        }
    }

    /** Lays its row out across the list's width (tiles share it in quarters, text wraps). */
    private final class RowCell extends ListCell<Row> {
        RowCell() {
            getStyleClass().add("dashboard-row");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            getStyleClass().removeAll("dashboard-row-first", "dashboard-row-last", "dashboard-row-tiles");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (getIndex() == 0) {
                getStyleClass().add("dashboard-row-first");
            }
            if (getIndex() == getListView().getItems().size() - 1) {
                getStyleClass().add("dashboard-row-last");
            }
            if (row instanceof Tiles t && !t.first()) {
                getStyleClass().add("dashboard-row-tiles");
            }
            setGraphic(switch (row) {
                case Headline h -> headline(h.headline());
                case Title t -> sectionTitle(t.text());
                case Tiles t -> grid(t.tiles());
            });
        }

        /** Rows are read and their tiles clicked; the row itself is never chosen. */
        @Override
        public void updateSelected(boolean selected) {
            super.updateSelected(false);
        }

        @Override
        protected double computePrefHeight(double width) {
            Node graphic = getGraphic();
            if (graphic == null) {
                return super.computePrefHeight(width);
            }
            double w = (width < 0 ? getListView().getWidth() : width) - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + graphic.prefHeight(Math.max(0, w)) + snappedBottomInset();
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            Node graphic = getGraphic();
            if (graphic != null) {
                double w = Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset());
                graphic.resizeRelocate(snappedLeftInset(), snappedTopInset(), w, graphic.prefHeight(w));
            }
        }
    }

    private Node headline(MetricDashboard.AssetHeadline h) {
        Label title = new Label(messages.format("metrics.dash.headline.title", formats.period(h.period())));
        title.getStyleClass().add("caption");
        HBox numbers = new HBox(28,
                figure("metrics-gained", messages.get("metrics.dash.gained"), formats.wholeNumber(h.acquired()), "figure-good"),
                figure("metrics-lost", messages.get("metrics.dash.lost"), formats.wholeNumber(h.lost()), "figure-bad"),
                figure("metrics-net", messages.get("metrics.dash.net"), signedWhole(h.net()),
                        h.net().signum() < 0 ? "figure-bad" : "figure-good"));
        numbers.setAlignment(Pos.CENTER_LEFT);
        Label sentence = new Label(messages.format("metrics.dash.headline", formats.wholeNumber(h.acquired()),
                formats.wholeNumber(h.lost()), formats.period(h.period())));
        sentence.setId("metrics-headline-text");
        sentence.getStyleClass().add("asset-headline");
        sentence.setWrapText(true);
        VBox box = new VBox(8, title, sentence, numbers);
        if (h.acquiredValue() != null && h.lostValue() != null) {
            Label money = new Label(messages.format("metrics.dash.headline.value",
                    formats.money(h.acquiredValue(), h.currencyCode()), formats.money(h.lostValue(), h.currencyCode()),
                    signedMoney(h.acquiredValue().subtract(h.lostValue()), h.currencyCode())));
            money.getStyleClass().add("caption");
            money.setWrapText(true);
            box.getChildren().add(money);
        }
        box.setId("metrics-headline");
        box.getStyleClass().addAll("card", "asset-card");
        return box;
    }

    private Node figure(String id, String caption, String number, String style) {
        Label n = new Label(number);
        n.setId(id);
        n.getStyleClass().addAll("big-figure", style);
        Label c = new Label(caption);
        c.getStyleClass().add("caption");
        return new VBox(0, n, c);
    }

    private Node sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-3");
        return l;
    }

    private GridPane grid(List<MetricDashboard.Tile> tiles) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(14);
        for (int i = 0; i < COLUMNS; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / COLUMNS);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        for (int i = 0; i < tiles.size(); i++) {
            Node tile = tile(tiles.get(i));
            grid.add(tile, i % COLUMNS, i / COLUMNS);
            GridPane.setFillHeight(tile, true);
        }
        return grid;
    }

    private Node tile(MetricDashboard.Tile t) {
        Label name = new Label(t.name());
        name.getStyleClass().add("tile-title");
        name.setWrapText(true);
        VBox box = new VBox(6, name);
        box.setId("tile-" + t.metricId());
        box.getStyleClass().addAll("card", "metric-card");
        box.setMaxHeight(Double.MAX_VALUE);
        box.setMinWidth(0);
        if (!t.hasValues()) {
            Label none = new Label(messages.get(t.computed() ? "metrics.dash.computedNone" : "metrics.dash.none"));
            none.getStyleClass().add("caption");
            none.setWrapText(true);
            box.getChildren().add(none);
        } else {
            Label period = new Label(formats.period(t.period()));
            period.getStyleClass().add("caption");
            box.getChildren().add(period);
            if (t.value() != null) {
                Label value = new Label(number(t.value(), t));
                value.getStyleClass().add("tile-value");
                value.setMinWidth(Region.USE_PREF_SIZE);
                HBox line = new HBox(8, value);
                line.setAlignment(Pos.BASELINE_LEFT);
                if (t.target() != null) {
                    Label target = new Label(messages.format("home.tile.target", number(t.target(), t)));
                    target.getStyleClass().add("caption");
                    line.getChildren().add(target);
                }
                box.getChildren().add(line);
                change(t).ifPresent(box.getChildren()::add);
            } else {
                VBox figures = new VBox(2);
                for (MetricDashboard.Figure f : t.segments()) {
                    Label label = new Label(f.label());
                    label.getStyleClass().add("caption");
                    label.setMinWidth(0);
                    Region spacer = new Region();
                    HBox.setHgrow(spacer, Priority.ALWAYS);
                    Label value = new Label(f.value() == null ? "–" : number(f.value(), t));
                    value.getStyleClass().add(f.offTarget() ? "figure-off" : "figure-small");
                    value.setMinWidth(Region.USE_PREF_SIZE);
                    HBox row = new HBox(6, label, spacer, value);
                    row.setAlignment(Pos.BASELINE_LEFT);
                    figures.getChildren().add(row);
                }
                box.getChildren().add(figures);
            }
            Sparkline spark = new Sparkline(t.sparks().stream().map(MetricDashboard.Spark::values).toList());
            VBox.setVgrow(spark, Priority.ALWAYS);
            box.getChildren().add(spark);
            box.getChildren().add(state(t));
        }
        box.setCursor(Cursor.HAND);
        box.setFocusTraversable(true);
        box.setOnMouseClicked(e -> open.accept(t.metricId()));
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open.accept(t.metricId());
            }
        });
        return box;
    }

    private java.util.Optional<Node> change(MetricDashboard.Tile t) {
        if (t.previous() == null || t.value() == null) {
            return java.util.Optional.empty();
        }
        BigDecimal delta = t.value().subtract(t.previous());
        String previous = formats.period(Period.parse(t.period()).previous().toString());
        Label l = new Label(delta.signum() == 0 ? messages.format("metrics.change.same", previous)
                : messages.format("metrics.change.vs", signed(delta, t), previous));
        boolean good = delta.signum() == 0 || (delta.signum() > 0) == (t.direction() == Direction.HIGHER_IS_BETTER);
        l.getStyleClass().addAll("caption", delta.signum() == 0 ? "change-flat" : good ? "change-good" : "change-bad");
        return java.util.Optional.of(l);
    }

    private Node state(MetricDashboard.Tile t) {
        Label l;
        if (t.computed()) {
            l = new Label(messages.get("metrics.dash.computed"));
            l.getStyleClass().add("caption");
        } else if (t.offTarget()) {
            List<String> where = t.offTargetIn().stream().filter(x -> !x.isEmpty()).toList();
            l = new Label(where.isEmpty() ? messages.format("metrics.state.off", t.periodsOffTarget())
                    : messages.format("metrics.state.offIn", String.join(", ", where), t.periodsOffTarget()));
            l.getStyleClass().add("badge-danger");
        } else if (t.target() == null && t.segments().stream().allMatch(f -> f.target() == null)) {
            l = new Label(messages.get("metrics.state.noTarget"));
            l.getStyleClass().add("caption");
        } else {
            l = new Label(messages.get("metrics.state.on"));
            l.getStyleClass().add("badge-ok");
        }
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setId("tile-state-" + t.metricId());
        return l;
    }

    private String number(BigDecimal n, MetricDashboard.Tile t) {
        return formats.metric(n, t.unit(), t.currencyCode());
    }

    private String signed(BigDecimal delta, MetricDashboard.Tile t) {
        String abs = t.unit() == MetricUnit.PERCENT
                ? formats.metric(delta.abs(), MetricUnit.SCORE, null) + " " + messages.get("metrics.points")
                : number(delta.abs(), t);
        return (delta.signum() < 0 ? "−" : "+") + abs;
    }

    private String signedWhole(BigDecimal n) {
        String s = formats.wholeNumber(n.abs());
        return n.signum() < 0 ? "−" + s : n.signum() > 0 ? "+" + s : s;
    }

    private String signedMoney(BigDecimal n, String currency) {
        String s = formats.money(n.abs(), currency);
        return n.signum() < 0 ? "−" + s : "+" + s;
    }
}
