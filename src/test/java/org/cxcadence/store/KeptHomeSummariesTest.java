package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.cxcadence.store.Database.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Home's summary kept in the workspace (migration V003, docs/decisions/0010): found for its day and
 * build only, and gone with any write of content, so a summary found is one of exactly what the file
 * holds. Real SQLite files throughout; the bytes are opaque here.
 */
class KeptHomeSummariesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final String BUILD = "1.0 2026-11-20T10:00:00.000Z";
    private static final byte[] SUMMARY = "a summary".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    Path file;
    Database db;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("a.cxcadence");
        db = Database.create(file);
        new WorkspaceStore(db).replaceAll(SampleWorkspace.full());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private boolean keep(long mark, LocalDate... days) {
        SortedMap<LocalDate, byte[]> byDay = new TreeMap<>();
        for (LocalDate day : days) {
            byDay.put(day, (SUMMARY.length + " " + day).getBytes(StandardCharsets.UTF_8));
        }
        return db.keepHomeSummaries(mark, BUILD, byDay).join();
    }

    private void renamePerson() {
        db.write(c -> Sql.execute(c, "UPDATE people SET name = name || ' Jr' WHERE rowid = (SELECT min(rowid) FROM people)"));
    }

    @Test
    void aKeptSummaryIsFoundForItsDayAndItsBuildOnly() {
        assertTrue(db.keepHomeSummaries(db.writeMark(), BUILD, new TreeMap<>(java.util.Map.of(DAY, SUMMARY))).join());
        assertArrayEquals(SUMMARY, db.keptHomeSummary(DAY, BUILD).orElseThrow());
        assertTrue(db.keptHomeSummary(DAY.plusDays(1), BUILD).isEmpty(), "another day judges stalled and overdue anew");
        assertTrue(db.keptHomeSummary(DAY, "1.0 2026-11-21T10:00:00.000Z").isEmpty(), "another build may judge otherwise");
    }

    @Test
    void anyWriteOfContentDropsEveryKeptSummaryInItsOwnTransaction() {
        assertTrue(keep(db.writeMark(), DAY, DAY.plusDays(1)));
        renamePerson();
        assertTrue(db.keptHomeSummary(DAY, BUILD).isEmpty());
        assertTrue(db.keptHomeSummary(DAY.plusDays(1), BUILD).isEmpty());

        // Kept again, and a later write drops it again: the second time is not skipped.
        assertTrue(keep(db.writeMark(), DAY));
        renamePerson();
        assertTrue(db.keptHomeSummary(DAY, BUILD).isEmpty());
    }

    @Test
    void aWriteRolledBackLeavesTheKeptSummary() {
        assertTrue(keep(db.writeMark(), DAY));
        try {
            db.write(c -> {
                Sql.execute(c, "UPDATE people SET name = 'x'");
                throw new IllegalStateException("refused midway");
            });
        } catch (IllegalStateException expected) {
            // the write's own failure
        }
        assertTrue(db.keptHomeSummary(DAY, BUILD).isPresent(), "nothing changed, so the summary still holds");
        renamePerson();
        assertTrue(db.keptHomeSummary(DAY, BUILD).isEmpty(), "and the next write still drops it");
    }

    @Test
    void aSummaryReadBeforeAWriteIsNotKept() {
        long mark = db.writeMark();
        renamePerson(); // committed while the summary was being built from the read before it
        assertFalse(keep(mark, DAY));
        assertTrue(db.keptHomeSummary(DAY, BUILD).isEmpty());
    }

    @Test
    void searchEntriesCaughtUpWhileTheSummaryWasBuiltDoNotStopItBeingKept() {
        long mark = db.writeMark();
        db.writeDerived(SearchIndex::catchUp); // as queued by every open, racing Home's read
        assertTrue(keep(mark, DAY));
    }

    @Test
    void bringingSearchEntriesUpToDateIsNoWriteOfContent() {
        assertTrue(keep(db.writeMark(), DAY));
        db.writeDerived(SearchIndex::catchUp);
        assertTrue(db.keptHomeSummary(DAY, BUILD).isPresent());
    }

    @Test
    void theKeptSummaryOutlivesCloseAndTheNextOpensFirstWriteDropsIt() throws Exception {
        assertTrue(keep(db.writeMark(), DAY));
        db.close();
        db = Database.openExisting(file, Mode.WRITE);
        assertTrue(db.keptHomeSummary(DAY, BUILD).isPresent(), "closing (search entries caught up, checkpoint) keeps it");
        renamePerson();
        assertTrue(db.keptHomeSummary(DAY, BUILD).isEmpty(), "this process did not keep it, and drops it all the same");
    }

    @Test
    void keepingForLaterDaysLeavesNoneForDaysBeforeTheFirstOrFromAnotherBuild() {
        assertTrue(db.keepHomeSummaries(db.writeMark(), "older build", new TreeMap<>(java.util.Map.of(DAY, SUMMARY))).join());
        assertTrue(keep(db.writeMark(), DAY.minusDays(1), DAY));
        assertTrue(keep(db.writeMark(), DAY, DAY.plusDays(1)));
        assertTrue(db.keptHomeSummary(DAY.minusDays(1), BUILD).isEmpty());
        assertTrue(db.keptHomeSummary(DAY, "older build").isEmpty());
        assertTrue(db.keptHomeSummary(DAY.plusDays(1), BUILD).isPresent());
    }

    @Test
    void aMigrationDropsWhatWasKeptForItMayChangeContentOutsideTheWriteQueue() throws Exception {
        assertTrue(keep(db.writeMark(), DAY));
        db.close();
        List<Migration> withOneMore = new ArrayList<>(Migrations.bundled().all());
        withOneMore.add(new Migration(withOneMore.size() + 1, "V999__rename_people.sql", "UPDATE people SET name = upper(name);"));
        db = Database.openExisting(file, Mode.WRITE, new Migrations(withOneMore));
        assertTrue(db.keptHomeSummary(DAY, BUILD).isEmpty());
    }

    @Test
    void aFileWithoutTheTableKeepsNothingAndFindsNothing() throws Exception {
        Path older = dir.resolve("older.cxcadence");
        try (Database two = Database.create(older, new Migrations(Migrations.bundled().all().subList(0, 2)))) {
            assertTrue(two.keptHomeSummary(DAY, BUILD).isEmpty());
            assertTrue(two.daysWithKeptHomeSummary(BUILD).isEmpty());
            assertFalse(two.keepHomeSummaries(two.writeMark(), BUILD, new TreeMap<>(java.util.Map.of(DAY, SUMMARY))).join());
            two.write(c -> Sql.execute(c, "UPDATE people SET name = name")); // and its writes do not fail on it
        }
    }

    @Test
    void theDaysKeptAreThoseOfTheBuildAsked() {
        assertTrue(keep(db.writeMark(), DAY, DAY.plusDays(1)));
        assertEquals(java.util.Set.of(DAY, DAY.plusDays(1)), db.daysWithKeptHomeSummary(BUILD));
        assertTrue(db.daysWithKeptHomeSummary("another build").isEmpty());
    }

    @Test
    void aWorkspaceOpenReadOnlyKeepsNothingButReadsWhatTheWriterKept() throws Exception {
        assertTrue(keep(db.writeMark(), DAY));
        try (Database reader = Database.openExisting(file, Mode.READ_ONLY)) {
            assertTrue(reader.keptHomeSummary(DAY, BUILD).isPresent());
            assertFalse(reader.keepHomeSummaries(reader.writeMark(), BUILD, new TreeMap<>(java.util.Map.of(DAY.plusDays(2), SUMMARY))).join());
        }
    }
}
