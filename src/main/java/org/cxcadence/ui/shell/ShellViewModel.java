package org.cxcadence.ui.shell;

import java.util.ArrayList;
import java.util.List;

import org.cxcadence.ui.common.Theme;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the main window: which section shows, the workspace it works on and the theme.
 * Before the section changes, every registered "leaving" hook runs, so screens flush pending
 * autosaves on every screen switch.
 */
public final class ShellViewModel {
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.HOME);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final StringProperty workspaceName = new SimpleStringProperty("");
    private final StringProperty workspacePath = new SimpleStringProperty("");
    private final List<Runnable> beforeLeaving = new ArrayList<>();

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public Section section() {
        return section.get();
    }

    /** Shows another section, flushing what the current one still holds. */
    public void show(Section next) {
        if (next == section.get()) {
            return;
        }
        beforeLeaving.forEach(Runnable::run);
        section.set(next);
    }

    /** Registers work to run whenever the user leaves the current section (e.g. an autosave flush). */
    public void addBeforeLeaving(Runnable hook) {
        beforeLeaving.add(hook);
    }

    public void flushAll() {
        beforeLeaving.forEach(Runnable::run);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    public StringProperty workspaceNameProperty() {
        return workspaceName;
    }

    public StringProperty workspacePathProperty() {
        return workspacePath;
    }
}
