package org.cxcadence.ui.history;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxcadence.exchange.minutes.Block;
import org.cxcadence.exchange.minutes.MinutesLayout;

import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The minutes drawn natively from the same layout every export uses, so what is seen is what is
 * sent. Words from a search hit are marked, and the view scrolls to the first of them.
 * <p>
 * Virtualised: the minutes are a list of rows (a heading, a paragraph, one bullet, one table row…)
 * and only the rows on screen are nodes. The review of a large company lists thousands of overdue
 * and stalled actions; laid out as one page of nodes they took minutes of the FX thread (a
 * {@link GridPane} of thousands of rows), as rows they cost what a screenful costs.
 */
public final class MinutesView extends ListView<MinutesView.Row> {
    /** One row of the minutes as the list shows it. */
    public sealed interface Row {
        /** The texts of the row (for counting search hits). */
        List<String> texts();
    }

    record Company(String text) implements Row {
        public List<String> texts() {
            return List.of(text);
        }
    }

    record Title(String text) implements Row {
        public List<String> texts() {
            return List.of(text);
        }
    }

    record Fields(List<Block.Field> fields) implements Row {
        public List<String> texts() {
            return fields.stream().map(Block.Field::value).toList();
        }
    }

    record Single(String style, String text) implements Row {
        public List<String> texts() {
            return List.of(text);
        }
    }

    record Bullet(String text, boolean first, boolean last) implements Row {
        public List<String> texts() {
            return List.of(text);
        }
    }

    record TableRow(List<String> cells, int columns, boolean head, boolean last) implements Row {
        public List<String> texts() {
            return head ? List.of() : cells;
        }
    }

    private Pattern highlight;
    private int hitCount;

    public MinutesView() {
        setId("minutes-view");
        getStyleClass().addAll("minutes-view", "edge-to-edge");
        setCellFactory(v -> new RowCell());
        setFocusTraversable(true);
    }

    public void show(MinutesLayout.Laid laid, List<String> highlights) {
        highlight = pattern(highlights);
        if (laid == null) {
            hitCount = 0;
            getItems().clear();
            return;
        }
        List<Row> rows = rows(laid);
        int count = 0;
        int firstHit = -1;
        if (highlight != null) {
            for (int i = 0; i < rows.size(); i++) {
                for (String s : rows.get(i).texts()) {
                    int n = hits(s);
                    count += n;
                    if (n > 0 && firstHit < 0) {
                        firstHit = i;
                    }
                }
            }
        }
        hitCount = count;
        getSelectionModel().clearSelection();
        getItems().setAll(rows);
        scrollTo(0);
        if (firstHit > 0) {
            int target = Math.max(0, firstHit - 1);
            Platform.runLater(() -> scrollTo(target));
        }
    }

    /** The number of marked words in the minutes shown (for tests and the status line). */
    public int hitCount() {
        return hitCount;
    }

    /** Scrolls to a fraction of the minutes (0 the top, 1 the end), as a scroll pane's vvalue would. */
    public void setVvalue(double fraction) {
        if (!getItems().isEmpty()) {
            scrollTo((int) Math.round(Math.max(0, Math.min(1, fraction)) * (getItems().size() - 1)));
        }
    }

    static List<Row> rows(MinutesLayout.Laid laid) {
        List<Row> rows = new ArrayList<>();
        if (laid.company() != null) {
            rows.add(new Company(laid.company()));
        }
        rows.add(new Title(laid.title()));
        rows.add(new Fields(laid.header()));
        for (Block b : laid.body()) {
            switch (b) {
                case Block.Heading h -> rows.add(new Single("minutes-h" + Math.min(4, Math.max(2, h.level())), h.text()));
                case Block.Paragraph p -> rows.add(new Single("minutes-text", p.text()));
                case Block.Note n -> rows.add(new Single("caption", n.text()));
                case Block.Fields f -> rows.add(new Fields(f.fields()));
                case Block.Bullets l -> {
                    for (int i = 0; i < l.items().size(); i++) {
                        rows.add(new Bullet(l.items().get(i), i == 0, i == l.items().size() - 1));
                    }
                }
                case Block.Table t -> {
                    int columns = t.header().size();
                    rows.add(new TableRow(t.header(), columns, true, t.rows().isEmpty()));
                    for (int r = 0; r < t.rows().size(); r++) {
                        rows.add(new TableRow(t.rows().get(r), columns, false, r == t.rows().size() - 1));
                    }
                }
            }
        }
        return rows;
    }

    /** Lays its row out across the list's width, wrapping long text (a list cell would keep it on one line). */
    private final class RowCell extends ListCell<Row> {
        RowCell() {
            getStyleClass().add("minutes-row");
            setPrefWidth(0); // as wide as the list: no horizontal scrolling, text wraps
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            getStyleClass().removeAll("minutes-row-first", "minutes-row-last", "minutes-row-tight", "minutes-row-head");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            int index = getIndex();
            if (index == 0) {
                getStyleClass().add("minutes-row-first");
            }
            if (index == getListView().getItems().size() - 1) {
                getStyleClass().add("minutes-row-last");
            }
            if (row instanceof TableRow t && t.head()) {
                getStyleClass().add("minutes-row-head");
            } else if (row instanceof TableRow || row instanceof Bullet b && !b.first()) {
                getStyleClass().add("minutes-row-tight");
            }
            setGraphic(render(row));
        }

        /** Rows are read, not chosen: a click never marks one. */
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

    private Node render(Row row) {
        return switch (row) {
            case Company c -> styled(flow(c.text()), "minutes-company");
            case Title t -> {
                TextFlow title = flow(t.text());
                title.setId("minutes-title");
                yield styled(title, "minutes-title");
            }
            case Fields f -> fields(f.fields());
            case Single s -> styled(flow(s.text()), s.style());
            case Bullet b -> styled(flow("•  " + b.text()), "minutes-text");
            case TableRow t -> tableRow(t);
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

    /** One row of a table: the same column shares on every row keep the columns aligned. */
    private GridPane tableRow(TableRow t) {
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("minutes-table", t.head() ? "minutes-table-head" : "minutes-table-body");
        if (t.last()) {
            grid.getStyleClass().add("minutes-table-last");
        }
        int columns = t.columns();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setPercentWidth(c == 0 ? 100.0 * 2 / (columns + 1) : 100.0 / (columns + 1));
            grid.getColumnConstraints().add(cc);
            TextFlow cell = flow(c < t.cells().size() ? t.cells().get(c) : "");
            cell.getStyleClass().add(t.head() ? "minutes-th" : c == 0 ? "minutes-td-first" : "minutes-td");
            cell.setMaxHeight(Double.MAX_VALUE);
            GridPane.setFillHeight(cell, true);
            grid.add(cell, c, 0);
        }
        return grid;
    }

    /** How often the highlighted words occur in {@code text}. */
    private int hits(String text) {
        if (highlight == null || text == null) {
            return 0;
        }
        Matcher m = highlight.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
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
