package org.cxcadence.ui.history;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxcadence.exchange.minutes.Block;
import org.cxcadence.exchange.minutes.MinutesLayout;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The minutes drawn natively from the same layout every export uses, so what is seen is what is
 * sent. Words from a search hit are marked, and the view scrolls to the first of them.
 */
public final class MinutesView extends ScrollPane {
    private final VBox page = new VBox(6);
    private final List<Node> hits = new ArrayList<>();
    private Pattern highlight;

    public MinutesView() {
        setId("minutes-view");
        getStyleClass().addAll("minutes-view", "edge-to-edge");
        setFitToWidth(true);
        page.getStyleClass().add("minutes-page");
        setContent(page);
    }

    public void show(MinutesLayout.Laid laid, List<String> highlights) {
        page.getChildren().clear();
        hits.clear();
        highlight = pattern(highlights);
        if (laid == null) {
            return;
        }
        if (laid.company() != null) {
            page.getChildren().add(styled(flow(laid.company()), "minutes-company"));
        }
        TextFlow title = flow(laid.title());
        title.setId("minutes-title");
        page.getChildren().add(styled(title, "minutes-title"));
        page.getChildren().add(fields(laid.header()));
        for (Block b : laid.body()) {
            page.getChildren().add(node(b));
        }
        setVvalue(0);
        if (!hits.isEmpty()) {
            Platform.runLater(this::scrollToFirstHit);
        }
    }

    /** The number of marked words on screen (for tests and the status line). */
    public int hitCount() {
        return hits.size();
    }

    private void scrollToFirstHit() {
        if (hits.isEmpty()) {
            return;
        }
        layout();
        Bounds hit = page.sceneToLocal(hits.getFirst().localToScene(hits.getFirst().getBoundsInLocal()));
        double scrollable = page.getBoundsInLocal().getHeight() - getViewportBounds().getHeight();
        if (scrollable > 0) {
            setVvalue(Math.max(0, Math.min(1, (hit.getMinY() - 60) / scrollable)));
        }
    }

    private Node node(Block b) {
        return switch (b) {
            case Block.Heading h -> styled(flow(h.text()), "minutes-h" + Math.min(4, Math.max(2, h.level())));
            case Block.Paragraph p -> styled(flow(p.text()), "minutes-text");
            case Block.Note n -> styled(flow(n.text()), "caption");
            case Block.Fields f -> fields(f.fields());
            case Block.Bullets l -> {
                VBox list = new VBox(2);
                for (String item : l.items()) {
                    TextFlow line = flow("•  " + item);
                    line.getStyleClass().add("minutes-text");
                    list.getChildren().add(line);
                }
                yield list;
            }
            case Block.Table t -> table(t);
        };
    }

    private GridPane fields(List<Block.Field> fields) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(2);
        grid.getStyleClass().add("minutes-fields");
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(90);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, value);
        for (int r = 0; r < fields.size(); r++) {
            Label l = new Label(fields.get(r).label());
            l.getStyleClass().add("caption");
            grid.add(l, 0, r);
            grid.add(styled(flow(fields.get(r).value()), "minutes-text"), 1, r);
        }
        return grid;
    }

    private GridPane table(Block.Table t) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("minutes-table");
        int columns = t.header().size();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setPercentWidth(c == 0 ? 100.0 * 2 / (columns + 1) : 100.0 / (columns + 1));
            grid.getColumnConstraints().add(cc);
            TextFlow head = flow(t.header().get(c));
            head.getStyleClass().add("minutes-th");
            grid.add(head, c, 0);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int c = 0; c < columns; c++) {
                TextFlow cell = flow(c < row.size() ? row.get(c) : "");
                cell.getStyleClass().add(c == 0 ? "minutes-td-first" : "minutes-td");
                grid.add(cell, c, r + 1);
            }
        }
        return grid;
    }

    /** Text with the highlighted words as their own marked runs; right-to-left text flows right to left. */
    private TextFlow flow(String text) {
        TextFlow flow = new TextFlow();
        String s = text == null ? "" : text;
        if (highlight == null) {
            flow.getChildren().add(new Text(s));
        } else {
            Matcher m = highlight.matcher(s);
            int last = 0;
            while (m.find()) {
                if (m.start() > last) {
                    flow.getChildren().add(new Text(s.substring(last, m.start())));
                }
                Text hit = new Text(m.group());
                hit.getStyleClass().add("search-hit");
                flow.getChildren().add(hit);
                hits.add(hit);
                last = m.end();
            }
            if (last < s.length()) {
                flow.getChildren().add(new Text(s.substring(last)));
            }
        }
        if (isRightToLeft(s)) {
            flow.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        }
        return flow;
    }

    private static boolean isRightToLeft(String s) {
        return !s.isEmpty() && java.text.Bidi.requiresBidi(s.toCharArray(), 0, s.length())
                && !new java.text.Bidi(s, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    private static <T extends Node> T styled(T node, String style) {
        node.getStyleClass().add(style);
        return node;
    }

    /** Whole words starting with a highlighted term, case-insensitive, as the search matched them. */
    private static Pattern pattern(List<String> words) {
        List<String> parts = words == null ? List.of() : words.stream().map(String::strip).filter(w -> !w.isEmpty())
                .map(Pattern::quote).toList();
        return parts.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", parts) + ")",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
