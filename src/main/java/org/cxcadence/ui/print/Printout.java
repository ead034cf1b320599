package org.cxcadence.ui.print;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cxcadence.ui.common.Messages;

import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;

/**
 * A document laid out for paper, not the screen: black on white whatever the theme, in blocks
 * (a heading, a line of notes, a table row) that are dealt onto pages of the printable size. A
 * heading never ends a page (it goes with what follows), a block taller than a page gets a page of
 * its own, and every page says "Page n of N" under the document's title. Build it, then ask for
 * {@link #pages} at the size the printer dialog chose; the pages are plain nodes, so tests check the
 * layout without a printer.
 */
public final class Printout {
    /** The printable area of a page, in points (1/72 inch). */
    public record PageSize(double width, double height) {
        /** A4 with 1.5 cm margins: what tests and previews use when no printer says otherwise. */
        public static final PageSize A4 = new PageSize(595 - 2 * 42, 842 - 2 * 42);
    }

    static final double GAP = 4;
    private static final double FOOTER = 22;
    private static final String INK = "#111111";
    private static final String MUTED = "#555555";

    private final String title;
    private final Messages messages;
    private final List<Node> blocks = new ArrayList<>();
    private final Set<Node> keepWithNext = new HashSet<>();

    public Printout(String title, Messages messages) {
        this.title = title;
        this.messages = messages;
    }

    public String title() {
        return title;
    }

    /** The blocks in reading order (tests read their text). */
    public List<Node> blocks() {
        return List.copyOf(blocks);
    }

    // --- building ---

    public Printout documentTitle(String text) {
        Label l = label(text, 18, FontWeight.BOLD, false);
        l.setId("print-title");
        return add(l, true);
    }

    public Printout caption(String text) {
        return add(label(text, 9.5, FontWeight.NORMAL, true), true);
    }

    /** Level 1 under the title (sections), 2 below (an agenda item). */
    public Printout heading(int level, String text) {
        Label l = label(text, level <= 1 ? 13.5 : 11.5, FontWeight.BOLD, false);
        l.getStyleClass().add("print-heading");
        VBox box = new VBox(l);
        box.setPadding(new Insets(level <= 1 ? 8 : 4, 0, 0, 0));
        return add(box, true);
    }

    /** Free text; every line its own block, so long notes run on to the next page. */
    public Printout paragraph(String text) {
        if (text == null) {
            return this;
        }
        for (String line : text.strip().split("\\R")) {
            add(label(line.isBlank() ? " " : line, 10, FontWeight.NORMAL, false), false);
        }
        return this;
    }

    /** "Label: value", the label in bold; indented under an agenda item when {@code indent}. */
    public Printout field(String name, String value, boolean indent) {
        Label n = label(name + ":", 10, FontWeight.BOLD, false);
        n.setMinWidth(Region.USE_PREF_SIZE);
        Label v = label(value, 10, FontWeight.NORMAL, false);
        GridPane row = new GridPane();
        row.setHgap(6);
        row.add(n, 0, 0);
        row.add(v, 1, 0);
        GridPane.setHgrow(v, Priority.ALWAYS);
        GridPane.setValignment(n, VPos.TOP);
        row.setPadding(new Insets(0, 0, 0, indent ? 18 : 0));
        return add(row, false);
    }

    /** A bullet with a hanging indent (wrapped lines start under the text, not under the bullet). */
    public Printout bullet(String text, int depth) {
        Label dot = label("•", 10, FontWeight.NORMAL, false);
        dot.setMinWidth(12);
        dot.setPrefWidth(12);
        Label l = label(text, 10, FontWeight.NORMAL, false);
        GridPane row = new GridPane();
        row.add(dot, 0, 0);
        row.add(l, 1, 0);
        GridPane.setHgrow(l, Priority.ALWAYS);
        GridPane.setValignment(dot, VPos.TOP);
        row.setPadding(new Insets(0, 0, 0, 18 * Math.max(0, depth)));
        return add(row, false);
    }

    public Printout note(String text) {
        return add(label(text, 10, FontWeight.NORMAL, true), false);
    }

    /** A table: the header row goes with the first row; each row may start a new page. */
    public Printout table(List<String> header, List<List<String>> rows) {
        add(row(header, true), true);
        rows.forEach(r -> add(row(r, false), false));
        return this;
    }

    private GridPane row(List<String> cells, boolean header) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        for (int i = 0; i < cells.size(); i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / cells.size());
            grid.getColumnConstraints().add(c);
            Label l = label(cells.get(i), 9.5, header ? FontWeight.BOLD : FontWeight.NORMAL, false);
            GridPane.setValignment(l, VPos.TOP);
            grid.add(l, i, 0);
        }
        grid.setStyle("-fx-border-color: transparent transparent #cccccc transparent; -fx-padding: 2 0 3 0;");
        return grid;
    }

    private Printout add(Node block, boolean withNext) {
        blocks.add(block);
        if (withNext) {
            keepWithNext.add(block);
        }
        return this;
    }

    private static Label label(String text, double size, FontWeight weight, boolean muted) {
        Label l = new Label(text == null ? "" : text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setFont(Font.font("System", weight, muted ? FontPosture.ITALIC : FontPosture.REGULAR, size));
        // Set in code, not by the theme: paper is white in the dark theme too.
        l.setStyle("-fx-text-fill: " + (muted ? MUTED : INK) + "; -fx-font-size: " + size + "px; -fx-font-weight: "
                + (weight == FontWeight.BOLD ? "bold" : "normal") + (muted ? "; -fx-font-style: italic" : "") + ";");
        return l;
    }

    // --- paging ---

    /**
     * Deals the blocks onto pages of {@code size}. Each page is a white region of exactly the
     * printable size, in a scene of its own (styled and laid out, ready for the printer).
     */
    public List<Region> pages(PageSize size) {
        double width = size.width();
        double usable = size.height() - FOOTER;
        List<Double> heights = measure(width);
        List<List<Node>> dealt = new ArrayList<>();
        List<Node> page = new ArrayList<>();
        double used = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Node block = blocks.get(i);
            double h = heights.get(i) + (page.isEmpty() ? 0 : GAP);
            // A heading (or a table's header) takes the next block with it.
            double need = h;
            for (int j = i; j < blocks.size() - 1 && keepWithNext.contains(blocks.get(j)); j++) {
                need += heights.get(j + 1) + GAP;
            }
            if (!page.isEmpty() && used + Math.min(need, usable) > usable) {
                dealt.add(page);
                page = new ArrayList<>();
                used = 0;
                h = heights.get(i);
            }
            page.add(block);
            used += h;
        }
        if (!page.isEmpty() || dealt.isEmpty()) {
            dealt.add(page);
        }
        List<Region> pages = new ArrayList<>();
        for (int p = 0; p < dealt.size(); p++) {
            pages.add(pageOf(dealt.get(p), size, p + 1, dealt.size()));
        }
        return pages;
    }

    private List<Double> measure(double width) {
        VBox column = new VBox(GAP);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
        column.getChildren().setAll(blocks);
        new Scene(new Group(column));
        column.applyCss();
        column.layout();
        List<Double> heights = new ArrayList<>();
        for (Node b : blocks) {
            heights.add(Math.ceil(b.prefHeight(width)));
        }
        column.getChildren().clear();
        return heights;
    }

    private Region pageOf(List<Node> content, PageSize size, int number, int count) {
        VBox body = new VBox(GAP);
        body.getChildren().setAll(content);
        VBox.setVgrow(body, Priority.ALWAYS);
        Label footer = label((title == null || title.isBlank() ? "" : title + "  ·  ")
                + messages.format("print.page", number, count), 8.5, FontWeight.NORMAL, true);
        footer.getStyleClass().add("print-footer");
        VBox page = new VBox(body, footer);
        page.getStyleClass().add("print-page");
        page.setStyle("-fx-background-color: white;");
        page.setPrefSize(size.width(), size.height());
        page.setMinSize(size.width(), size.height());
        page.setMaxSize(size.width(), size.height());
        new Scene(new Group(page));
        page.applyCss();
        page.resize(size.width(), size.height());
        page.layout();
        return page;
    }
}
