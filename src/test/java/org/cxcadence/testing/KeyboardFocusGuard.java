package org.cxcadence.testing;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Gives headless test windows the keyboard the way a desktop does, for every TestFX test (registered
 * through {@code META-INF/services}, so no test can forget it).
 *
 * <p>Why: under Monocle a stage no longer takes the focus when shown (JavaFX 20 and later), and a
 * popup that took it (a tooltip under a mouse pointer left over from an earlier test) does not give
 * it back when it hides. Keys typed by the robot then go nowhere and a test waits in vain for a
 * field to be focused: flaky on a busy CI machine, never seen on a desktop. So before each test the
 * top stage gets the focus, and whenever a popup hides, its owner stage gets it back.
 */
public final class KeyboardFocusGuard implements BeforeTestExecutionCallback {
    private static final AtomicBoolean WATCHING_POPUPS = new AtomicBoolean();

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        if (!FxToolkit.isFXApplicationThreadRunning()) {
            return;
        }
        Platform.runLater(() -> {
            if (WATCHING_POPUPS.compareAndSet(false, true)) {
                Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                    while (change.next()) {
                        change.getRemoved().stream().filter(PopupWindow.class::isInstance)
                                .map(KeyboardFocusGuard::rootOwner)
                                .filter(Window::isShowing)
                                .forEach(owner -> Platform.runLater(owner::requestFocus));
                    }
                });
            }
            topStage().ifPresent(Window::requestFocus);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Window rootOwner(Window window) {
        Window owner = window;
        while (owner instanceof PopupWindow popup && popup.getOwnerWindow() != null) {
            owner = popup.getOwnerWindow();
        }
        return owner;
    }

    /** The last shown stage: a dialog if one is open, otherwise the main window. */
    private static java.util.Optional<Window> topStage() {
        List<Window> stages = Window.getWindows().stream().filter(Stage.class::isInstance).filter(Window::isShowing).toList();
        return stages.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(stages.getLast());
    }
}
