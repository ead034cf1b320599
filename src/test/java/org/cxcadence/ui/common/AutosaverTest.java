package org.cxcadence.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.cxcadence.testing.ManualScheduler;
import org.cxcadence.ui.SynchronousUiExecutor;
import org.junit.jupiter.api.Test;

class AutosaverTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final Autosaver autosaver = new Autosaver(new SynchronousUiExecutor(), clock);
    private final List<String> committed = new ArrayList<>();

    private void type(String field, String text) {
        autosaver.submit(field, () -> committed.add(field + "=" + text));
    }

    @Test
    void editsAreCommittedOnceTypingPausesWithinHalfASecond() {
        type("name", "A");
        clock.advance(Duration.ofMillis(300));
        type("name", "Ad");
        clock.advance(Duration.ofMillis(300));
        assertTrue(committed.isEmpty(), "still typing");
        clock.advance(Duration.ofMillis(200));
        assertEquals(List.of("name=Ad"), committed, "only the latest text of a field is written");
        assertEquals(Autosaver.State.SAVED, autosaver.stateProperty().get());
        assertTrue(Autosaver.DELAY.toMillis() <= 500);
    }

    @Test
    void flushCommitsEverythingPendingAtOnceInTheOrderTyped() {
        type("title", "Renewals");
        type("notes", "Churn up in SMB");
        autosaver.flush();
        assertEquals(List.of("title=Renewals", "notes=Churn up in SMB"), committed);
        assertFalse(autosaver.hasPending());
    }

    @Test
    void failedCommitKeepsTheEditShowsTheErrorAndRetriesUntilItSucceeds() {
        boolean[] diskFull = {true};
        autosaver.submit("notes", () -> {
            if (diskFull[0]) {
                throw new IllegalStateException("database or disk is full");
            }
            committed.add("notes=kept");
        });
        autosaver.flush();
        assertEquals(Autosaver.State.FAILED, autosaver.stateProperty().get());
        assertEquals("database or disk is full", autosaver.errorProperty().get());
        assertTrue(autosaver.hasPending());
        diskFull[0] = false;
        clock.advance(Autosaver.RETRY);
        assertEquals(List.of("notes=kept"), committed);
        assertEquals(Autosaver.State.SAVED, autosaver.stateProperty().get());
        assertEquals("", autosaver.errorProperty().get());
    }

    @Test
    void newerEditReplacesAFailedOneOfTheSameField() {
        autosaver.submit("notes", () -> {
            throw new IllegalStateException("disk full");
        });
        autosaver.flush();
        type("notes", "newer");
        autosaver.flush();
        assertEquals(List.of("notes=newer"), committed);
    }
}
