package org.cxcadence.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;


/**
 * Per-machine preferences of the window (theme, position, size, recent workspaces) in a small
 * properties file in the config folder. They belong to this laptop, not to the workspace:
 * the same workspace opened on a projector laptop keeps that laptop's window.
 */
public final class UiPreferences {
    private final Path file;
    private final Properties values = new Properties();

    public UiPreferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged preferences file only costs the window position; start afresh.
                values.clear();
            }
        }
    }

    public Path file() {
        return file;
    }

    /** The explicit look chosen, LIGHT while the choice is to follow the system. */
    public Theme theme() {
        return Theme.parse(values.getProperty("theme"));
    }

    public void setTheme(Theme theme) {
        setThemeChoice(ThemeChoice.of(theme));
    }

    /** System, Light or Dark (a file without the key follows the system). */
    public ThemeChoice themeChoice() {
        return ThemeChoice.parse(values.getProperty("theme"));
    }

    public void setThemeChoice(ThemeChoice choice) {
        values.setProperty("theme", choice.name());
    }

    public Optional<WindowPlacement.Rect> windowBounds() {
        try {
            double x = Double.parseDouble(values.getProperty("window.x"));
            double y = Double.parseDouble(values.getProperty("window.y"));
            double w = Double.parseDouble(values.getProperty("window.width"));
            double h = Double.parseDouble(values.getProperty("window.height"));
            if (w < 200 || h < 150 || !Double.isFinite(x + y + w + h)) {
                return Optional.empty();
            }
            return Optional.of(new WindowPlacement.Rect(x, y, w, h));
        } catch (NullPointerException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean windowMaximized() {
        return Boolean.parseBoolean(values.getProperty("window.maximized"));
    }

    public void setWindow(WindowPlacement.Rect bounds, boolean maximized) {
        values.setProperty("window.x", Double.toString(bounds.x()));
        values.setProperty("window.y", Double.toString(bounds.y()));
        values.setProperty("window.width", Double.toString(bounds.width()));
        values.setProperty("window.height", Double.toString(bounds.height()));
        values.setProperty("window.maximized", Boolean.toString(maximized));
    }

    public String get(String key) {
        return values.getProperty(key);
    }

    public void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    /** Writes to a temp file and renames it, so a crash never leaves half a preferences file. */
    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            values.store(out, "CX Cadence window preferences");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
