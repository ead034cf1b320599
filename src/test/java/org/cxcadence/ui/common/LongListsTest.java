package org.cxcadence.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** A ComboBox over a long list measures its first rows only (a real scene: the skin does the measuring). */
@ExtendWith(ApplicationExtension.class)
class LongListsTest {
    private ComboBox<String> everyRow;
    private ComboBox<String> firstRows;

    @Start
    void start(Stage stage) {
        everyRow = new ComboBox<>();
        firstRows = LongLists.measureFirstRows(new ComboBox<>());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            names.add("Person " + i);
        }
        // Far down the list: only a box that measures every row makes room for it.
        names.set(1_500, "Someone with a very long name indeed, far down a list of two thousand people");
        everyRow.getItems().setAll(names);
        firstRows.getItems().setAll(names);
        stage.setScene(new Scene(new HBox(everyRow, firstRows), 1600, 200));
        stage.show();
    }

    @Test
    void aLongListIsMeasuredByItsFirstRowsNotByEveryRow(FxRobot robot) {
        double[] widths = new double[2];
        robot.interact(() -> {
            widths[0] = everyRow.prefWidth(-1);
            widths[1] = firstRows.prefWidth(-1);
        });
        assertTrue(widths[0] > widths[1] + 100,
                "every row: " + widths[0] + ", first " + LongLists.ROWS_MEASURED + " rows: " + widths[1]);
        assertTrue(widths[1] > 50, "still as wide as its first names: " + widths[1]);
    }
}
