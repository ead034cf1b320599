package org.cxcadence.ui.home;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.service.home.HomeSummary;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.Tooltips;
import org.cxcadence.ui.shell.Section;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Home: the next session, the customer asset, each leader's open work and recent sessions, each
 * card linking to its screen. What needs air cover (stalled, overdue) is said in words and
 * numbers, not only in colour.
 */
public final class HomeView extends ScrollPane {
    private static final int TILE_LIMIT = 6;
    private static final int AGENDA_LIMIT = 7;
    /**
     * Leaders listed (most stalled, then most overdue, first): enough to see where work is stuck;
     * the rest are counted and one click away on Actions. Five hundred rows were unreadable on a
     * projector and held the first frame of Home for half a second (docs/PERFORMANCE.md).
     */
    static final int LEADER_LIMIT = 8;

    private final HomeViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final Consumer<Section> navigate;
    private final VBox page = new VBox(20);

    private final Runnable startNext;
    private final Consumer<String> openMinutes;

    public HomeView(HomeViewModel model, Messages messages, Formats formats, Consumer<Section> navigate,
                    Runnable startNext, Consumer<String> openMinutes) {
        this.startNext = startNext;
        this.openMinutes = openMinutes;
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.navigate = navigate;
        setId("home");
        getStyleClass().addAll("home", "edge-to-edge");
        setFitToWidth(true);
        page.getStyleClass().add("page");
        setContent(page);
        model.summaryProperty().addListener((o, was, now) -> render(now));
        render(model.summaryProperty().get());
    }

    private void render(HomeSummary s) {
        page.getChildren().clear();
        if (s == null) {
            Label loading = new Label(messages.get("home.loading"));
            loading.getStyleClass().add("caption");
            page.getChildren().add(loading);
            return;
        }
        page.getChildren().add(headline(s));
        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(20);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        half.setHalignment(HPos.LEFT);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(nextSessionCard(s), 0, 0);
        grid.add(assetCard(s), 1, 0);
        grid.add(leadersCard(s), 0, 1);
        grid.add(recentCard(s), 1, 1);
        page.getChildren().add(grid);
    }

    private Node headline(HomeSummary s) {
        Label company = new Label(s.companyName() == null ? messages.get("home.title") : s.companyName());
        company.getStyleClass().add("title-2");
        HBox counts = new HBox(10,
                countBadge("home-open", messages.format("home.count.open", s.openActions()), "badge-neutral"),
                countBadge("home-overdue", messages.format("home.count.overdue", s.overdueActions()),
                        s.overdueActions() > 0 ? "badge-warn" : "badge-neutral"),
                countBadge("home-stalled", messages.format("home.count.stalled", s.stalledActions()),
                        s.stalledActions() > 0 ? "badge-danger" : "badge-neutral"));
        counts.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(16, company, spacer, counts);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node nextSessionCard(HomeSummary s) {
        VBox body = new VBox(8);
        if (s.nextSession().isEmpty()) {
            body.getChildren().add(muted(messages.get("home.next.none")));
        } else {
            HomeSummary.NextSession n = s.nextSession().get();
            Label title = new Label(n.title());
            title.setId("home-next-title");
            title.getStyleClass().add("title-3");
            title.setWrapText(true);
            Label when = new Label(formats.dateTime(n.start()) + " · " + messages.format("home.next.minutes", n.durationMinutes()));
            Label status = new Label(messages.get("status." + n.status().name()));
            status.getStyleClass().add(n.status() == MeetingStatus.READY ? "badge-ok" : "badge-neutral");
            // The date gives way (it wraps) before the status and the button would be cut, e.g. in German.
            when.setWrapText(true);
            status.setMinWidth(Region.USE_PREF_SIZE);
            HBox whenRow = new HBox(10, when, status);
            whenRow.setAlignment(Pos.CENTER_LEFT);
            Label agenda = new Label(messages.format("home.next.agenda", n.agendaItems(), n.plannedMinutes(),
                    n.durationMinutes(), n.carriedForward()));
            agenda.setWrapText(true);
            Button start = new Button(messages.get(n.status() == MeetingStatus.IN_PROGRESS ? "home.next.resume"
                    : "home.next.start"), new FontIcon(Material2OutlinedMZ.PLAY_ARROW));
            start.setId("home-start-session");
            start.getStyleClass().add("accent");
            start.setOnAction(e -> startNext.run());
            start.setMinWidth(Region.USE_PREF_SIZE);
            whenRow.getChildren().add(start);
            body.getChildren().addAll(title, whenRow, agenda);
            GridPane lines = new GridPane();
            lines.setHgap(12);
            lines.setVgap(4);
            lines.getStyleClass().add("agenda-preview");
            int row = 0;
            for (HomeSummary.AgendaLine line : n.agenda().stream().limit(AGENDA_LIMIT).toList()) {
                Label minutes = new Label(line.plannedMinutes() == null ? "–"
                        : messages.format("home.next.minutes", line.plannedMinutes()));
                minutes.getStyleClass().add("caption");
                minutes.setMinWidth(Region.USE_PREF_SIZE);
                Label text = new Label(line.title());
                text.setWrapText(true);
                lines.add(minutes, 0, row);
                lines.add(text, 1, row);
                if (line.broughtForward()) {
                    Label carried = new Label(messages.get("home.next.carried"));
                    carried.getStyleClass().add("badge-neutral");
                    carried.setMinWidth(Region.USE_PREF_SIZE);
                    lines.add(carried, 2, row);
                }
                row++;
            }
            if (n.agenda().size() > AGENDA_LIMIT) {
                lines.add(muted(messages.format("home.next.more", n.agenda().size() - AGENDA_LIMIT)), 1, row);
            }
            body.getChildren().add(lines);
            if (n.overbooked()) {
                Label over = new Label(messages.format("home.next.overbooked", n.plannedMinutes() - n.durationMinutes()));
                over.getStyleClass().add("warn-text");
                body.getChildren().add(over);
            }
        }
        return card("home-next", Material2OutlinedAL.EVENT_NOTE, messages.get("home.next"), body,
                messages.get("home.next.open"), Section.PREPARE);
    }

    private Node assetCard(HomeSummary s) {
        VBox body = new VBox(10);
        s.customerChange().ifPresent(c -> {
            Label change = new Label(messages.format("home.asset.change", formats.wholeNumber(c.acquired()),
                    formats.wholeNumber(c.lost()), signed(c.net()), formats.period(c.period())));
            change.setId("home-asset-change");
            change.getStyleClass().add("asset-headline");
            change.setWrapText(true);
            body.getChildren().add(change);
        });
        GridPane rows = new GridPane();
        rows.setHgap(14);
        rows.setVgap(8);
        rows.setId("home-asset-list");
        int r = 0;
        for (HomeSummary.MetricTile t : s.assetTiles().stream().limit(TILE_LIMIT).toList()) {
            r = addMetricRow(rows, r, t);
        }
        if (r == 0) {
            body.getChildren().add(muted(messages.get("home.asset.none")));
        } else {
            body.getChildren().add(rows);
        }
        return card("home-asset", Material2OutlinedMZ.SHOW_CHART, messages.get("home.asset"), body,
                messages.get("home.asset.open"), Section.METRICS);
    }

    /** Adds a metric's row (and its off-target line under it); returns the next free row. */
    private int addMetricRow(GridPane rows, int r, HomeSummary.MetricTile t) {
        Label name = new Label(t.name());
        name.setWrapText(true);
        Label value = new Label(formats.metric(t.value(), t.unit(), t.currencyCode()));
        value.getStyleClass().add("metric-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        String targetText = t.target() == null ? messages.get("home.tile.noTarget")
                : messages.format("home.tile.target", formats.metric(t.target(), t.unit(), t.currencyCode()));
        Label target = new Label(targetText);
        target.getStyleClass().add("caption");
        target.setMinWidth(Region.USE_PREF_SIZE);
        Label state;
        if (t.offTarget()) {
            List<String> where = t.offTargetLines().stream().filter(x -> !x.isEmpty()).toList();
            String text = where.isEmpty() ? messages.format("home.tile.off", t.periodsOffTarget())
                    : messages.format("home.tile.offIn", String.join(", ", where), t.periodsOffTarget());
            // Under the row, as wide as the card: where and for how long. It wraps rather than cuts: three
            // segments and "5 periods running" did not fit one line of the card at 1280 px.
            state = new Label(text);
            state.getStyleClass().addAll("badge-danger", "home-off-target");
            Tooltips.onFirstHover(state, text);
            state.setWrapText(true);
            state.setMinWidth(0);
            state.setMinHeight(Region.USE_PREF_SIZE);
        } else {
            state = new Label(t.target() == null ? "" : messages.get("home.tile.on"));
            state.getStyleClass().add(t.target() == null ? "caption" : "badge-ok");
            state.setMinWidth(Region.USE_PREF_SIZE); // "Im Ziel" was cut to "Im…" in German
        }
        name.setMinWidth(110);
        Label period = new Label(formats.period(t.period()));
        period.getStyleClass().add("caption");
        rows.add(new VBox(0, name, period), 0, r);
        rows.add(value, 1, r);
        rows.add(target, 2, r);
        GridPane.setHgrow(name, Priority.ALWAYS);
        if (t.offTarget()) {
            rows.add(state, 0, r + 1, 4, 1);
            GridPane.setMargin(state, new javafx.geometry.Insets(-4, 0, 4, 0));
            return r + 2;
        }
        rows.add(state, 3, r);
        return r + 1;
    }

    private Node leadersCard(HomeSummary s) {
        GridPane rows = new GridPane();
        rows.setHgap(14);
        rows.setVgap(8);
        rows.setId("home-leaders-list");
        int r = 0;
        for (HomeSummary.LeaderLoad l : s.leaders().stream().limit(LEADER_LIMIT).toList()) {
            Label name = new Label(l.name());
            name.getStyleClass().add("row-name");
            Label silo = new Label(l.silo() == null ? "" : l.silo());
            silo.getStyleClass().add("caption");
            rows.add(new VBox(0, name, silo), 0, r);
            rows.add(new Label(messages.format("home.leader.open", l.open())), 1, r);
            HBox flags = new HBox(6);
            if (l.overdue() > 0) {
                flags.getChildren().add(countBadge(null, messages.format("home.leader.overdue", l.overdue()), "badge-warn"));
            }
            if (l.stalled() > 0) {
                flags.getChildren().add(countBadge(null, messages.format("home.leader.stalled", l.stalled()), "badge-danger"));
            }
            flags.setAlignment(Pos.CENTER_LEFT);
            rows.add(flags, 2, r);
            r++;
        }
        if (s.leaders().size() > LEADER_LIMIT) {
            Label more = muted(messages.format("home.leaders.more", s.leaders().size() - LEADER_LIMIT));
            more.setId("home-leaders-more");
            rows.add(more, 0, r, 3, 1);
        }
        Node body = s.leaders().isEmpty() ? muted(messages.get("home.leaders.none")) : rows;
        return card("home-leaders", Material2OutlinedAL.ASSIGNMENT_TURNED_IN, messages.get("home.leaders"), body,
                messages.get("home.leaders.open"), Section.ACTIONS);
    }

    private Node recentCard(HomeSummary s) {
        VBox list = new VBox(10);
        for (HomeSummary.RecentSession r : s.recentSessions()) {
            javafx.scene.control.Hyperlink title = new javafx.scene.control.Hyperlink(r.title());
            title.getStyleClass().add("row-name");
            title.setWrapText(true);
            title.setOnAction(e -> openMinutes.accept(r.meetingId()));
            String rating = r.rating() == null ? "" : " · " + messages.format("home.recent.rating", r.rating());
            Label detail = new Label(formats.date(r.start()) + rating + " · "
                    + messages.format("home.recent.counts", r.decisions(), r.actionsRaised()));
            detail.getStyleClass().add("caption");
            list.getChildren().add(new VBox(2, title, detail));
        }
        Node body = s.recentSessions().isEmpty() ? muted(messages.get("home.recent.none")) : list;
        return card("home-recent", Material2OutlinedAL.HISTORY, messages.get("home.recent"), body,
                messages.get("home.recent.open"), Section.HISTORY);
    }

    private Node card(String id, Ikon icon, String title, Node body, String linkText, Section target) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("card-icon");
        Label heading = new Label(title, glyph);
        heading.getStyleClass().add("card-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button link = new Button(linkText, new FontIcon(Material2OutlinedAL.ARROW_FORWARD));
        link.setId(id + "-link");
        link.getStyleClass().addAll("flat", "accent", "card-link");
        link.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        link.setOnAction(e -> navigate.accept(target));
        HBox head = new HBox(8, heading, spacer, link);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(14, head, body);
        card.setId(id);
        card.getStyleClass().add("card");
        card.setMaxHeight(Double.MAX_VALUE);
        GridPane.setFillHeight(card, true);
        GridPane.setVgrow(card, Priority.ALWAYS);
        return card;
    }

    private static Label countBadge(String id, String text, String style) {
        Label l = new Label(text);
        if (id != null) {
            l.setId(id);
        }
        l.getStyleClass().add(style);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("caption");
        return l;
    }

    private String signed(BigDecimal n) {
        String s = formats.wholeNumber(n.abs());
        return n.signum() < 0 ? "−" + s : n.signum() > 0 ? "+" + s : s;
    }
}
