package org.cxcadence.ui.common;

import java.util.function.Supplier;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control. Each {@link Tooltip} is a popup
 * window with a scene of its own, and the navigation's ten were ~6 % of the work of the pulse that
 * first shows the shell and Home (JFR, 4 starts on the large workspace); most are never hovered.
 * Installed during the pointer's entry, the tooltip shows once the pointer rests, as any other.
 */
public final class Tooltips {
    private Tooltips() {
    }

    /** A tooltip of fixed text, which screen readers have at once as the control's help. */
    public static void onFirstHover(Control control, String text) {
        control.setAccessibleHelp(text);
        onFirstHover(control, () -> new Tooltip(text));
    }

    public static void onFirstHover(Control control, Supplier<Tooltip> tooltip) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(tooltip.get());
                }
            }
        });
    }
}
