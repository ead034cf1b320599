package org.cxcadence.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    @Test
    void linuxUsesXdgDataHomeForTheWorkspace() {
        AppDirectories dirs = AppDirectories.resolve("Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/cco", null);
        assertEquals(Path.of("/data/cx-cadence/workspace.cxcadence"), dirs.defaultWorkspace());
    }

    @Test
    void linuxFallsBackToLocalShareWithoutXdg() {
        AppDirectories dirs = AppDirectories.resolve("Linux", Map.of(), "/home/cco", null);
        assertEquals(Path.of("/home/cco/.local/share/cx-cadence/workspace.cxcadence"), dirs.defaultWorkspace());
        assertEquals(Path.of("/home/cco/.config/cx-cadence"), dirs.configDir());
    }

    @Test
    void windowsUsesAppDataCxCadence() {
        AppDirectories dirs = AppDirectories.resolve("Windows 11", Map.of("APPDATA", "C:/Users/cco/AppData/Roaming"),
                "C:/Users/cco", null);
        assertEquals(Path.of("C:/Users/cco/AppData/Roaming/CX Cadence/workspace.cxcadence"), dirs.defaultWorkspace());
    }

    @Test
    void macUsesApplicationSupport() {
        AppDirectories dirs = AppDirectories.resolve("Mac OS X", Map.of(), "/Users/cco", null);
        assertEquals(Path.of("/Users/cco/Library/Application Support/CX Cadence/workspace.cxcadence"),
                dirs.defaultWorkspace());
    }

    @Test
    void homeOverridePutsEverythingUnderOneFolder() {
        AppDirectories dirs = AppDirectories.resolve("Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/cco", "/tmp/cx");
        assertEquals(Path.of("/tmp/cx/workspace.cxcadence"), dirs.defaultWorkspace());
        assertEquals(Path.of("/tmp/cx/logs/cx-cadence.log"), dirs.logFile());
    }

    @Test
    void theCopiesThatCanBeMadeAgainGoToThePlatformsCacheFolder() {
        assertEquals(Path.of("/cache/cx-cadence"),
                AppDirectories.resolve("Linux", Map.of("XDG_CACHE_HOME", "/cache"), "/home/cco", null).cacheDir());
        assertEquals(Path.of("/home/cco/.cache/cx-cadence"), AppDirectories.resolve("Linux", Map.of(), "/home/cco", null).cacheDir());
        assertEquals(Path.of("/Users/cco/Library/Caches/CX Cadence"),
                AppDirectories.resolve("Mac OS X", Map.of(), "/Users/cco", null).cacheDir());
        assertEquals(Path.of("C:/Users/cco/AppData/Local/CX Cadence/cache"), AppDirectories.resolve("Windows 11",
                Map.of("LOCALAPPDATA", "C:/Users/cco/AppData/Local"), "C:/Users/cco", null).cacheDir());
        assertEquals(Path.of("/tmp/cx/cache"), AppDirectories.resolve("Linux", Map.of(), "/home/cco", "/tmp/cx").cacheDir());
    }
}
