package org.cxcadence.ui.prepare;

import java.util.Arrays;
import java.util.List;

import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaItemKind;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One agenda line as the Prepare screen edits it; {@link #toItem()} gives the record to save. */
public final class ItemRow {
    private final String id;
    private final AgendaItem original;
    private final StringProperty title = new SimpleStringProperty();
    private final ObjectProperty<AgendaItemKind> kind = new SimpleObjectProperty<>();
    private final StringProperty topicAreaId = new SimpleStringProperty();
    private final StringProperty presenterId = new SimpleStringProperty();
    private final ObjectProperty<Integer> minutes = new SimpleObjectProperty<>();
    private final StringProperty prepNotes = new SimpleStringProperty();
    private final StringProperty links = new SimpleStringProperty();
    private final StringProperty reason = new SimpleStringProperty();
    private final StringProperty startsAt = new SimpleStringProperty("");
    private final BooleanProperty pastEnd = new SimpleBooleanProperty();

    public ItemRow(AgendaItem item, String reason) {
        this.id = item.id();
        this.original = item;
        title.set(item.title());
        kind.set(item.kind());
        topicAreaId.set(item.topicAreaId());
        presenterId.set(item.presenterId());
        minutes.set(item.plannedMinutes());
        prepNotes.set(item.prepNotes() == null ? "" : item.prepNotes());
        links.set(String.join("\n", item.links()));
        this.reason.set(reason);
    }

    public String id() {
        return id;
    }

    /** The record to save: the edited fields, and what the live session recorded kept as it was. */
    public AgendaItem toItem() {
        String notes = prepNotes.get() == null || prepNotes.get().isBlank() ? null : prepNotes.get();
        List<String> linkList = links.get() == null ? List.of()
                : Arrays.stream(links.get().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new AgendaItem(id, title.get(), kind.get(), topicAreaId.get(), presenterId.get(), minutes.get(), notes,
                linkList, original.notes(), original.spentSeconds(), original.outcome(), original.carriedFromId(),
                original.decisions());
    }

    public boolean broughtForward() {
        return original.carriedFromId() != null;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<AgendaItemKind> kindProperty() {
        return kind;
    }

    public StringProperty topicAreaIdProperty() {
        return topicAreaId;
    }

    public StringProperty presenterIdProperty() {
        return presenterId;
    }

    public ObjectProperty<Integer> minutesProperty() {
        return minutes;
    }

    public StringProperty prepNotesProperty() {
        return prepNotes;
    }

    public StringProperty linksProperty() {
        return links;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty startsAtProperty() {
        return startsAt;
    }

    public BooleanProperty pastEndProperty() {
        return pastEnd;
    }
}
