package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.cxcadence.store.Database.Mode;
import org.cxcadence.testing.ManualScheduler;
import org.cxcadence.ui.SynchronousUiExecutor;
import org.cxcadence.ui.common.Autosaver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk while typing, made real with {@code PRAGMA max_page_count} on the write connection:
 * SQLite answers "database or disk is full" exactly as it would with no space left.
 */
class DiskFullAutosaveTest {
    @TempDir
    Path dir;

    private static final String KEY = "notes-typed";

    private static void saveNotes(Database db, String text) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, KEY);
                ps.setString(2, text);
                ps.executeUpdate();
            }
        });
    }

    private static String readNotes(Database db) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                ps.setString(1, KEY);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    @Test
    void aFullDiskShowsTheErrorKeepsTheTextAndTheFileValidAndSavingResumes() throws Exception {
        Path file = dir.resolve("full.cxcadence");
        try (Database created = Database.create(file)) {
            new WorkspaceStore(created).replaceAll(SampleWorkspace.full());
        }
        String typed = "Customer call notes. ".repeat(20_000); // ~420 KB: needs new pages
        try (Database db = Database.openExisting(file, Mode.WRITE)) {
            long pages = db.pragmaOnWriterForTesting("PRAGMA page_count");
            assertEquals(pages, db.pragmaOnWriterForTesting("PRAGMA max_page_count = " + pages));

            typeOnAFullDiskThenFreeSpace(db, typed, null,
                    () -> db.pragmaOnWriterForTesting("PRAGMA max_page_count = 1073741823"));
        }
        assertTrue(IntegrityCheck.check(file).ok());
    }

    /**
     * The same on a real full file system: a 4 MB tmpfs, mounted where the test may (root on
     * Linux, as in these containers), filled to the last byte once the workspace is open; skipped
     * where it cannot mount one.
     */
    @Test
    void aRealFullTmpfsShowsTheErrorKeepsTheTextAndSavingResumesOnceSpaceIsFreed() throws Exception {
        Path mount = java.nio.file.Files.createDirectories(dir.resolve("tiny"));
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "Linux only");
        org.junit.jupiter.api.Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs",
                mount.toString()) == 0, "cannot mount a tmpfs here (needs root)");
        try {
            Path file = mount.resolve("full.cxcadence");
            try (Database created = Database.create(file)) {
                new WorkspaceStore(created).replaceAll(SampleWorkspace.full());
            }
            String typed = "Customer call notes. ".repeat(20_000);
            try (Database db = Database.openExisting(file, Mode.WRITE)) {
                saveNotes(db, "before"); // the WAL and its index exist before the disk fills
                Path filler = mount.resolve("filler");
                fillUp(filler);

                typeOnAFullDiskThenFreeSpace(db, typed, "before", () -> {
                    try {
                        java.nio.file.Files.delete(filler);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            assertTrue(IntegrityCheck.check(file).ok());
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    /**
     * Types {@code typed} on a full disk: the autosave fails visibly, keeps the text, writes nothing
     * half ({@code before} stays) and leaves the file valid; after {@code freeSpace} the retry saves it.
     */
    private static void typeOnAFullDiskThenFreeSpace(Database db, String typed, String before, Runnable freeSpace) {
        ManualScheduler scheduler = new ManualScheduler();
        Autosaver autosaver = new Autosaver(new SynchronousUiExecutor(), scheduler);
        autosaver.submit("notes", () -> saveNotes(db, typed));
        scheduler.advance(Autosaver.DELAY);

        assertEquals(Autosaver.State.FAILED, autosaver.stateProperty().get());
        assertTrue(autosaver.errorProperty().get().contains("full"), autosaver.errorProperty().get());
        assertTrue(autosaver.hasPending(), "the typed text is still held, waiting to be saved");
        assertEquals(before, readNotes(db), "nothing half-written");
        assertTrue(db.checkIntegrity().ok(), "the file stays valid");

        freeSpace.run();
        scheduler.advance(java.time.Duration.ofSeconds(5)); // the retry
        assertEquals(Autosaver.State.SAVED, autosaver.stateProperty().get());
        assertEquals("", autosaver.errorProperty().get());
        assertEquals(typed, readNotes(db));
    }

    /** Writes zeros into {@code filler} until the file system has no byte left. */
    private static void fillUp(Path filler) {
        byte[] chunk = new byte[4096];
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(filler)) {
            for (int i = 0; i < 1 << 20; i++) {
                out.write(chunk);
                out.flush();
            }
        } catch (java.io.IOException full) {
            return; // "No space left on device"
        }
        throw new IllegalStateException("the tmpfs never filled up");
    }

    private static int run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
