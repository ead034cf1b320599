package org.cxcadence.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The main screens, in navigation order; Ctrl/Cmd + the digit jumps to each. */
public enum Section {
    HOME(Material2OutlinedAL.HOME, KeyCode.DIGIT1),
    PREPARE(Material2OutlinedAL.EVENT_NOTE, KeyCode.DIGIT2),
    RUN(Material2OutlinedMZ.PLAY_CIRCLE_OUTLINE, KeyCode.DIGIT3),
    ACTIONS(Material2OutlinedAL.ASSIGNMENT_TURNED_IN, KeyCode.DIGIT4),
    METRICS(Material2OutlinedMZ.SHOW_CHART, KeyCode.DIGIT5),
    HISTORY(Material2OutlinedAL.HISTORY, KeyCode.DIGIT6),
    PROGRAM(Material2OutlinedMZ.MAP, KeyCode.DIGIT7),
    PEOPLE(Material2OutlinedAL.GROUP, KeyCode.DIGIT8),
    SETTINGS(Material2OutlinedMZ.SETTINGS, KeyCode.DIGIT9);

    private final Ikon icon;
    private final KeyCode digit;

    Section(Ikon icon, KeyCode digit) {
        this.icon = icon;
        this.digit = digit;
    }

    public Ikon icon() {
        return icon;
    }

    public KeyCombination shortcut() {
        return new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN);
    }

    /** Resource-bundle key prefix, e.g. {@code section.home}. */
    public String key() {
        return "section." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Stable node id for tests and shortcuts, e.g. {@code nav-home}. */
    public String navId() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
