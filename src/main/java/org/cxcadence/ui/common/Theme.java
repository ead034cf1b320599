package org.cxcadence.ui.common;

import java.io.IOException;
import java.net.URL;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.css.Stylesheet;

/** The two looks: AtlantaFX Primer light and dark, with app.css on top of either. */
public enum Theme {
    LIGHT, DARK;

    public void apply() {
        Application.setUserAgentStylesheet(userAgentStylesheet());
    }

    /** The theme's binary copy made by the build ({@link BinaryStylesheets}), else AtlantaFX's CSS. */
    String userAgentStylesheet() {
        URL binary = binaryCopy();
        if (binary != null) {
            return binary.toExternalForm();
        }
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    /**
     * Reads the binary stylesheets the window reads before its first frame (this theme's and app.css's) and
     * throws them away. Run on a thread of its own while JavaFX starts (the second core is idle then), it
     * loads and compiles the reader, so that the FX thread's own read runs compiled code: the theme's step
     * 25-35 ms instead of 40-70 (docs/PERFORMANCE.md). Any failure is the FX thread's to meet and report.
     */
    public void readAhead() {
        try {
            for (URL binary : new URL[] {binaryCopy(), Theme.class.getResource("/" + BinaryStylesheets.APP_BSS)}) {
                if (binary != null) {
                    Stylesheet.loadBinary(binary);
                }
            }
        } catch (IOException | RuntimeException e) {
            // nothing gained, nothing lost
        }
    }

    /** Null when the build did not make it. */
    private URL binaryCopy() {
        return Theme.class.getResource("/" + BinaryStylesheets.THEMES + (this == DARK ? "primer-dark.bss" : "primer-light.bss"));
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    /** The look matching the operating system's scheme (JavaFX 22+ platform preferences). */
    public static Theme of(ColorScheme scheme) {
        return scheme == ColorScheme.DARK ? DARK : LIGHT;
    }

    public static Theme parse(String value) {
        return "DARK".equalsIgnoreCase(value) ? DARK : LIGHT;
    }

    /** The stylesheet every scene adds after the theme. */
    public static String appStylesheet() {
        return Theme.class.getResource("/" + BinaryStylesheets.APP_CSS).toExternalForm();
    }
}
