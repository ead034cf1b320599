package org.cxcadence.ui.feedback;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The platform's file manager and apps through {@link java.awt.Desktop}: Show in folder selects the
 * file where the platform supports it (macOS, Windows), else opens the parent folder
 * ({@code Desktop.open}, or {@code xdg-open} on Linux desktops without AWT support). Desktop calls
 * can take a moment, so they run on their own short-lived thread, never on the FX thread. Headless
 * (tests, servers) offers nothing, and never touches AWT.
 */
public final class DesktopFileOpener implements FileOpener {
    private static final Logger LOG = Logger.getLogger(DesktopFileOpener.class.getName());

    private final Desktop desktop;
    private final boolean xdgOpen;

    private DesktopFileOpener(Desktop desktop, boolean xdgOpen) {
        this.desktop = desktop;
        this.xdgOpen = xdgOpen;
    }

    /** What this machine offers; {@link FileOpener#NONE} when headless and without xdg-open. */
    public static FileOpener detect() {
        Desktop desktop = null;
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()) {
                desktop = Desktop.getDesktop();
            }
        } catch (RuntimeException | Error e) {
            LOG.log(Level.FINE, "No desktop integration", e);
        }
        boolean xdg = !GraphicsEnvironment.isHeadless() && onPath("xdg-open");
        return desktop == null && !xdg ? NONE : new DesktopFileOpener(desktop, xdg);
    }

    private static boolean onPath(String command) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return false;
        }
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(java.io.File.pathSeparator)).stream()
                .anyMatch(dir -> !dir.isBlank() && Files.isExecutable(Path.of(dir, command)));
    }

    private boolean supports(Desktop.Action action) {
        return desktop != null && desktop.isSupported(action);
    }

    @Override
    public boolean canShowInFolder() {
        return supports(Desktop.Action.BROWSE_FILE_DIR) || supports(Desktop.Action.OPEN) || xdgOpen;
    }

    @Override
    public boolean canOpen() {
        return supports(Desktop.Action.OPEN) || xdgOpen;
    }

    @Override
    public void showInFolder(Path file) {
        Path absolute = file.toAbsolutePath();
        background(() -> {
            if (supports(Desktop.Action.BROWSE_FILE_DIR)) {
                desktop.browseFileDirectory(absolute.toFile());
            } else {
                openWithPlatform(absolute.getParent());
            }
        });
    }

    @Override
    public void open(Path file) {
        Path absolute = file.toAbsolutePath();
        background(() -> openWithPlatform(absolute));
    }

    private void openWithPlatform(Path path) throws java.io.IOException {
        if (supports(Desktop.Action.OPEN)) {
            desktop.open(path.toFile());
        } else if (xdgOpen) {
            new ProcessBuilder("xdg-open", path.toString()).inheritIO().start();
        }
    }

    private interface DesktopWork {
        void run() throws Exception;
    }

    private static void background(DesktopWork work) {
        Thread.ofVirtual().name("cx-desktop").start(() -> {
            try {
                work.run();
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "The desktop could not show the file", e);
            }
        });
    }
}
