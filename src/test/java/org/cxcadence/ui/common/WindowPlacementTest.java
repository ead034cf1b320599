package org.cxcadence.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cxcadence.ui.common.WindowPlacement.Rect;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rect LAPTOP = new Rect(0, 0, 1440, 900);
    private static final Rect PROJECTOR = new Rect(1440, 0, 1920, 1080);
    private static final Rect PREFERRED = new Rect(0, 0, 1280, 800);

    @Test
    void firstStartCentresThePreferredSizeOnThePrimaryScreen() {
        assertEquals(new Rect(80, 50, 1280, 800), WindowPlacement.place(null, List.of(LAPTOP), PREFERRED));
    }

    @Test
    void savedPositionOnAConnectedScreenIsKept() {
        Rect onProjector = new Rect(1600, 100, 1200, 800);
        assertEquals(onProjector, WindowPlacement.place(onProjector, List.of(LAPTOP, PROJECTOR), PREFERRED));
    }

    @Test
    void windowLeftOnAnUnpluggedProjectorComesBackToThePrimaryScreen() {
        Rect onProjector = new Rect(1600, 100, 1200, 800);
        Rect placed = WindowPlacement.place(onProjector, List.of(LAPTOP), PREFERRED);
        assertEquals(new Rect(120, 50, 1200, 800), placed);
    }

    @Test
    void windowLargerThanTheRemainingScreenIsShrunkToFit() {
        Rect huge = new Rect(5000, 0, 1900, 1060);
        Rect placed = WindowPlacement.place(huge, List.of(new Rect(0, 0, 1280, 720)), PREFERRED);
        assertEquals(new Rect(0, 0, 1280, 720), placed);
    }

    @Test
    void titleBarAboveTheTopOfEveryScreenIsNotReachable() {
        Rect aboveTop = new Rect(100, -500, 1000, 700);
        Rect placed = WindowPlacement.place(aboveTop, List.of(LAPTOP), PREFERRED);
        assertEquals(new Rect(220, 100, 1000, 700), placed);
    }

    @Test
    void aSliverOfTitleBarIsNotEnoughToGrabTheWindow() {
        Rect almostOff = new Rect(1400, 10, 1000, 700);
        Rect placed = WindowPlacement.place(almostOff, List.of(LAPTOP), PREFERRED);
        assertEquals(new Rect(220, 100, 1000, 700), placed);
    }
}
