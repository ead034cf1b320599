package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTransactionsTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.create(dir.resolve("a.cxcadence"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int settingsCount() {
        return db.read(c -> Sql.queryInt(c, "SELECT count(*) FROM settings"));
    }

    private static void insertSetting(java.sql.Connection c, String key) throws java.sql.SQLException {
        try (var ps = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, 'v')")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    @Test
    void inTransactionCommitsAndReturnsTheResult() {
        String result = db.inTransaction(c -> {
            insertSetting(c, "a");
            return "done";
        });
        assertEquals("done", result);
        assertEquals(1, settingsCount());
    }

    @Test
    void exceptionInWorkRollsBackEverythingAndReachesTheCaller() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad input");
        IllegalArgumentException caught = assertThrows(IllegalArgumentException.class, () -> db.write(c -> {
            insertSetting(c, "a");
            throw thrown;
        }));
        assertSame(thrown, caught);
        assertEquals(0, settingsCount());
    }

    @Test
    void sqlErrorRollsBackAndBecomesStoreException() {
        assertThrows(StoreException.class, () -> db.write(c -> {
            insertSetting(c, "a");
            insertSetting(c, "a"); // duplicate key
        }));
        assertEquals(0, settingsCount());
    }

    @Test
    void danglingReferenceFailsAtCommitAndRollsBack() {
        StoreException e = assertThrows(StoreException.class, () -> db.write(c -> {
            insertSetting(c, "a");
            Sql.execute(c, """
                    INSERT INTO action_items (id, list_order, title, owner_id, status)
                    VALUES ('x', 0, 'Orphan', 'nobody', 'OPEN')""");
        }));
        assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
        assertEquals(0, settingsCount());
        db.write(c -> insertSetting(c, "after")); // the connection is usable again
        assertEquals(1, settingsCount());
    }

    @Test
    void submittedWorkRunsInOrderOnOneWriterThread() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        List<CompletableFuture<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            futures.add(db.submit(c -> {
                threads.add(Thread.currentThread());
                insertSetting(c, String.format("k%02d", n));
                return Sql.queryInt(c, "SELECT count(*) FROM settings");
            }));
        }
        for (int i = 0; i < futures.size(); i++) {
            assertEquals(i + 1, futures.get(i).join());
        }
        assertEquals(1, threads.size());
        assertTrue(threads.iterator().next() != Thread.currentThread());
    }

    @Test
    void failedSubmissionCompletesExceptionally() {
        CompletableFuture<Object> future = db.submit(c -> {
            throw new IllegalStateException("nope");
        });
        CompletionException e = assertThrows(CompletionException.class, future::join);
        assertTrue(e.getCause() instanceof IllegalStateException);
    }

    @Test
    void waitingForAWriteFromTheWriterThreadIsRefusedInsteadOfDeadlocking() {
        CompletableFuture<Object> future = db.submit(c -> db.inTransaction(inner -> "never"));
        CompletionException e = assertThrows(CompletionException.class, future::join);
        assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
    }

    @Test
    void readSeesOneSnapshotWhileTheWriterCommits() {
        db.write(c -> insertSetting(c, "a"));
        int[] counts = db.read(c -> {
            int first = Sql.queryInt(c, "SELECT count(*) FROM settings");
            db.write(w -> insertSetting(w, "b"));
            int second = Sql.queryInt(c, "SELECT count(*) FROM settings");
            return new int[] {first, second};
        });
        assertEquals(1, counts[0]);
        assertEquals(1, counts[1]);
        assertEquals(2, settingsCount());
    }

    @Test
    void writesAfterCloseAreRefused() {
        db.close();
        assertThrows(IllegalStateException.class, () -> db.write(c -> insertSetting(c, "late")));
    }

    @Test
    void twoReadsAtOnceSeeTheSameStateWhenNothingIsWritten() {
        insertSetting_("a");
        List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        int[] counts = db.readInParallel(c -> {
            threads.add(Thread.currentThread().getName());
            return Sql.queryInt(c, "SELECT count(*) FROM settings");
        }, c -> {
            threads.add(Thread.currentThread().getName());
            return Sql.queryInt(c, "SELECT count(*) FROM settings");
        }, (a, b) -> new int[] {a, b});
        assertEquals(List.of(1, 1), List.of(counts[0], counts[1]));
        assertEquals(2, Set.copyOf(threads).size(), "on two threads: " + threads);
    }

    @Test
    void aCommitBetweenTheTwoReadsMakesThemReadAgainInOneTransaction() throws Exception {
        insertSetting_("a");
        java.util.concurrent.CountDownLatch firstRead = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch committed = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<int[]> both = CompletableFuture.supplyAsync(() -> db.readInParallel(c -> {
            int n = Sql.queryInt(c, "SELECT count(*) FROM settings"); // this read's snapshot starts here
            firstRead.countDown();
            await(committed);
            return n;
        }, c -> {
            await(committed);
            return Sql.queryInt(c, "SELECT count(*) FROM settings");
        }, (a, b) -> new int[] {a, b}));
        firstRead.await();
        db.write(c -> insertSetting(c, "b"));
        committed.countDown();
        int[] counts = both.join();
        assertEquals(List.of(2, 2), List.of(counts[0], counts[1]), "one state, the one after the commit");
    }

    @Test
    void manyCallersReadingInTwoHalvesAtOnceAllFinish() {
        insertSetting_("a");
        // Four callers on a pool of two read connections: none may hold a connection while it waits for its
        // other half (two callers doing so would wait for ever).
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
            List<CompletableFuture<Integer>> callers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                callers.add(CompletableFuture.supplyAsync(() -> {
                    int sum = 0;
                    for (int i = 0; i < 200; i++) {
                        sum += db.readInParallel(c -> Sql.queryInt(c, "SELECT count(*) FROM settings"),
                                c -> Sql.queryInt(c, "SELECT count(*) FROM settings"), Integer::sum);
                    }
                    return sum;
                }, java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()));
            }
            for (CompletableFuture<Integer> caller : callers) {
                assertEquals(400, caller.join());
            }
        });
    }

    private void insertSetting_(String key) {
        db.write(c -> insertSetting(c, key));
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, java.util.concurrent.TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
