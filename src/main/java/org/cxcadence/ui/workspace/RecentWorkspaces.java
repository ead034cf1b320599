package org.cxcadence.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cxcadence.ui.common.UiPreferences;

/** The last few workspaces opened on this machine, newest first, kept in the window preferences. */
public final class RecentWorkspaces {
    static final int LIMIT = 8;
    private final UiPreferences preferences;

    public RecentWorkspaces(UiPreferences preferences) {
        this.preferences = preferences;
    }

    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            String value = preferences.get("recent." + i);
            if (value != null && !value.isBlank()) {
                paths.add(Path.of(value));
            }
        }
        return paths;
    }

    public void remember(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(absolute);
        paths.addFirst(absolute);
        for (int i = 0; i < LIMIT; i++) {
            preferences.put("recent." + i, i < paths.size() ? paths.get(i).toString() : null);
        }
    }
}
