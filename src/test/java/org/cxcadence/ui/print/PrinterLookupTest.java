package org.cxcadence.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.print.PrinterLookup.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** The printer is asked about off the FX thread, once; Print buttons look, then follow the answer. */
@ExtendWith(ApplicationExtension.class)
class PrinterLookupTest {
    private final Messages messages = new Messages(Locale.ENGLISH);

    @Test
    void thePrinterIsAskedOnceAndNeverOnTheFxThread(FxRobot robot) throws InterruptedException {
        AtomicInteger asked = new AtomicInteger();
        AtomicReference<Boolean> onFxThread = new AtomicReference<>();
        CountDownLatch answered = new CountDownLatch(1);
        PrinterLookup lookup = new PrinterLookup(() -> {
            asked.incrementAndGet();
            onFxThread.set(Platform.isFxApplicationThread());
            return true;
        }, task -> Thread.ofPlatform().start(task));
        robot.interact(() -> {
            lookup.answerProperty().addListener((o, was, now) -> answered.countDown());
            lookup.start();
            lookup.start();
        });
        assertTrue(answered.await(10, TimeUnit.SECONDS), "the answer comes");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Answer.PRINTER, lookup.answerProperty().get());
        assertEquals(1, asked.get(), "asked once");
        assertFalse(onFxThread.get(), "asked off the FX thread");
    }

    @Test
    void aPrintSystemThatFailsCountsAsNoPrinter(FxRobot robot) throws InterruptedException {
        CountDownLatch answered = new CountDownLatch(1);
        PrinterLookup lookup = new PrinterLookup(() -> {
            throw new IllegalStateException("no print service");
        }, task -> Thread.ofPlatform().start(task));
        robot.interact(() -> {
            lookup.answerProperty().addListener((o, was, now) -> answered.countDown());
            lookup.start();
        });
        assertTrue(answered.await(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Answer.NO_PRINTER, lookup.answerProperty().get());
    }

    @Test
    void aPrintButtonSaysItIsLookingThenTurnsOnWhenAPrinterIsFound(FxRobot robot) {
        SimpleObjectProperty<Answer> printer = new SimpleObjectProperty<>(Answer.UNKNOWN);
        SimpleBooleanProperty nothingToPrint = new SimpleBooleanProperty(false);
        Button print = new Button("Print…");
        AtomicReference<Region> holder = new AtomicReference<>();
        robot.interact(() -> holder.set(Printing.guard(print, messages, nothingToPrint, printer)));

        assertTrue(print.isDisabled());
        assertEquals("Looking for a printer…", reasonOn(holder.get()).getText());
        assertEquals("Looking for a printer…", print.getAccessibleHelp());

        robot.interact(() -> printer.set(Answer.PRINTER));
        assertFalse(print.isDisabled());
        assertNull(reasonOn(holder.get()), "no reason on the holder once it prints");
        assertEquals("Print through the printer dialog", print.getTooltip().getText());
        robot.interact(() -> nothingToPrint.set(true));
        assertTrue(print.isDisabled(), "still off while there is nothing to print");
    }

    @Test
    void aPrintButtonSaysThereIsNoPrinterWhenNoneIsFound(FxRobot robot) {
        SimpleObjectProperty<Answer> printer = new SimpleObjectProperty<>(Answer.UNKNOWN);
        Button print = new Button("Print…");
        AtomicReference<Region> holder = new AtomicReference<>();
        robot.interact(() -> holder.set(Printing.guard(print, messages, null, printer)));
        robot.interact(() -> printer.set(Answer.NO_PRINTER));

        assertTrue(print.isDisabled());
        assertNull(print.getTooltip(), "a disabled button shows no tooltip: the holder carries it");
        assertEquals("No printer is set up on this computer", reasonOn(holder.get()).getText());
        assertNotEquals("Looking for a printer…", print.getAccessibleHelp());
    }

    private static Tooltip reasonOn(Region holder) {
        return (Tooltip) holder.getProperties().get("javafx.scene.control.Tooltip");
    }
}
