package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.cxcadence.store.Database.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrityCheckTest {
    @TempDir
    Path dir;

    private Path workspaceWithSample() throws Exception {
        Path file = dir.resolve("a.cxcadence");
        try (Database db = Database.create(file)) {
            new WorkspaceStore(db).replaceAll(SampleWorkspace.full());
        }
        return file;
    }

    @Test
    void healthyWorkspaceReportsOk() throws Exception {
        IntegrityReport report = IntegrityCheck.check(workspaceWithSample());
        assertTrue(report.ok(), report.problems().toString());
        assertEquals(0, report.problems().size());
    }

    @Test
    void flippedBytesInATablePageAreReportedAsDamagedWhileTheFileStaysUnchanged() throws Exception {
        Path file = workspaceWithSample();
        int pageSize;
        int rootPage;
        try (Database db = Database.openExisting(file, Mode.READ_ONLY)) {
            pageSize = db.read(c -> Sql.queryInt(c, "PRAGMA page_size"));
            rootPage = db.read(c -> Sql.queryInt(c, "SELECT rootpage FROM sqlite_schema WHERE name = 'people'"));
        }
        assertTrue(rootPage > 1, "people must live beyond the header page");
        long pageStart = (long) (rootPage - 1) * pageSize;
        // Garbage in the b-tree page header: cell count and cell-content offset, not the file header.
        Files2.poke(file, pageStart + 3, (byte) 0x7F, (byte) 0x7F, (byte) 0x00, (byte) 0x01);
        Map<String, String> before = Files2.fingerprint(dir);

        IntegrityReport report = IntegrityCheck.check(file);

        assertFalse(report.ok());
        assertTrue(report.damaged());
        assertFalse(report.problems().isEmpty());
        assertEquals(before, Files2.fingerprint(dir), "checking must not change any file");
    }

    @Test
    void danglingReferenceIsReportedByTheForeignKeyCheck() throws Exception {
        Path file = workspaceWithSample();
        // Written behind the app's back, with foreign keys off, as another tool might.
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var s = c.createStatement()) {
            s.executeUpdate("PRAGMA foreign_keys = OFF");
            s.executeUpdate("UPDATE action_items SET owner_id = 'ghost' WHERE id = 'ai-1'");
        }
        IntegrityReport report = IntegrityCheck.check(file);
        assertFalse(report.ok());
        assertTrue(report.problems().getFirst().contains("action_items"), report.problems().toString());
    }
}
