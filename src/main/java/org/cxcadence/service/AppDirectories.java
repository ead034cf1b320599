package org.cxcadence.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its files on this platform (CONTRACT.md): the default workspace in the
 * user data folder, per-machine preferences in the config folder, logs beside them, and what
 * can be made again (a copy of SQLite's native library) in the platform's cache folder.
 * {@code -Dcxcadence.home=DIR} puts everything under one folder (tests, portable use).
 */
public record AppDirectories(Path dataDir, Path configDir, Path logDir, Path cacheDir) {
    public static final String DEFAULT_WORKSPACE_NAME = "workspace.cxcadence";

    public static AppDirectories forThisMachine() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."),
                System.getProperty("cxcadence.home"));
    }

    static AppDirectories resolve(String osName, Map<String, String> env, String userHome, String override) {
        if (override != null && !override.isBlank()) {
            Path home = Path.of(override);
            return new AppDirectories(home, home.resolve("config"), home.resolve("logs"), home.resolve("cache"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            Path appData = pathOr(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming"));
            Path local = pathOr(env.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"));
            Path data = appData.resolve("CX Cadence");
            return new AppDirectories(data, data, local.resolve("CX Cadence").resolve("logs"),
                    local.resolve("CX Cadence").resolve("cache"));
        }
        if (os.contains("mac")) {
            Path data = home.resolve("Library").resolve("Application Support").resolve("CX Cadence");
            return new AppDirectories(data, data, home.resolve("Library").resolve("Logs").resolve("CX Cadence"),
                    home.resolve("Library").resolve("Caches").resolve("CX Cadence"));
        }
        Path data = pathOr(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share")).resolve("cx-cadence");
        Path config = pathOr(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve("cx-cadence");
        Path state = pathOr(env.get("XDG_STATE_HOME"), home.resolve(".local").resolve("state")).resolve("cx-cadence");
        Path cache = pathOr(env.get("XDG_CACHE_HOME"), home.resolve(".cache")).resolve("cx-cadence");
        return new AppDirectories(data, config, state.resolve("logs"), cache);
    }

    private static Path pathOr(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    public Path defaultWorkspace() {
        return dataDir.resolve(DEFAULT_WORKSPACE_NAME);
    }

    public Path logFile() {
        return logDir.resolve("cx-cadence.log");
    }
}
