package org.cxcadence.ui.print;

import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Whether this computer has a printer, asked once and off the FX thread. The question goes to the
 * platform's print system (CUPS on Linux): ~60 ms on a machine without printers, and it can take
 * seconds with network printers. It used to be asked on the FX thread while Prepare was first built,
 * inside the pulse that shows it (docs/PERFORMANCE.md). Until the answer comes the Print buttons
 * say they are looking.
 */
public final class PrinterLookup {
    private static final Logger LOG = Logger.getLogger(PrinterLookup.class.getName());

    /** What is known about the printer. */
    public enum Answer { UNKNOWN, PRINTER, NO_PRINTER }

    private final BooleanSupplier ask;
    private final Executor background;
    private final ReadOnlyObjectWrapper<Answer> answer = new ReadOnlyObjectWrapper<>(Answer.UNKNOWN);
    private boolean asked;

    /**
     * @param ask        the question itself (whether there is a default printer); may block
     * @param background where it is asked, never the FX thread
     */
    public PrinterLookup(BooleanSupplier ask, Executor background) {
        this.ask = ask;
        this.background = background;
    }

    /** The answer, on the FX thread; {@link Answer#UNKNOWN} until {@link #start()} has been answered. */
    public ReadOnlyObjectProperty<Answer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** Asks, once; later calls do nothing. Call on the FX thread. */
    public void start() {
        if (asked) {
            return;
        }
        asked = true;
        background.execute(() -> {
            Answer found;
            try {
                found = ask.getAsBoolean() ? Answer.PRINTER : Answer.NO_PRINTER;
            } catch (RuntimeException | Error e) {
                LOG.log(Level.FINE, "No print service", e);
                found = Answer.NO_PRINTER;
            }
            Answer known = found;
            Platform.runLater(() -> answer.set(known));
        });
    }
}
