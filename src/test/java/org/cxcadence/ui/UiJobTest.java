package org.cxcadence.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.feedback.Feedback;
import org.junit.jupiter.api.Test;

class UiJobTest {

    @Test
    void synchronousExecutorDeliversSuccessToHandlersAttachedAfterwards() {
        List<String> seen = new ArrayList<>();
        new SynchronousUiExecutor().run(() -> "saved")
                .onSuccess(v -> seen.add("success " + v))
                .onError(e -> seen.add("error"))
                .andFinally(() -> seen.add("finally"));
        assertEquals(List.of("success saved", "finally"), seen);
    }

    @Test
    void synchronousExecutorDeliversFailureToTheErrorHandler() {
        List<String> seen = new ArrayList<>();
        new SynchronousUiExecutor().run(() -> {
                    throw new IllegalStateException("disk full");
                })
                .onSuccess(v -> seen.add("success"))
                .onError(e -> seen.add("error " + e.getMessage()))
                .andFinally(() -> seen.add("finally"));
        assertEquals(List.of("error disk full", "finally"), seen);
    }

    @Test
    void whatRunsWhenTheWorkEndsRunsBeforeTheOutcomesHandlersAndFinallyAfterThem() {
        List<String> seen = new ArrayList<>();
        UiJob<String> failing = new UiJob<>();
        failing.onError(e -> seen.add("error")).andFinally(() -> seen.add("finally")).whenEnded(() -> seen.add("ended"));
        failing.fail(new IllegalStateException("disk full"));
        UiJob<String> succeeding = new UiJob<>();
        succeeding.onSuccess(v -> seen.add("success")).whenEnded(() -> seen.add("ended"));
        succeeding.succeed("saved");
        succeeding.whenEnded(() -> seen.add("ended late"));
        assertEquals(List.of("ended", "error", "finally", "ended", "success", "ended late"), seen);
    }

    @Test
    void theStripHasLetGoOfWorkThatFailedWhenTheFailureIsExplained() {
        Feedback feedback = new Feedback(new Messages(Locale.ENGLISH));
        UiJob<String> opening = new UiJob<>();
        List<Integer> tasksWhileExplaining = new ArrayList<>();
        feedback.track("Opening notes.cxcadence…", opening).onError(e -> tasksWhileExplaining.add(feedback.tasks().size()));
        assertEquals(1, feedback.tasks().size());
        opening.fail(new IllegalStateException("not a workspace"));
        assertEquals(List.of(0), tasksWhileExplaining);
    }

    @Test
    void fxExecutorRunsWorkOffTheCallingThreadAndDeliversOnTheDeliveryThread() throws Exception {
        LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
        List<String> seen = new ArrayList<>();
        CountDownLatch workRan = new CountDownLatch(1);
        String caller = Thread.currentThread().getName();
        String[] workerName = new String[1];
        try (FxUiExecutor executor = new FxUiExecutor(fxQueue::add)) {
            executor.run(() -> {
                workerName[0] = Thread.currentThread().getName();
                workRan.countDown();
                return 42;
            }).onSuccess(v -> seen.add("got " + v));
            assertTrue(workRan.await(5, TimeUnit.SECONDS));
            assertTrue(seen.isEmpty(), "nothing is delivered before the delivery thread runs it");
            fxQueue.poll(5, TimeUnit.SECONDS).run();
        }
        assertEquals(List.of("got 42"), seen);
        assertTrue(!caller.equals(workerName[0]), "work ran on " + workerName[0]);
    }
}
