package org.cxcadence.ui.actions;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.cxcadence.exchange.actions.ActionRow;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * One action on the board: its title, then the customer impact it improves (or that it is
 * incomplete without one), then its state in words: status, overdue, stalled, due date.
 */
final class ActionCardCell extends ListCell<ActionRow> {
    private final Messages messages;
    private final DateTimeFormatter dates;
    private final Label title = new Label();
    private final Label impact = new Label();
    // The state lines are kept and refilled: the board measures many cards to estimate its lanes'
    // heights, and new labels for each meant styling them anew every time (docs/PERFORMANCE.md).
    private final Label status = badge("", "badge-neutral");
    private final Label due = new Label();
    private final Label alert = badge("", "badge-warn");
    private final VBox badges = new VBox(4, stateLine(status, due), alert);
    private final VBox card = new VBox(6, title, impact, badges);

    ActionCardCell(ListView<ActionRow> list, Messages messages, Formats formats) {
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(formats.locale());
        title.getStyleClass().add("action-card-title");
        title.setWrapText(true);
        impact.setWrapText(true);
        card.getStyleClass().add("action-card");
        card.maxWidthProperty().bind(list.widthProperty().subtract(40));
        card.prefWidthProperty().bind(list.widthProperty().subtract(40));
        title.maxWidthProperty().bind(card.maxWidthProperty().subtract(24));
        impact.maxWidthProperty().bind(card.maxWidthProperty().subtract(24));
        badges.maxWidthProperty().bind(card.maxWidthProperty().subtract(24));
        for (javafx.scene.layout.Region r : java.util.List.of(title, impact, badges)) {
            r.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        due.getStyleClass().add("caption");
        alert.maxWidthProperty().bind(badges.maxWidthProperty());
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ActionRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            setId(null);
            return;
        }
        setId("action-card-" + row.action().id());
        title.setText(row.action().title());
        impact.getStyleClass().removeAll("action-card-impact", "action-card-incomplete");
        if (row.action().hasCustomerImpact()) {
            impact.setText("↳ " + row.action().customerImpact());
            impact.getStyleClass().add("action-card-impact");
        } else {
            impact.setText(messages.get("actions.card.incomplete"));
            impact.getStyleClass().add("action-card-incomplete");
        }
        restyle(status, messages.get("actions.status." + row.action().status().name()), statusStyle(row));
        shown(due, row.due() == null ? null : messages.format("actions.card.due", dates.format(row.due())));
        String alertText = alertText(row, messages);
        shown(alert, alertText);
        if (alertText != null) {
            restyle(alert, alertText, alertStyle(row));
        }
        setGraphic(card);
        setText(null);
    }

    /** Status and due date on one line; stalled or overdue, in words, on the line below (wrapping). */
    static List<Label> badges(ActionRow row, Messages messages, DateTimeFormatter dates) {
        List<Label> list = new java.util.ArrayList<>();
        list.add(badge(messages.get("actions.status." + row.action().status().name()), statusStyle(row)));
        if (row.due() != null) {
            Label due = new Label(messages.format("actions.card.due", dates.format(row.due())));
            due.getStyleClass().add("caption");
            list.add(due);
        }
        return list;
    }

    private static String statusStyle(ActionRow row) {
        return switch (row.action().status()) {
            case DONE -> "badge-ok";
            case BLOCKED -> "badge-warn";
            default -> "badge-neutral";
        };
    }

    /** "Stalled: no progress in 3 sessions", "Overdue 4 days", or {@code null}. */
    static Label alert(ActionRow row, Messages messages) {
        String text = alertText(row, messages);
        return text == null ? null : badge(text, alertStyle(row));
    }

    private static String alertText(ActionRow row, Messages messages) {
        if (row.stalled()) {
            return messages.get("actions.card.stalled") + " " + String.join(", ",
                    new org.cxcadence.ui.common.ReasonText(messages).stalls(row.stallReasons()));
        }
        return row.overdue() ? messages.format("actions.card.overdue", row.state().daysOverdue()) : null;
    }

    private static String alertStyle(ActionRow row) {
        return row.stalled() ? "badge-danger" : "badge-warn";
    }

    private static FlowPane stateLine(Label... labels) {
        FlowPane line = new FlowPane(6, 4, labels);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** Sets a kept badge's text and its one colour class. */
    private static void restyle(Label badge, String text, String style) {
        badge.setText(text);
        if (!badge.getStyleClass().contains(style)) {
            badge.getStyleClass().removeAll("badge-ok", "badge-warn", "badge-neutral", "badge-danger");
            badge.getStyleClass().add(style);
        }
    }

    /** Shows a kept label with {@code text}, or takes it out of the layout when there is none. */
    private static void shown(Label label, String text) {
        label.setText(text == null ? "" : text);
        label.setVisible(text != null);
        label.setManaged(text != null);
    }

    /** The state lines of a card or the detail pane, wrapping within {@code width}. */
    static VBox stateBox(ActionRow row, Messages messages, DateTimeFormatter dates,
                         javafx.beans.value.ObservableDoubleValue width) {
        VBox box = new VBox(4, stateLine(badges(row, messages, dates).toArray(Label[]::new)));
        Label alert = alert(row, messages);
        if (alert != null) {
            alert.maxWidthProperty().bind(width);
            box.getChildren().add(alert);
        }
        box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    private static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
