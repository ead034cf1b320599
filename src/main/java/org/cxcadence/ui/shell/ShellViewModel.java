package org.cxcadence.ui.shell;

import java.util.ArrayList;
import java.util.List;

import org.cxcadence.ui.common.Theme;
import org.cxcadence.ui.common.ThemeChoice;

import javafx.application.ColorScheme;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
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
    private final ObjectProperty<ThemeChoice> themeChoice = new SimpleObjectProperty<>(ThemeChoice.LIGHT);
    private final ObjectProperty<Theme> systemTheme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final StringProperty workspaceName = new SimpleStringProperty("");
    private final StringProperty workspacePath = new SimpleStringProperty("");
    private final List<Runnable> beforeLeaving = new ArrayList<>();
    private ChangeListener<ColorScheme> schemeListener;

    public ShellViewModel() {
        // The look follows the choice (and, for System, the platform's scheme as it changes);
        // a look set directly (the shell's toggle) becomes the explicit choice.
        themeChoice.addListener((o, was, now) -> theme.set(now.resolve(systemTheme.get())));
        systemTheme.addListener((o, was, now) -> theme.set(themeChoice.get().resolve(now)));
        theme.addListener((o, was, now) -> {
            if (now != themeChoice.get().resolve(systemTheme.get())) {
                themeChoice.set(ThemeChoice.of(now));
            }
        });
    }

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
        themeChoice.set(ThemeChoice.of(theme.get().other()));
    }

    /** System, Light or Dark, as chosen in Settings (persisted per machine). */
    public ObjectProperty<ThemeChoice> themeChoiceProperty() {
        return themeChoice;
    }

    /**
     * Follows the operating system's scheme (JavaFX 22+ {@code Platform.getPreferences().colorSchemeProperty()}),
     * live. The platform property lives as long as the toolkit, so it only holds this model weakly.
     */
    public void followSystemScheme(ReadOnlyObjectProperty<ColorScheme> scheme) {
        systemTheme.set(Theme.of(scheme.get()));
        schemeListener = (o, was, now) -> systemTheme.set(Theme.of(now));
        scheme.addListener(new WeakChangeListener<>(schemeListener));
    }

    /** The scheme the operating system reports now; the app feeds it from the platform preferences. */
    public ObjectProperty<Theme> systemThemeProperty() {
        return systemTheme;
    }

    public StringProperty workspaceNameProperty() {
        return workspaceName;
    }

    public StringProperty workspacePathProperty() {
        return workspacePath;
    }
}
