package org.cxcadence.ui.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.cxcadence.domain.MaturityLevel;
import org.cxcadence.domain.MaturityTrend;
import org.cxcadence.domain.Milestone;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.Roadmap;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.Tooltips;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The road map drawn by hand: quarters as columns, competencies as lanes, one chip per milestone
 * coloured by status (late ones say so in words), and a line at today. Chips are labels, so they
 * can be clicked, read by screen readers and found by tests ({@code #chip-ID}).
 */
final class TimelinePane extends Region {
    private static final double LABEL_WIDTH = 220;
    private static final double HEADER_HEIGHT = 26;
    private static final double GAP = 4;
    private static final double LANE_MIN = 58;
    private static final double MIN_COLUMN = 120;
    private static final double MAX_MIN_COLUMN = 240;

    private final Messages messages;
    private final Consumer<Milestone> onSelect;
    private final Consumer<MaturityLevel> onMaturity;
    private String selectedMaturity;
    private Roadmap map;
    private final List<Label> quarterLabels = new ArrayList<>();
    private final List<Node> laneLabels = new ArrayList<>();
    private final List<Region> laneBands = new ArrayList<>();
    private final List<Map<Integer, List<Label>>> chips = new ArrayList<>();
    private final Region todayLine = new Region();
    private final Label todayLabel = new Label();

    TimelinePane(Messages messages, Consumer<Milestone> onSelect, Consumer<MaturityLevel> onMaturity) {
        this.messages = messages;
        this.onSelect = onSelect;
        this.onMaturity = onMaturity;
        setId("roadmap-timeline");
        getStyleClass().add("roadmap-timeline");
        todayLine.getStyleClass().add("timeline-today");
        todayLine.setId("timeline-today");
        todayLabel.getStyleClass().add("timeline-today-label");
        todayLabel.setText(messages.get("program.timeline.today"));
    }

    /**
     * @param selectedId        the chosen milestone, or {@code null}
     * @param selectedMaturity  the chosen maturity rating as {@code TOPIC_AREA_ID/QUARTER}, or {@code null}
     */
    void show(Roadmap roadmap, Map<String, String> people, String selectedId, String selectedMaturity) {
        this.map = roadmap;
        this.selectedMaturity = selectedMaturity;
        getChildren().clear();
        quarterLabels.clear();
        laneLabels.clear();
        laneBands.clear();
        chips.clear();
        if (roadmap == null) {
            return;
        }
        for (int i = 0; i < roadmap.lanes().size(); i++) {
            Region band = new Region();
            band.getStyleClass().add(i % 2 == 0 ? "timeline-lane" : "timeline-lane-alt");
            laneBands.add(band);
        }
        getChildren().addAll(laneBands);
        getChildren().add(todayLine);
        Period current = roadmap.currentQuarter();
        for (Period q : roadmap.quarters()) {
            Label l = new Label(q.toString());
            l.getStyleClass().add(q.equals(current) ? "timeline-quarter-current" : "timeline-quarter");
            quarterLabels.add(l);
        }
        getChildren().addAll(quarterLabels);
        for (Roadmap.Lane lane : roadmap.lanes()) {
            laneLabels.add(laneLabel(lane));
            Map<Integer, List<Label>> byColumn = new LinkedHashMap<>();
            for (Milestone m : lane.milestones()) {
                int column = roadmap.quarters().indexOf(m.quarter());
                Label chip = chip(m, people, m.id().equals(selectedId));
                byColumn.computeIfAbsent(column, k -> new ArrayList<>()).add(chip);
                getChildren().add(chip);
            }
            chips.add(byColumn);
        }
        getChildren().addAll(laneLabels);
        getChildren().add(todayLabel);
        requestLayout();
    }

    private Node laneLabel(Roadmap.Lane lane) {
        Label name = new Label(lane.area().name());
        name.getStyleClass().add("timeline-lane-name");
        name.setWrapText(true);
        MaturityTrend t = lane.maturity();
        Label maturity = new Label(t.latest() == null ? messages.get("program.maturity.none")
                : (messages.format("program.maturity.level", t.latest()) + " " + arrow(t)).strip());
        maturity.getStyleClass().add("caption");
        maturity.setId("maturity-" + lane.area().id());
        VBox box = new VBox(2, name, maturity);
        if (!t.points().isEmpty()) {
            String prefix = lane.area().id() + "/";
            String quarter = selectedMaturity != null && selectedMaturity.startsWith(prefix)
                    ? selectedMaturity.substring(prefix.length()) : null;
            MaturityChart chart = new MaturityChart(t, map.currentQuarter(), messages, onMaturity, quarter);
            Tooltips.onFirstHover(maturity, () -> new Tooltip(t.points().stream().map(chart::describe).collect(Collectors.joining("\n"))));
            box.getChildren().add(chart);
        }
        box.setPadding(new Insets(6, 10, 6, 10));
        return box;
    }

    private static String arrow(MaturityTrend t) {
        return switch (t.direction()) {
            case UP -> "▲";
            case DOWN -> "▼";
            case FLAT -> "▶";
            case NONE -> "";
        };
    }

    private Label chip(Milestone m, Map<String, String> people, boolean selected) {
        boolean late = m.isLate(map.today());
        String status = messages.get("program.status." + m.status().name());
        Label chip = new Label(m.title() + "\n" + (late ? messages.get("program.late") + " · " : "") + status);
        chip.setId("chip-" + m.id());
        chip.setWrapText(true);
        chip.getStyleClass().addAll("milestone-chip", "chip-" + m.status().name().toLowerCase(java.util.Locale.ROOT));
        if (late) {
            chip.getStyleClass().add("chip-late");
        }
        if (selected) {
            chip.getStyleClass().add("chip-selected");
        }
        String owner = m.ownerId() == null ? "" : "\n" + messages.format("program.owner", people.getOrDefault(m.ownerId(), m.ownerId()));
        String chipTip = m.title() + " (" + m.targetQuarter() + ")\n" + status + owner;
        Tooltips.onFirstHover(chip, () -> new Tooltip(chipTip));
        chip.setOnMouseClicked(e -> onSelect.accept(m));
        return chip;
    }

    private double columnWidth(double width) {
        int n = map == null ? 1 : Math.max(1, map.quarters().size());
        return Math.max(minColumnWidth(), (width - LABEL_WIDTH) / n);
    }

    /**
     * The narrowest quarter column in which every chip's longest word fits on one line (chips
     * wrap between words, never inside one); below it the road map scrolls sideways.
     */
    private double minColumnWidth() {
        double widest = 0;
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        for (Map<Integer, List<Label>> lane : chips) {
            for (List<Label> column : lane.values()) {
                for (Label chip : column) {
                    probe.setFont(chip.getFont());
                    for (String word : chip.getText().split("\\s+")) {
                        probe.setText(word);
                        widest = Math.max(widest, probe.getLayoutBounds().getWidth()
                                + chip.snappedLeftInset() + chip.snappedRightInset());
                    }
                }
            }
        }
        return Math.min(MAX_MIN_COLUMN, Math.max(MIN_COLUMN, Math.ceil(widest) + 2 * GAP + 2));
    }

    @Override
    protected double computeMinWidth(double height) {
        int n = map == null ? 0 : map.quarters().size();
        return LABEL_WIDTH + n * minColumnWidth();
    }

    /** Lane heights for a given width: tallest column of chips, at least {@link #LANE_MIN}. */
    private List<Double> laneHeights(double width) {
        double cw = columnWidth(width);
        List<Double> heights = new ArrayList<>();
        for (int i = 0; i < chips.size(); i++) {
            double h = laneLabels.get(i).prefHeight(LABEL_WIDTH);
            for (List<Label> column : chips.get(i).values()) {
                double sum = GAP;
                for (Label chip : column) {
                    sum += chip.prefHeight(cw - 2 * GAP) + GAP;
                }
                h = Math.max(h, sum);
            }
            heights.add(Math.max(LANE_MIN, h));
        }
        return heights;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? 1000 : width;
        return HEADER_HEIGHT + laneHeights(w).stream().mapToDouble(Double::doubleValue).sum() + 22;
    }

    @Override
    protected double computePrefWidth(double height) {
        return LABEL_WIDTH + (map == null ? 0 : map.quarters().size() * minColumnWidth());
    }

    @Override
    protected void layoutChildren() {
        if (map == null) {
            return;
        }
        double width = getWidth();
        double cw = columnWidth(width);
        for (int q = 0; q < quarterLabels.size(); q++) {
            quarterLabels.get(q).resizeRelocate(LABEL_WIDTH + q * cw, 0, cw, HEADER_HEIGHT);
        }
        List<Double> heights = laneHeights(width);
        double y = HEADER_HEIGHT;
        for (int i = 0; i < chips.size(); i++) {
            double h = heights.get(i);
            laneBands.get(i).resizeRelocate(0, y, LABEL_WIDTH + cw * quarterLabels.size(), h);
            laneLabels.get(i).resizeRelocate(0, y, LABEL_WIDTH, h);
            for (Map.Entry<Integer, List<Label>> column : chips.get(i).entrySet()) {
                double cy = y + GAP;
                for (Label chip : column.getValue()) {
                    double ch = chip.prefHeight(cw - 2 * GAP);
                    chip.resizeRelocate(LABEL_WIDTH + column.getKey() * cw + GAP, cy, cw - 2 * GAP, ch);
                    cy += ch + GAP;
                }
            }
            y += h;
        }
        Period current = map.currentQuarter();
        int index = map.quarters().indexOf(current);
        double days = current.endDate().toEpochDay() - current.startDate().toEpochDay() + 1;
        double fraction = (map.today().toEpochDay() - current.startDate().toEpochDay() + 0.5) / days;
        double x = LABEL_WIDTH + (index + fraction) * cw;
        todayLine.resizeRelocate(x - 1, HEADER_HEIGHT - 4, 2, y - HEADER_HEIGHT + 4);
        double lw = todayLabel.prefWidth(-1);
        todayLabel.resizeRelocate(x - lw / 2, y + 1, lw, todayLabel.prefHeight(-1));
    }
}
