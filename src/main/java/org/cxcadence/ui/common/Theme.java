package org.cxcadence.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;

/** The two looks: AtlantaFX Primer light and dark, with app.css on top of either. */
public enum Theme {
    LIGHT, DARK;

    public void apply() {
        Application.setUserAgentStylesheet(userAgentStylesheet());
    }

    /** The theme's binary copy made by the build ({@link BinaryStylesheets}), else AtlantaFX's CSS. */
    String userAgentStylesheet() {
        java.net.URL binary = Theme.class.getResource("/" + BinaryStylesheets.THEMES
                + (this == DARK ? "primer-dark.bss" : "primer-light.bss"));
        if (binary != null) {
            return binary.toExternalForm();
        }
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
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
        return Theme.class.getResource("/org/cxcadence/ui/app.css").toExternalForm();
    }
}
