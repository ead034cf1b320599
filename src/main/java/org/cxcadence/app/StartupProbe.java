package org.cxcadence.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For bench/startup.sh only: with {@code -Dcxcadence.startupProbe=frame} prints the wall-clock time
 * (epoch milliseconds) of the main window's first pulse, then quits; with {@code =home} also waits
 * until Home shows real content (its action counts) and prints that time. Lines on stdout:
 * {@code cx-startup first-frame MILLIS} and {@code cx-startup home MILLIS}. Off (and not installed)
 * without the property.
 */
final class StartupProbe {
    static final String PROPERTY = "cxcadence.startupProbe";

    private boolean framed;
    private boolean done;

    private StartupProbe() {
    }

    static void installIfAsked(Scene scene) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        boolean waitForHome = "home".equals(mode);
        StartupProbe probe = new StartupProbe();
        scene.addPostLayoutPulseListener(() -> probe.pulse(scene, waitForHome));
    }

    /** VmRSS from /proc (Linux); -1 elsewhere. */
    private static long residentKb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    private void pulse(Scene scene, boolean waitForHome) {
        if (done || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return;
        }
        long now = System.currentTimeMillis();
        if (!framed) {
            framed = true;
            System.out.println("cx-startup first-frame " + now);
        }
        if (!waitForHome || scene.lookup("#home-open") != null) {
            if (waitForHome) {
                System.out.println("cx-startup home " + now);
                System.out.println("cx-startup rss-kb " + residentKb());
            }
            System.out.flush();
            done = true;
            Platform.runLater(Platform::exit);
        }
    }
}
