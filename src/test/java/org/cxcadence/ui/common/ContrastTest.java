package org.cxcadence.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.stage.Stage;

/**
 * WCAG 2.1 AA contrast of the app's text in both themes, computed from the colours the CSS really
 * resolves to: each case is a text style of app.css on the background it is used on, laid out in a
 * scene with the AtlantaFX theme and app.css, then the label's text fill is measured against the
 * backgrounds under it (semi-transparent fills, as the dark theme's "subtle" colours are, are
 * composited). Body text needs 4.5:1, large text (24 px, or 18.67 px bold) 3:1.
 */
@ExtendWith(ApplicationExtension.class)
class ContrastTest {
    /** A text style (label classes, or a selected toggle) on a background (container classes, outermost first). */
    private record Case(String name, String[] containers, String label, boolean selectedToggle) {
        static Case of(String name, String containers, String label) {
            return new Case(name, containers.isBlank() ? new String[0] : containers.split(" > "), label, false);
        }
    }

    /** Backgrounds text sits on: the plain surface, the alternate surface (Home, lanes), the card on it. */
    private static final String[] SURFACES = {"shell-content", "home", "home > card", "history-filter"};

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String[] texts = {"", "caption", "tile-name", "error-text", "warn-text", "figure-good", "figure-bad",
            "change-flat", "metric-description", "run-topic", "action-card-impact", "action-card-incomplete",
            "timeline-quarter-current", "timeline-today-label", "lane-counts-danger", "agenda-time", "spark-label"};
        for (String surface : SURFACES) {
            for (String text : texts) {
                cases.add(Case.of((text.isEmpty() ? "body text" : text) + " on " + surface, surface, text));
            }
        }
        for (String badge : new String[] {"badge-neutral", "badge-ok", "badge-warn", "badge-danger", "badge-muted"}) {
            cases.add(Case.of(badge, "shell-content", badge));
            cases.add(Case.of(badge + " on a card", "home > card", badge));
        }
        cases.add(Case.of("near the end of the timebox", "shell-content", "timer timer-near"));
        cases.add(Case.of("over the timebox", "shell-content", "timer timer-over"));
        cases.add(Case.of("text on the selected navigation", "nav > nav-button-selected", ""));
        cases.add(Case.of("current agenda item", "shell-content > current-item-bg", ""));
        cases.add(Case.of("milestone in progress", "shell-content", "milestone-chip chip-in_progress"));
        cases.add(Case.of("milestone at risk", "shell-content", "milestone-chip chip-at_risk"));
        cases.add(Case.of("milestone done", "shell-content", "milestone-chip chip-done"));
        cases.add(Case.of("synced-folder banner", "location-warning", ""));
        cases.add(Case.of("actions message bar", "actions-message-bar", ""));
        cases.add(Case.of("presenter text", "presenter-view", ""));
        cases.add(Case.of("presenter topic", "presenter-view", "presenter-topic"));
        cases.add(Case.of("presenter timer near", "presenter-view", "timer timer-near"));
        cases.add(Case.of("presenter timer over", "presenter-view", "timer timer-over"));
        cases.add(new Case("ready toggle, selected", new String[] {"shell-content"}, "ready-toggle", true));
        return cases;
    }

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void lightAgain(FxRobot robot) {
        robot.interact(Theme.LIGHT::apply);
    }

    @Test
    void everyTextStylePassesWcagAaOnItsBackgroundInBothThemes(FxRobot robot) {
        List<String> failures = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            robot.interact(() -> measure(theme, failures, report));
        }
        report.forEach(System.out::println);
        assertTrue(failures.isEmpty(), "below WCAG AA:\n" + String.join("\n", failures));
        assertTrue(report.size() >= 2 * cases().size(), "every case was measured");
    }

    private void measure(Theme theme, List<String> failures, List<String> report) {
        theme.apply();
        VBox root = new VBox();
        List<Case> cases = cases();
        List<Labeled> labels = new ArrayList<>();
        for (Case c : cases) {
            Labeled text = c.selectedToggle() ? new ToggleButton("Ready") : new Label("Sample text 42");
            if (text instanceof ToggleButton toggle) {
                toggle.setSelected(true);
            }
            if (!c.label().isBlank()) {
                text.getStyleClass().addAll(c.label().split(" "));
            }
            Node child = text;
            for (int i = c.containers().length - 1; i >= 0; i--) {
                StackPane box = new StackPane(child);
                for (String styleClass : c.containers()[i].split(" ")) {
                    // A selected nav button and a current list cell are drawn by their own selectors; the
                    // test reproduces the background they resolve to with the same looked-up colour.
                    switch (styleClass) {
                        case "nav-button-selected", "current-item-bg" -> box.setStyle("-fx-background-color: -cx-accent-subtle;");
                        default -> box.getStyleClass().add(styleClass);
                    }
                }
                child = box;
            }
            labels.add(text);
            root.getChildren().add(child);
        }
        Scene scene = new Scene(root, 800, 600);
        scene.getStylesheets().add(Theme.appStylesheet());
        stage.setScene(scene);
        root.applyCss();
        root.layout();
        for (int i = 0; i < cases.size(); i++) {
            Labeled text = labels.get(i);
            Color fg = opaque(text.getTextFill(), backgroundUnder(text));
            Color bg = backgroundUnder(text);
            double ratio = ratio(fg, bg);
            boolean large = isLarge(text.getFont());
            double needed = large ? 3.0 : 4.5;
            String line = String.format(Locale.ROOT, "%-5s %-50s %s on %s  %.2f:1 (needs %.1f)", theme,
                    cases.get(i).name(), hex(fg), hex(bg), ratio, needed);
            report.add(line);
            if (ratio < needed) {
                failures.add(line);
            }
        }
    }

    /** The colour under a node: every background from the scene's root down to the node itself, composited. */
    private static Color backgroundUnder(Node node) {
        List<Region> chain = new ArrayList<>();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region region) {
                chain.addFirst(region);
            }
        }
        Paint sceneFill = node.getScene().getFill();
        Color colour = sceneFill instanceof Color c && c.getOpacity() == 1 ? c : Color.WHITE;
        // The theme paints .root with -color-bg-default; start there when the scene root has no fill of its own.
        for (Region region : chain) {
            Background background = region.getBackground();
            if (background == null) {
                continue;
            }
            for (BackgroundFill fill : background.getFills()) {
                if (fill.getFill() instanceof Color c) {
                    colour = over(c, colour);
                }
            }
        }
        return colour;
    }

    private static Color opaque(Paint paint, Color under) {
        return paint instanceof Color c ? over(c, under) : Color.BLACK;
    }

    private static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

    private static boolean isLarge(Font font) {
        boolean bold = font.getStyle().toLowerCase(Locale.ROOT).contains("bold");
        return font.getSize() >= 24 || (bold && font.getSize() >= 18.66);
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    @Test
    void theContrastFormulaMatchesWcagsExamples() {
        assertTrue(Math.abs(ratio(Color.BLACK, Color.WHITE) - 21.0) < 0.01);
        assertTrue(Math.abs(ratio(Color.web("#767676"), Color.WHITE) - 4.54) < 0.01);
    }
}
