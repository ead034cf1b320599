package org.cxcadence.ui.common;

import java.util.function.Supplier;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their node. Each {@link Tooltip} is a popup window
 * with a scene of its own: the navigation's ten were ~6 % of the pulse that first shows the shell and
 * Home (JFR, 4 starts on the large workspace), and a screen's rows and chart points each had one made
 * with them, though most are never hovered. Installed during the pointer's entry, the tooltip shows
 * once the pointer rests, as any other.
 */
public final class Tooltips {
    private Tooltips() {
    }

    /** A tooltip of fixed text, which screen readers have at once as the control's help. */
    public static void onFirstHover(Control control, String text) {
        control.setAccessibleHelp(text);
        onFirstHover(control, () -> new Tooltip(text));
    }

    /** For any node: a control gets it as its tooltip, other nodes through {@link Tooltip#install}. */
    public static void onFirstHover(Node node, Supplier<Tooltip> tooltip) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (node instanceof Control control) {
                    if (control.getTooltip() == null) {
                        control.setTooltip(tooltip.get());
                    }
                } else {
                    Tooltip.install(node, tooltip.get());
                }
            }
        });
    }
}
