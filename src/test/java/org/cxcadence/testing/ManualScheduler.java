package org.cxcadence.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.cxcadence.ui.common.Scheduler;

/** A scheduler driven by the test: time passes only when {@link #advance} is called. */
public final class ManualScheduler implements Scheduler {
    private final List<Entry> entries = new ArrayList<>();
    private long now;

    private static final class Entry {
        final long due;
        final Runnable task;
        boolean cancelled;

        Entry(long due, Runnable task) {
            this.due = due;
            this.task = task;
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        Entry e = new Entry(now + delay.toMillis(), task);
        entries.add(e);
        return () -> e.cancelled = true;
    }

    public void advance(Duration by) {
        long target = now + by.toMillis();
        while (true) {
            Entry next = entries.stream().filter(e -> !e.cancelled && e.due <= target)
                    .min((a, b) -> Long.compare(a.due, b.due)).orElse(null);
            if (next == null) {
                break;
            }
            now = next.due;
            next.cancelled = true;
            next.task.run();
        }
        now = target;
    }
}
