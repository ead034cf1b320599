package org.cxcadence.ui.feedback;

import java.nio.file.Path;

/**
 * Shows a file in the platform's file manager and opens it in its app. What a platform cannot do is
 * reported up front, so the notification offers only the buttons that work.
 */
public interface FileOpener {
    /** Neither is possible (headless, no desktop): the notification names the file only. */
    FileOpener NONE = new FileOpener() {
        @Override
        public boolean canShowInFolder() {
            return false;
        }

        @Override
        public boolean canOpen() {
            return false;
        }

        @Override
        public void showInFolder(Path file) {
        }

        @Override
        public void open(Path file) {
        }
    };

    boolean canShowInFolder();

    boolean canOpen();

    /** Opens the folder that holds {@code file}, with the file selected where the platform can. */
    void showInFolder(Path file);

    /** Opens {@code file} in the app the platform uses for its type. */
    void open(Path file);
}
