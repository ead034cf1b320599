package org.cxcadence.ui.feedback;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A desktop that can show and open files, and remembers what it was asked to (tests). */
public final class RecordingFiles implements FileOpener {
    public final List<Path> shownInFolder = new CopyOnWriteArrayList<>();
    public final List<Path> opened = new CopyOnWriteArrayList<>();

    @Override
    public boolean canShowInFolder() {
        return true;
    }

    @Override
    public boolean canOpen() {
        return true;
    }

    @Override
    public void showInFolder(Path file) {
        shownInFolder.add(file);
    }

    @Override
    public void open(Path file) {
        opened.add(file);
    }
}
