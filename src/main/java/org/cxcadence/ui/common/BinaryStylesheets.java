package org.cxcadence.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.css.Stylesheet;

/**
 * Run by the build (pom.xml, exec-maven-plugin, after compiling): writes JavaFX's binary form
 * ({@code .bss}) of the AtlantaFX themes and of app.css into the classes folder. JavaFX loads a
 * {@code .bss} it finds beside a {@code .css} instead of parsing the text, and {@link Theme} uses
 * the themes' binary copies: parsing ~330 KB of theme and app CSS was about a tenth of the window's
 * time to its first frame (docs/PERFORMANCE.md, startup). Without them (a build that skipped this
 * step) the CSS is parsed as before.
 */
public final class BinaryStylesheets {
    /** Where the themes' binary copies go, under the classes folder. */
    static final String THEMES = "org/cxcadence/ui/theme/";
    /** app.css and its binary copy beside it, under the classes folder. */
    static final String APP_CSS = "org/cxcadence/ui/app.css";
    static final String APP_BSS = "org/cxcadence/ui/app.bss";

    private BinaryStylesheets() {
    }

    /** {@code args[0]}: the classes folder (target/classes). */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Stylesheet.convertToBinary(classes.resolve(APP_CSS).toFile(), classes.resolve(APP_BSS).toFile());
        convertResource(new PrimerLight().getUserAgentStylesheet(), classes.resolve(THEMES + "primer-light.bss"));
        convertResource(new PrimerDark().getUserAgentStylesheet(), classes.resolve(THEMES + "primer-dark.bss"));
    }

    private static void convertResource(String resource, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path text = Files.createTempFile("cx-theme", ".css");
        try (InputStream in = BinaryStylesheets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + ": not on the class path");
            }
            Files.copy(in, text, StandardCopyOption.REPLACE_EXISTING);
            Stylesheet.convertToBinary(text.toFile(), target.toFile());
        } finally {
            Files.deleteIfExists(text);
        }
    }
}
