package org.cxcadence.ui.people;

import org.cxcadence.service.DirectoryEntry;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** An editable row of a reference list, as the list and the detail form show it. */
public final class DirectoryRow {
    private final String id;
    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty silo = new SimpleStringProperty();
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty email = new SimpleStringProperty();
    private final BooleanProperty archived = new SimpleBooleanProperty();

    DirectoryRow(DirectoryEntry entry) {
        this.id = entry.id();
        name.set(entry.name());
        silo.set(entry.silo());
        title.set(entry.title());
        email.set(entry.email());
        archived.set(entry.archived());
    }

    public String id() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty siloProperty() {
        return silo;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public BooleanProperty archivedProperty() {
        return archived;
    }

    /** The row as the service stores it. */
    DirectoryEntry toEntry() {
        return new DirectoryEntry(id, name.get(), archived.get(), blankToNull(silo.get()), blankToNull(title.get()),
                blankToNull(email.get()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return name.get();
    }
}
