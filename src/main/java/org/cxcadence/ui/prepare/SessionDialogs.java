package org.cxcadence.ui.prepare;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.cxcadence.domain.AgendaTemplate;
import org.cxcadence.domain.Cadence;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.Person;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.LongLists;

import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Prepare screen's dialogs about sessions and series: when (an extra session, a reschedule),
 * calling a session off, and a series' settings. Each checks what was typed before it closes, says
 * what is wrong next to the fields, and keeps the dialog open until it is right or cancelled.
 */
final class SessionDialogs {
    /** A start in the app's zone and a length in minutes. */
    record When(OffsetDateTime start, int minutes) {
    }

    /** A series as edited, and the template it drafts its sessions from ({@code null}: the standard sections). */
    record SeriesEdit(MeetingSeries series, String templateId) {
    }

    private final PrepareViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final Supplier<Window> owner;

    SessionDialogs(PrepareViewModel model, Messages messages, Formats formats, Supplier<Window> owner) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.owner = owner;
    }

    private <T> Dialog<T> dialog(String id, String title, String header) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        return dialog;
    }

    /** Keeps the dialog open while {@code check} finds something wrong ("" when all is well). */
    private static void checkOnOk(Dialog<?> dialog, Label problem, Supplier<String> check) {
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String wrong = check.get();
            problem.setText(wrong);
            if (!wrong.isEmpty()) {
                e.consume();
            }
        });
    }

    private static Label problem(String id) {
        Label problem = new Label();
        problem.setId(id);
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMaxWidth(360);
        return problem;
    }

    // --- when: an extra session, or a new time for this one ---

    /** Asks for a date, a time (in the app's zone) and a length; {@code current} fills them in for a reschedule. */
    Optional<When> askWhen(String heading, Meeting current) {
        Dialog<When> dialog = dialog("prepare-when-dialog", heading, current == null
                ? messages.get("prepare.when.header.extra")
                : messages.format("prepare.when.header.move", formats.dateTime(current.start())));
        ZoneId zone = model.zone();
        ZonedDateTime start = current == null ? model.today().plusDays(1).atTime(LocalTime.of(9, 0)).atZone(zone)
                : current.start().atZoneSameInstant(zone);
        DatePicker date = new DatePicker(start.toLocalDate());
        date.setId("prepare-when-date");
        TextField time = new TextField(start.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")));
        time.setId("prepare-when-time");
        TextField length = new TextField(Integer.toString(current == null ? model.durationProperty().get()
                : current.durationMinutes()));
        length.setId("prepare-when-minutes");
        Label problem = problem("prepare-when-problem");
        GridPane grid = grid();
        grid.addRow(0, new Label(messages.get("prepare.when.date")), date);
        grid.addRow(1, new Label(messages.get("prepare.when.time")), time);
        grid.addRow(2, new Label(messages.get("prepare.when.minutes")), length);
        grid.add(problem, 1, 3);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        checkOnOk(dialog, problem, () -> {
            try {
                when(date, time, length, zone, current);
                return "";
            } catch (RuntimeException e) {
                return e.getMessage();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? when(date, time, length, zone, current) : null);
        return dialog.showAndWait();
    }

    private When when(DatePicker date, TextField time, TextField length, ZoneId zone, Meeting current) {
        LocalDate d = date.getValue();
        if (d == null) {
            throw new IllegalArgumentException(messages.get("prepare.error.date"));
        }
        LocalTime t = time(time.getText());
        int minutes = sessionLength(length.getText());
        if (current == null && d.isBefore(model.today())) {
            throw new IllegalArgumentException(messages.get("prepare.error.past"));
        }
        return new When(d.atTime(t).atZone(zone).toOffsetDateTime(), minutes);
    }

    private LocalTime time(String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(messages.get("prepare.error.time"));
        }
    }

    private int sessionLength(String text) {
        try {
            int minutes = Integer.parseInt(text.strip());
            if (minutes >= 1 && minutes <= 1440) {
                return minutes;
            }
        } catch (RuntimeException e) {
            // said below
        }
        throw new IllegalArgumentException(messages.get("prepare.error.length"));
    }

    // --- cancel ---

    /** Asks before calling a session off: it is kept, marked cancelled, and what it held goes on to the next. */
    boolean confirmCancel(Meeting m) {
        Dialog<ButtonType> dialog = dialog("prepare-cancel-dialog", messages.get("prepare.cancel.title"),
                messages.format("prepare.cancel.header", formats.dateTime(m.start())));
        long topics = m.agenda().stream().filter(a -> a.kind() == org.cxcadence.domain.AgendaItemKind.TOPIC).count();
        Label text = new Label(messages.format("prepare.cancel.text", topics));
        text.setWrapText(true);
        text.setMaxWidth(420);
        dialog.getDialogPane().setContent(text);
        ButtonType yes = new ButtonType(messages.get("prepare.cancel.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("prepare.cancel.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(yes, no);
        dialog.getDialogPane().lookupButton(yes).setId("prepare-cancel-yes");
        dialog.getDialogPane().lookupButton(no).setId("prepare-cancel-no");
        return dialog.showAndWait().filter(b -> b == yes).isPresent();
    }

    // --- series ---

    /** Create ({@code existing} null) or edit a series, with the template its sessions are drafted from. */
    Optional<SeriesEdit> editSeries(MeetingSeries existing, List<AgendaTemplate> templates) {
        String title = messages.get(existing == null ? "prepare.newSeries" : "prepare.editSeries");
        Dialog<SeriesEdit> dialog = dialog("series-dialog", title, title);
        TextField name = new TextField(existing == null ? messages.get("prepare.series.defaultName") : existing.name());
        name.setId("series-name");
        name.setPrefColumnCount(24);
        Locale locale = formats.locale();
        ComboBox<Cadence> cadence = new ComboBox<>(FXCollections.observableArrayList(Cadence.values()));
        cadence.setId("series-cadence");
        cadence.setConverter(PrepareControls.converter(c -> messages.get("prepare.cadence." + c.name())));
        cadence.setValue(existing == null ? Cadence.WEEKLY : existing.cadence());
        ComboBox<DayOfWeek> weekday = new ComboBox<>(FXCollections.observableArrayList(DayOfWeek.values()));
        weekday.setId("series-weekday");
        weekday.setConverter(PrepareControls.converter(d -> d.getDisplayName(TextStyle.FULL, locale)));
        weekday.setValue(existing == null || existing.weekday() == null ? DayOfWeek.MONDAY : existing.weekday());
        TextField time = new TextField(existing == null || existing.time() == null ? "09:00" : existing.time().toString());
        time.setId("series-time");
        TextField zone = new TextField(existing == null || existing.timeZone() == null ? model.zone().getId()
                : existing.timeZone());
        zone.setId("series-zone");
        TextField length = new TextField(Integer.toString(existing == null ? 60 : existing.durationMinutes()));
        length.setId("series-minutes");
        ComboBox<Person> facilitator = LongLists.measureFirstRows(new ComboBox<>(model.presenters()));
        facilitator.setId("series-facilitator");
        facilitator.setConverter(PrepareControls.converter(Person::name));
        if (existing != null) {
            model.presenters().stream().filter(p -> p.id().equals(existing.facilitatorId())).findFirst()
                    .ifPresent(facilitator::setValue);
        }
        ComboBox<TemplatesView.Choice> template = LongLists.measureFirstRows(new ComboBox<>());
        template.setId("series-template");
        template.getItems().add(new TemplatesView.Choice(null, messages.get("prepare.series.template.standard")));
        templates.forEach(t -> template.getItems().add(new TemplatesView.Choice(t.id(), t.name())));
        String current = existing == null ? null : templates.stream().filter(t -> existing.id().equals(t.seriesId()))
                .map(AgendaTemplate::id).findFirst().orElse(null);
        template.setValue(template.getItems().stream().filter(c -> Objects.equals(c.id(), current)).findFirst()
                .orElseThrow());
        VBox attendees = new VBox(4);
        attendees.setId("series-attendees");
        for (Person p : model.presenters()) {
            CheckBox box = new CheckBox(p.name());
            box.setUserData(p.id());
            box.setSelected(existing == null || existing.attendeeIds().contains(p.id()));
            attendees.getChildren().add(box);
        }
        ScrollPane attendeeScroll = new ScrollPane(attendees);
        attendeeScroll.setPrefHeight(140);
        Label problem = problem("series-problem");
        GridPane grid = grid();
        String[] labels = {"name", "cadence", "weekday", "time", "zone", "minutes", "facilitator", "template", "attendees"};
        Node[] fields = {name, cadence, weekday, time, zone, length, facilitator, template, attendeeScroll};
        for (int i = 0; i < labels.length; i++) {
            grid.addRow(i, new Label(messages.get("prepare.series." + labels[i])), fields[i]);
        }
        grid.add(problem, 1, labels.length);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Supplier<SeriesEdit> build = () -> {
            String wrong = PrepareControls.titleProblem(messages, name.getText());
            if (!wrong.isEmpty()) {
                throw new IllegalArgumentException(wrong);
            }
            LocalTime at = time(time.getText());
            try {
                ZoneId.of(zone.getText().strip());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(messages.get("prepare.error.zone"));
            }
            int minutes = sessionLength(length.getText());
            List<String> ids = attendees.getChildren().stream().map(n -> (CheckBox) n).filter(CheckBox::isSelected)
                    .map(c -> (String) c.getUserData()).toList();
            MeetingSeries s = new MeetingSeries(existing == null ? UUID.randomUUID().toString() : existing.id(),
                    name.getText().strip(), cadence.getValue(), minutes, weekday.getValue(), at, zone.getText().strip(),
                    facilitator.getValue() == null ? null : facilitator.getValue().id(), ids);
            return new SeriesEdit(s, template.getValue() == null ? null : template.getValue().id());
        };
        checkOnOk(dialog, problem, () -> {
            try {
                build.get();
                return "";
            } catch (RuntimeException e) {
                return e.getMessage();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? build.get() : null);
        return dialog.showAndWait();
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }
}
