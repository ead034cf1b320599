package org.cxcadence.service;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.json.WorkspaceStreamWriter;
import org.cxcadence.store.WorkspaceStore;

/**
 * A whole-workspace export on two cores: one thread reads the workspace a part at a time (one read
 * transaction, {@link WorkspaceStore#readInParts}) while the caller's thread writes the parts already
 * read. On the large workspace reading is ~2 s and writing ~0.8 s; one after the other they were ~3 s.
 * Only a few parts are ever waiting, so memory stays that of a few parts.
 *
 * <p>A failure on either side ends both: a read that fails is thrown from {@link #export} as it is; a
 * write that fails stops the read (its thread is interrupted, its transaction rolled back).
 */
final class ExportPipeline {
    /** Parts read but not yet written: enough to keep the writer busy, few enough to stay small. */
    private static final int PARTS_AHEAD = 3;

    private interface Part {
        void writeTo(WorkspaceStreamWriter stream) throws IOException;
    }

    private static final Part END = stream -> { };

    private record Failed(RuntimeException failure) implements Part {
        @Override
        public void writeTo(WorkspaceStreamWriter stream) {
            throw failure;
        }
    }

    private ExportPipeline() {
    }

    /** Writes {@code workspace} into {@code stream}, {@code partSize} sessions or actions a part, and finishes it. */
    static void export(OpenWorkspace workspace, int partSize, WorkspaceStreamWriter stream) throws IOException {
        BlockingQueue<Part> queue = new ArrayBlockingQueue<>(PARTS_AHEAD);
        Thread reader = Thread.ofPlatform().daemon().name("cx-export-read").start(() -> read(workspace, partSize, queue));
        try {
            for (Part part = take(queue); part != END; part = take(queue)) {
                part.writeTo(stream);
            }
        } finally {
            reader.interrupt(); // a write failed (or all is read): a reader waiting to hand on a part stops
            joinQuietly(reader);
        }
        stream.finish();
    }

    private static void read(OpenWorkspace workspace, int partSize, BlockingQueue<Part> queue) {
        try {
            workspace.readInParts(partSize, new WorkspaceStore.Parts() {
                @Override
                public void lists(Workspace lists) {
                    put(queue, stream -> stream.lists(lists));
                }

                @Override
                public void sessions(List<Meeting> sessions) {
                    put(queue, stream -> stream.sessions(sessions));
                }

                @Override
                public void actions(List<ActionItem> actions) {
                    put(queue, stream -> stream.actions(actions));
                }
            });
            put(queue, END);
        } catch (WriterGone e) {
            // the writer stopped first and throws its own failure
        } catch (RuntimeException e) {
            try {
                put(queue, new Failed(e));
            } catch (WriterGone alsoGone) {
                // the writer stopped meanwhile and throws its own failure
            }
        }
    }

    private static void put(BlockingQueue<Part> queue, Part part) {
        try {
            queue.put(part);
        } catch (InterruptedException e) {
            throw new WriterGone();
        }
    }

    private static Part take(BlockingQueue<Part> queue) throws InterruptedIOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the export was interrupted");
        }
    }

    private static void joinQuietly(Thread reader) {
        boolean interrupted = false;
        while (true) {
            try {
                reader.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown on the reading thread when the writer has stopped: ends the read transaction. */
    private static final class WriterGone extends RuntimeException {
        WriterGone() {
            super("the export's writer stopped", null, false, false);
        }
    }
}
