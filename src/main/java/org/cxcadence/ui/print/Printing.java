package org.cxcadence.ui.print;

import java.util.List;
import java.util.function.Function;

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
    /** Asked on a virtual thread the first time a Print button is built. */
    private static final PrinterLookup PRINTER = new PrinterLookup(() -> Printer.getDefaultPrinter() != null,
            task -> Thread.ofVirtual().name("cx-printer-lookup").start(task));
    private static volatile boolean forcedOff;

    private Printing() {
    }

    /** Tests: behave as a computer without a printer whatever this one has. */
    public static void actAsIfNoPrinter(boolean noPrinter) {
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
        PRINTER.start();
        return guard(print, messages, nothingToPrint, PRINTER.answerProperty());
    }

    /**
     * As above with the printer's answer given: the button follows it as it comes (looking, then
     * on or off with the reason).
     */
    static Region guard(ButtonBase print, Messages messages, javafx.beans.value.ObservableBooleanValue nothingToPrint,
                        javafx.beans.value.ObservableValue<PrinterLookup.Answer> printer) {
        StackPane holder = new StackPane(print);
        holder.setMinWidth(Region.USE_PREF_SIZE);
        print.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip offReason = new Tooltip();
        Runnable follow = () -> {
            PrinterLookup.Answer answer = forcedOff ? PrinterLookup.Answer.NO_PRINTER : printer.getValue();
            boolean ok = answer == PrinterLookup.Answer.PRINTER;
            String why = messages.get(switch (answer) {
                case PRINTER -> "print.tip";
                case NO_PRINTER -> "print.noPrinter";
                case UNKNOWN -> "print.lookingForPrinter";
            });
            print.disableProperty().unbind();
            if (ok) {
                Tooltip.uninstall(holder, offReason);
                print.setTooltip(new Tooltip(why));
                if (nothingToPrint != null) {
                    print.disableProperty().bind(nothingToPrint);
                } else {
                    print.setDisable(false);
                }
            } else {
                print.setDisable(true);
                print.setTooltip(null);
                offReason.setText(why);
                Tooltip.install(holder, offReason);
            }
            print.setAccessibleHelp(why);
        };
        follow.run();
        if (printer.getValue() == PrinterLookup.Answer.UNKNOWN) {
            // Answered once: the listener goes with the answer, so the shared lookup holds no screen.
            printer.addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends PrinterLookup.Answer> o,
                                    PrinterLookup.Answer was, PrinterLookup.Answer now) {
                    printer.removeListener(this);
                    follow.run();
                }
            });
        }
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
