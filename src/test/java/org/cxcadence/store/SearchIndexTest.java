package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.cxcadence.store.Database.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits of indexed text mark their search entries and the marks are caught up later (migration V002):
 * at the next search, at the next open for writing, at close. Real SQLite files throughout.
 */
class SearchIndexTest {
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

    private static void editNotes(Database db, String notes) {
        db.write(c -> Sql.execute(c, "UPDATE agenda_items SET notes = ? WHERE id = 'a-1'", notes));
    }

    private static List<String> hits(Database db, String words) {
        return new SearchRepository(db).search(words, 10).stream().map(SearchRepository.Hit::refId).toList();
    }

    /** The index as stored, without catching up first. */
    private static List<String> indexed(Database db, String match) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT ref_id FROM search_index WHERE search_index MATCH ? ORDER BY rowid")) {
                ps.setString(1, match);
                try (var rs = ps.executeQuery()) {
                    List<String> refs = new java.util.ArrayList<>();
                    while (rs.next()) {
                        refs.add(rs.getString(1));
                    }
                    return refs;
                }
            }
        });
    }

    private static int marked(Database db) {
        return db.read(c -> Sql.queryInt(c, "SELECT count(*) FROM search_pending"));
    }

    @Test
    void anEditIsFoundByItsNewWordsAndNotItsOldOnesAtTheNextSearch() {
        assertEquals(List.of("a-1"), hits(db, "hurts"));
        editNotes(db, "Renewals slipped in the north");
        assertEquals(List.of("a-1"), hits(db, "renewals"));
        assertEquals(List.of(), hits(db, "hurts"));
        assertEquals(0, marked(db));
    }

    @Test
    void repeatedEditsOfOneNoteMarkItsEntryOnceAndLeaveTheIndexUntilCaughtUp() {
        editNotes(db, "first draft");
        editNotes(db, "second draft");
        editNotes(db, "third draft");
        assertEquals(1, marked(db));
        assertEquals(List.of("a-1"), indexed(db, "hurts"), "the entry is rewritten once, when caught up");
        db.write(SearchIndex::catchUp);
        assertEquals(List.of(), indexed(db, "hurts"));
        assertEquals(List.of("a-1"), indexed(db, "third"));
        assertEquals(List.of(), indexed(db, "second"));
    }

    @Test
    void aMarkedEntryWhoseRowIsGoneLeavesTheIndexAndTheIndexStaysSound() {
        editNotes(db, "Renewals slipped");
        db.write(c -> Sql.execute(c, "DELETE FROM agenda_items WHERE id = 'a-1'"));
        db.write(SearchIndex::catchUp);
        assertEquals(List.of(), indexed(db, "renewals"));
        assertEquals(List.of(), indexed(db, "hurts"));
        db.write(c -> Sql.execute(c, "INSERT INTO search_index (search_index) VALUES ('integrity-check')"));
    }

    @Test
    void closingCatchesUpSoAFileAtRestHasNoMarks() throws Exception {
        editNotes(db, "Renewals slipped");
        db.close();
        try (Database readOnly = Database.openExisting(file, Mode.READ_ONLY)) {
            assertEquals(0, marked(readOnly));
            assertEquals(List.of("a-1"), indexed(readOnly, "renewals"));
        }
    }

    @Test
    void marksLeftByAStopWithoutCloseAreCaughtUpWhenTheWorkspaceIsNextOpenedForWriting() throws Exception {
        editNotes(db, "Renewals slipped");
        Path copy = db.backupTo(dir.resolve("copy.cxcadence")); // the file as a crash would leave it: marked
        try (Database readOnly = Database.openExisting(copy, Mode.READ_ONLY)) {
            assertEquals(1, marked(readOnly));
        }
        try (Database reopened = Database.openExisting(copy, Mode.WRITE)) {
            reopened.write(c -> { }); // after the queued catch-up
            assertEquals(0, marked(reopened));
            assertEquals(List.of("a-1"), indexed(reopened, "renewals"));
            assertEquals(List.of(), indexed(reopened, "hurts"));
        }
    }

    @Test
    void aWorkspaceOfTheFirstFormatIsMigratedAndItsEditsAreMarkedAndFound() throws Exception {
        Path older = dir.resolve("older.cxcadence");
        try (Database first = Database.create(older, new Migrations(List.of(Migrations.bundled().all().getFirst())))) {
            new WorkspaceStore(first).replaceAll(SampleWorkspace.full());
        }
        try (Database migrated = Database.openExisting(older, Mode.WRITE)) {
            assertEquals(Database.latestSchemaVersion(), (int) migrated.read(Migrator::userVersion));
            editNotes(migrated, "Renewals slipped");
            assertEquals(1, marked(migrated));
            assertEquals(List.of("a-1"), hits(migrated, "renewals"));
            assertEquals(List.of(), hits(migrated, "hurts"));
        }
    }
}
