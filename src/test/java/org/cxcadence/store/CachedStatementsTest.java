package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's kept statements, on a real SQLite file. */
class CachedStatementsTest {
    private static final String INSERT = "INSERT INTO settings (key, value) VALUES (?, ?)";

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

    @Test
    void theWriterKeepsAStatementItsUsersCloseAndTheWorkspaceClosesItAtTheEnd() throws Exception {
        List<PreparedStatement> handedOut = new ArrayList<>();
        for (String key : List.of("a", "b")) {
            db.write(c -> {
                try (PreparedStatement ps = CachedStatements.prepare(c, INSERT)) {
                    ps.setString(1, key);
                    ps.setString(2, "value " + key);
                    ps.executeUpdate();
                    handedOut.add(ps);
                }
            });
        }
        assertFalse(handedOut.getFirst().isClosed(), "closing a kept statement keeps it prepared");
        assertEquals(2, (int) db.read(c -> Sql.queryInt(c, "SELECT count(*) FROM settings")));
        db.close();
        assertTrue(handedOut.getFirst().isClosed(), "the workspace's close closes what it kept");
    }

    @Test
    void anyOtherConnectionGetsAnOrdinaryStatement() throws Exception {
        PreparedStatement onReader = db.read(c -> {
            try (PreparedStatement ps = CachedStatements.prepare(c, "SELECT 1")) {
                return ps;
            }
        });
        assertTrue(onReader.isClosed());
    }

    @Test
    void aKeptStatementWhoseRunFailedServesTheNextWrite() {
        db.write(c -> Sql.execute(c, "INSERT INTO settings (key, value) VALUES ('a', 'first')"));
        StoreException clash = assertThrows(StoreException.class, () -> db.write(c -> {
            try (PreparedStatement ps = CachedStatements.prepare(c, INSERT)) {
                ps.setString(1, "a");
                ps.setString(2, "again");
                ps.executeUpdate();
            }
        }));
        assertTrue(clash.getMessage().contains("UNIQUE"), clash.getMessage());
        db.write(c -> {
            try (PreparedStatement ps = CachedStatements.prepare(c, INSERT)) {
                ps.setString(1, "b");
                ps.setString(2, "second");
                ps.executeUpdate();
            }
        });
        assertEquals("second", db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE key = 'b'");
                 var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }));
    }

    @Test
    void keptStatementsDoNotHoldUpABackupOrTheCheckpointAtClose() throws Exception {
        db.write(c -> {
            try (PreparedStatement ps = CachedStatements.prepare(c, INSERT)) {
                ps.setString(1, "a");
                ps.setString(2, "kept");
                ps.executeUpdate();
            }
            try (PreparedStatement ps = CachedStatements.prepare(c, "SELECT value FROM settings");
                 var rs = ps.executeQuery()) {
                assertTrue(rs.next());
            }
        });
        Path copy = db.backupTo(dir.resolve("copy.cxcadence"));
        assertTrue(Files.size(copy) > 0);
        db.close();
        Path wal = WorkspaceFiles.walFile(dir.resolve("a.cxcadence"));
        assertEquals(0, Files.exists(wal) ? Files.size(wal) : 0, "the close checkpointed the WAL away");
    }
}
