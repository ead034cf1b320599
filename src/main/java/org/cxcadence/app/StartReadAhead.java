package org.cxcadence.app;

import java.util.Locale;

import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.Theme;

/**
 * What the FX thread reads before the window's first frame, read once ahead of it on the thread that
 * opened the workspace, while JavaFX is still starting and the second core has nothing to do: the
 * messages bundle (ResourceBundle keeps it, so the window's {@link Messages} finds it read) and the
 * binary stylesheets ({@link Theme#readAhead}: the reader's classes loaded and compiled, so the FX thread's
 * own read runs compiled code). The light theme stands for both: the reader is the same. 7 starts
 * alternating on the large workspace: the window's context 8-12 ms instead of 17-40, the theme 25-35
 * instead of 40-70, the first frame ~25 ms sooner (docs/PERFORMANCE.md).
 */
final class StartReadAhead implements Runnable {
    private final Locale locale;

    StartReadAhead(Locale locale) {
        this.locale = locale;
    }

    @Override
    public void run() {
        new Messages(locale);
        Theme.LIGHT.readAhead();
    }
}
