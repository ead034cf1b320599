package org.cxcadence.ui.live;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cxcadence.ui.common.WindowPlacement.Rect;

/**
 * Where the projector view goes: on a screen other than the one the facilitator's window is on
 * (the largest such screen, usually the projector), or nowhere — then the presenter view takes the
 * same window. Pure, so it is tested against lists of screens.
 */
public final class PresenterScreenChoice {
    private PresenterScreenChoice() {
    }

    /**
     * @param screens      the bounds of every connected screen
     * @param windowCentre the centre point of the facilitator's window
     * @return the screen for the presenter view, or empty to use the same window
     */
    public static Optional<Rect> choose(List<Rect> screens, double windowCentreX, double windowCentreY) {
        Optional<Rect> facilitator = screens.stream().filter(s -> contains(s, windowCentreX, windowCentreY)).findFirst();
        Rect mine = facilitator.orElse(screens.isEmpty() ? null : screens.getFirst());
        return screens.stream()
                .filter(s -> !s.equals(mine))
                .max(Comparator.comparingDouble((Rect s) -> s.width() * s.height()));
    }

    private static boolean contains(Rect s, double x, double y) {
        return x >= s.x() && x < s.x() + s.width() && y >= s.y() && y < s.y() + s.height();
    }
}
