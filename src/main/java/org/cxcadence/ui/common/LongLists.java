package org.cxcadence.ui.common;

import javafx.scene.control.ComboBox;

/**
 * Choice boxes over lists that grow with the company: people, sessions, metrics, actions, milestones.
 * To find its preferred width a ComboBox measures a cell for every item of its list, unless told how
 * many rows to measure: on a large workspace Prepare's session and presenter boxes (500 sessions of a
 * series, 500 people) made its first showing a 300 ms pulse (docs/PERFORMANCE.md, the pulse check).
 */
public final class LongLists {
    /** Enough rows for a width that fits the usual names; a longer one is shown with an ellipsis. */
    static final int ROWS_MEASURED = 30;
    /** The key ComboBoxListViewSkin reads from the box's properties (JavaFX 9 and later). */
    private static final String ROWS_TO_MEASURE_KEY = "comboBoxRowsToMeasureWidth";

    private LongLists() {
    }

    /** {@code box}, measuring only its first rows for its width. */
    public static <T extends ComboBox<?>> T measureFirstRows(T box) {
        box.getProperties().put(ROWS_TO_MEASURE_KEY, ROWS_MEASURED);
        return box;
    }
}
