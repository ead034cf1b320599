package org.cxcadence.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.testfx.util.WaitForAsyncUtils;

/** Waits for background work to come back to the FX thread (the app's executor is asynchronous). */
public final class FxWait {
    private FxWait() {
    }

    public static void until(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 40 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
