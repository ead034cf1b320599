package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.cxcadence.store.SqliteHeader.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteHeaderTest {
    @TempDir
    Path dir;

    private State classify(Path file) throws Exception {
        return SqliteHeader.classify(file, 1).state();
    }

    @Test
    void missingFileIsMissing() throws Exception {
        assertEquals(State.MISSING, classify(dir.resolve("nothing.cxcadence")));
    }

    @Test
    void zeroByteFileIsEmpty() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.cxcadence"));
        assertEquals(State.EMPTY, classify(file));
    }

    @Test
    void textFileIsNotSqlite() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.cxcadence"), "Dear diary, " + "x".repeat(200));
        assertEquals(State.NOT_SQLITE, classify(file));
    }

    @Test
    void shortNonSqliteFileIsNotSqlite() throws Exception {
        Path file = Files.writeString(dir.resolve("tiny.cxcadence"), "hi");
        assertEquals(State.NOT_SQLITE, classify(file));
    }

    @Test
    void magicFollowedByTruncatedHeaderIsDamaged() throws Exception {
        Path file = Files.write(dir.resolve("cut.cxcadence"),
                "SQLite format 3\0 and then nothing".getBytes(StandardCharsets.US_ASCII));
        assertEquals(State.DAMAGED, classify(file));
    }

    @Test
    void sqliteDatabaseOfAnotherProgramIsForeign() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (x)");
        }
        assertEquals(State.FOREIGN_SQLITE, classify(file));
    }

    @Test
    void sqliteDatabaseWithAnotherApplicationIdIsForeign() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA application_id = 1234");
        }
        assertEquals(State.FOREIGN_SQLITE, classify(file));
    }

    @Test
    void blankSqliteDatabaseWithoutTablesIsEmpty() throws Exception {
        Path file = dir.resolve("blank.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = 0");
            s.executeUpdate("VACUUM"); // forces SQLite to write the (table-less) first page
        }
        assertEquals(State.EMPTY, classify(file));
    }

    @Test
    void ourWorkspaceIsOkAndReportsItsVersion() throws Exception {
        Path file = dir.resolve("a.cxcadence");
        Database.create(file).close();
        SqliteHeader.Classification verdict = SqliteHeader.classify(file, Database.latestSchemaVersion());
        assertEquals(State.OK, verdict.state());
        assertEquals(Database.latestSchemaVersion(), verdict.userVersion());
        assertEquals(SqliteHeader.APPLICATION_ID, verdict.header().applicationId());
    }

    @Test
    void ourWorkspaceWithHigherUserVersionIsNewer() throws Exception {
        Path file = dir.resolve("a.cxcadence");
        Database.create(file).close();
        Files2.pokeInt(file, 60, 7);
        assertEquals(State.NEWER, classify(file));
    }

    @Test
    void invalidPageSizeIsDamaged() throws Exception {
        Path file = dir.resolve("a.cxcadence");
        Database.create(file).close();
        Files2.poke(file, 16, (byte) 0x03, (byte) 0x00); // 768: not a power of two
        assertEquals(State.DAMAGED, classify(file));
    }

    @Test
    void fileShorterThanItsHeaderSaysIsDamaged() throws Exception {
        Path file = dir.resolve("a.cxcadence");
        Database.create(file).close();
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        assertEquals(State.DAMAGED, classify(file));
    }
}
