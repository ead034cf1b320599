package org.cxcadence.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.cxcadence.ui.common.WindowPlacement.Rect;
import org.junit.jupiter.api.Test;

class PresenterScreenChoiceTest {
    private static final Rect LAPTOP = new Rect(0, 0, 1440, 900);
    private static final Rect PROJECTOR = new Rect(1440, 0, 1920, 1080);
    private static final Rect MONITOR = new Rect(-2560, 0, 2560, 1440);

    @Test
    void oneScreenMeansTheSameWindow() {
        assertTrue(PresenterScreenChoice.choose(List.of(LAPTOP), 700, 400).isEmpty());
    }

    @Test
    void noScreensMeansTheSameWindow() {
        assertTrue(PresenterScreenChoice.choose(List.of(), 0, 0).isEmpty());
    }

    @Test
    void theProjectorIsChosenWhenTheWindowIsOnTheLaptop() {
        assertEquals(Optional.of(PROJECTOR), PresenterScreenChoice.choose(List.of(LAPTOP, PROJECTOR), 700, 400));
    }

    @Test
    void theLaptopIsChosenWhenTheFacilitatorMovedTheWindowToTheOtherScreen() {
        assertEquals(Optional.of(LAPTOP), PresenterScreenChoice.choose(List.of(LAPTOP, PROJECTOR), 2000, 500));
    }

    @Test
    void withThreeScreensTheLargestOtherScreenIsChosen() {
        assertEquals(Optional.of(MONITOR), PresenterScreenChoice.choose(List.of(LAPTOP, PROJECTOR, MONITOR), 700, 400));
    }

    @Test
    void aWindowOffEveryScreenCountsAsOnThePrimary() {
        assertEquals(Optional.of(PROJECTOR), PresenterScreenChoice.choose(List.of(LAPTOP, PROJECTOR), -9000, -9000));
    }
}
