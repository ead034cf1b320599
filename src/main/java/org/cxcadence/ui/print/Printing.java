package org.cxcadence.ui.print;

import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.cxcadence.ui.common.Messages;

import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * Printing through the platform's print dialog: the person picks printer, paper and copies, then the
 * pages are laid out for the paper chosen and sent. Without any printer the Print command is off and
 * says why.
 */
public final class Printing {
    private static final Logger LOG = Logger.getLogger(Printing.class.getName());
    private static Boolean available;
    private static boolean forcedOff;

    private Printing() {
    }

    /** Whether this computer has a printer (asked once: the question can take a moment). */
    public static synchronized boolean printerAvailable() {
        if (available == null) {
            try {
                available = Printer.getDefaultPrinter() != null;
            } catch (RuntimeException | Error e) {
                LOG.log(Level.FINE, "No print service", e);
                available = false;
            }
        }
        return available;
    }

    /** Tests: behave as a computer without a printer whatever this one has. */
    public static synchronized void actAsIfNoPrinter(boolean noPrinter) {
        forcedOff = noPrinter;
    }

    /**
     * The Print button, in a holder that carries its tooltip: a disabled button shows none, and
     * "no printer" is the one thing to say.
     */
    public static Region guard(ButtonBase print, Messages messages) {
        return guard(print, messages, null);
    }

    /** As {@link #guard(ButtonBase, Messages)}, also off while {@code nothingToPrint} holds. */
    public static Region guard(ButtonBase print, Messages messages,
                               javafx.beans.value.ObservableBooleanValue nothingToPrint) {
        boolean ok = printerAvailable() && !forcedOff;
        StackPane holder = new StackPane(print);
        holder.setMinWidth(Region.USE_PREF_SIZE);
        print.setMinWidth(Region.USE_PREF_SIZE);
        String why = messages.get(ok ? "print.tip" : "print.noPrinter");
        if (ok) {
            print.setTooltip(new Tooltip(why));
            if (nothingToPrint != null) {
                print.disableProperty().bind(nothingToPrint);
            }
        } else {
            print.setDisable(true);
            print.setTooltip(null);
            Tooltip.install(holder, new Tooltip(why));
        }
        print.setAccessibleHelp(why);
        return holder;
    }

    /**
     * Shows the print dialog and prints the pages built for the chosen paper.
     *
     * @return the number of pages sent, or 0 when cancelled or nothing could print
     */
    public static int print(Window owner, String jobName, Function<Printout.PageSize, List<? extends javafx.scene.Node>> pages) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return 0;
        }
        job.getJobSettings().setJobName(jobName);
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return 0;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        List<? extends javafx.scene.Node> laid = pages.apply(
                new Printout.PageSize(layout.getPrintableWidth(), layout.getPrintableHeight()));
        for (javafx.scene.Node page : laid) {
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                throw new IllegalStateException("The printer refused page " + (laid.indexOf(page) + 1) + ": "
                        + job.getJobStatus());
            }
        }
        return job.endJob() ? laid.size() : 0;
    }
}
