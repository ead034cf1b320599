package org.cxcadence.ui.common;

import java.util.List;

/**
 * Decides where the main window reopens. Pure arithmetic on rectangles so it can be tested
 * against any list of screens: a saved position is kept only while enough of its title bar lies
 * on a screen that still exists (an unplugged projector must not swallow the window); otherwise
 * the window is centred on the primary screen, shrunk to fit.
 */
public final class WindowPlacement {
    /** The window must show at least this much of its top strip on some screen to be reachable. */
    static final double MIN_VISIBLE = 80;

    private WindowPlacement() {
    }

    public record Rect(double x, double y, double width, double height) {
        double maxX() {
            return x + width;
        }

        double maxY() {
            return y + height;
        }

        double overlapArea(Rect o) {
            double w = Math.min(maxX(), o.maxX()) - Math.max(x, o.x);
            double h = Math.min(maxY(), o.maxY()) - Math.max(y, o.y);
            return w > 0 && h > 0 ? w * h : 0;
        }
    }

    /**
     * @param saved   the bounds saved at the last exit, or null on first start
     * @param screens visual bounds of the screens now connected; the first is the primary
     * @param preferred the size to use when there is nothing usable saved
     */
    public static Rect place(Rect saved, List<Rect> screens, Rect preferred) {
        if (screens.isEmpty()) {
            return saved != null ? saved : preferred;
        }
        if (saved != null && titleBarReachable(saved, screens)) {
            return saved;
        }
        Rect primary = screens.getFirst();
        double w = Math.min(saved != null ? saved.width() : preferred.width(), primary.width());
        double h = Math.min(saved != null ? saved.height() : preferred.height(), primary.height());
        return new Rect(primary.x() + (primary.width() - w) / 2, primary.y() + (primary.height() - h) / 2, w, h);
    }

    private static boolean titleBarReachable(Rect window, List<Rect> screens) {
        Rect titleBar = new Rect(window.x(), window.y(), window.width(), Math.min(30, window.height()));
        for (Rect screen : screens) {
            double overlapWidth = titleBar.overlapArea(screen) / titleBar.height();
            if (overlapWidth >= Math.min(MIN_VISIBLE, window.width()) && window.y() >= screen.y() - 1) {
                return true;
            }
        }
        return false;
    }
}
