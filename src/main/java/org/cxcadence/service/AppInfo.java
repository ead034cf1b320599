package org.cxcadence.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The app's name and version, filtered into a resource by Maven so they never drift from the pom. */
public final class AppInfo {
    public static final String NAME = "CX Cadence";

    private AppInfo() {
    }

    public static String version() {
        return PROPERTIES.getProperty("version", "dev");
    }

    /**
     * This build of the app: its version and when Maven built it. What one build derived and kept
     * (Home's summary, docs/decisions/0010) is not trusted by another, whose rules may differ.
     */
    public static String build() {
        return PROPERTIES.getProperty("build", "dev");
    }

    private static final Properties PROPERTIES = load();

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("app.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
