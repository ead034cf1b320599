package org.cxcadence.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/** The app's name, version and build, filtered into a resource by Maven so they never drift from the pom. */
public final class AppInfo {
    public static final String NAME = "CX Cadence";

    /** Read once; a resource that cannot be read gives "dev" and no build rather than a class that fails to load. */
    private static final Properties PROPERTIES = load();

    private AppInfo() {
    }

    public static String version() {
        return PROPERTIES.getProperty("version", "dev");
    }

    /**
     * This build of the app: its version and when Maven built it. What one build derived and kept (Home's
     * summary, docs/decisions/0010) is not trusted by another, whose rules may differ. Empty when the build
     * is not known (the resource missing or not filtered by Maven): then nothing is kept at all, since two
     * such builds could not be told apart.
     */
    public static Optional<String> build() {
        String build = PROPERTIES.getProperty("build");
        return build == null || build.contains("${") ? Optional.empty() : Optional.of(build);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("app.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(AppInfo.class.getName()).warning("app.properties not read: " + e.getMessage());
        }
        return p;
    }
}
