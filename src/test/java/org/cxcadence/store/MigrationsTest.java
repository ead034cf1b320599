package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cxcadence.store.Database.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path dir;

    private static Migration bundled(int version) {
        return Migrations.bundled().all().get(version - 1);
    }

    @Test
    void bundledMigrationNumbersAreUniqueAndContiguousFromOne() {
        List<String> names = Migrations.bundledScriptNames();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            int version = Migration.versionOf(names.get(i));
            assertTrue(seen.add(version), "duplicate migration number " + version);
            assertEquals(i + 1, version, "migration " + names.get(i) + " out of sequence");
        }
        assertEquals(names.size(), Database.latestSchemaVersion());
    }

    @Test
    void everyScriptInTheMigrationsFolderIsListedInTheIndex() throws IOException, URISyntaxException {
        Path folder = Path.of(Migrations.class.getResource(Migrations.FOLDER).toURI());
        List<String> onDisk = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().forEach(onDisk::add);
        }
        onDisk.forEach(name -> assertTrue(Migration.isScriptName(name), "badly named script " + name));
        assertEquals(onDisk, Migrations.bundledScriptNames().stream().sorted().toList());
    }

    @Test
    void gapsOrRepeatsInMigrationNumbersAreRejected() {
        Migration one = bundled(1);
        assertThrows(IllegalStateException.class,
                () -> new Migrations(List.of(one, new Migration(3, "V003__x.sql", "SELECT 1;"))));
        assertThrows(IllegalStateException.class,
                () -> new Migrations(List.of(one, new Migration(1, "V001__again.sql", "SELECT 1;"))));
    }

    @Test
    void migrationFailingMidWayLeavesTheFileAtItsPreviousVersion() throws Exception {
        Path file = dir.resolve("a.cxcadence");
        Database.create(file, new Migrations(List.of(bundled(1)))).close();
        Migration broken = new Migration(2, "V002__broken.sql", """
                CREATE TABLE half_done (x INTEGER);
                INSERT INTO half_done VALUES (1);
                THIS IS NOT SQL;
                """);
        Migrations withBroken = new Migrations(List.of(bundled(1), broken));

        StoreException e = assertThrows(StoreException.class, () -> Database.openExisting(file, Mode.WRITE, withBroken));
        assertTrue(e.getMessage().contains("V002__broken.sql"), e.getMessage());

        try (Database db = Database.openExisting(file, Mode.READ_ONLY, new Migrations(List.of(bundled(1))))) {
            assertEquals(1, (int) db.read(Migrator::userVersion));
            assertEquals(0, (int) db.read(c -> Sql.queryInt(c,
                    "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'")));
        }
    }

    /**
     * The fault run "a migration failing at each step": two pending migrations, the second failing
     * at its first, second, third or fourth statement. The first stays applied, the second leaves no
     * trace, the data is all there, and the verified backup taken before migrating holds the file
     * as it was.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "V003 fails at statement {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 4})
    void aMigrationFailingAtAnyStepLeavesTheFileAtTheLastGoodVersionWithAllItsData(int failingStep) throws Exception {
        Path file = dir.resolve("step" + failingStep + ".cxcadence");
        try (Database db = Database.create(file, new Migrations(List.of(bundled(1))))) {
            new WorkspaceStore(db).replaceAll(SampleWorkspace.full());
        }
        Migration good = new Migration(2, "V002__good.sql", "CREATE TABLE good (x INTEGER); INSERT INTO good VALUES (2);");
        List<String> steps = new ArrayList<>(List.of("CREATE TABLE later (x INTEGER);", "INSERT INTO later VALUES (3);",
                "ALTER TABLE people ADD COLUMN nickname TEXT;", "UPDATE people SET nickname = name;"));
        steps.set(failingStep - 1, "THIS IS NOT SQL;");
        Migration failing = new Migration(3, "V003__failing.sql", String.join("\n", steps));
        Migrations all = new Migrations(List.of(bundled(1), good, failing));

        StoreException e = assertThrows(StoreException.class, () -> Database.openExisting(file, Mode.WRITE, all));
        assertTrue(e.getMessage().contains("V003__failing.sql"), e.getMessage());

        try (Database db = Database.openExisting(file, Mode.READ_ONLY, new Migrations(List.of(bundled(1), good)))) {
            assertEquals(2, (int) db.read(Migrator::userVersion));
            assertEquals(0, (int) db.read(c -> Sql.queryInt(c,
                    "SELECT count(*) FROM sqlite_schema WHERE name = 'later'")));
            assertEquals(0, (int) db.read(c -> Sql.queryInt(c,
                    "SELECT count(*) FROM pragma_table_info('people') WHERE name = 'nickname'")));
            assertEquals(SampleWorkspace.full(), new WorkspaceStore(db).load());
            assertTrue(db.checkIntegrity().ok());
        }
        try (Stream<Path> files = Files.list(WorkspaceFiles.backupsFolder(file))) {
            Path before = files.filter(f -> f.getFileName().toString().contains("before-format")).findFirst().orElseThrow();
            try (Database copy = Database.openExisting(before, Mode.READ_ONLY, new Migrations(List.of(bundled(1))))) {
                assertEquals(1, (int) copy.read(Migrator::userVersion));
                assertEquals(SampleWorkspace.full(), new WorkspaceStore(copy).load());
            }
        }
    }

    @Test
    void migratingAnExistingFileTakesAVerifiedBackupFirst() throws Exception {
        Path file = dir.resolve("a.cxcadence");
        try (Database db = Database.create(file, new Migrations(List.of(bundled(1))))) {
            db.write(c -> Sql.execute(c, "INSERT INTO settings (key, value) VALUES ('companyName', 'Acme')"));
        }
        Migration addColumn = new Migration(2, "V002__extra.sql", "CREATE TABLE extra (x INTEGER);");
        try (Database db = Database.openExisting(file, Mode.WRITE, new Migrations(List.of(bundled(1), addColumn)))) {
            assertEquals(2, (int) db.read(Migrator::userVersion));
        }
        Path backups = WorkspaceFiles.backupsFolder(file);
        List<Path> copies;
        try (Stream<Path> files = Files.list(backups)) {
            copies = files.toList();
        }
        assertEquals(1, copies.size(), copies.toString());
        assertTrue(copies.getFirst().getFileName().toString().matches("a-\\d{8}-\\d{6}-before-format-2\\.cxcadence"),
                copies.toString());
        // The backup is the file as it was: format 1, with its content.
        assertEquals(SqliteHeader.State.OK, SqliteHeader.classify(copies.getFirst(), 1).state());
        assertEquals(1, SqliteHeader.classify(copies.getFirst(), 1).userVersion());
        try (Database copy = Database.openExisting(copies.getFirst(), Mode.READ_ONLY, new Migrations(List.of(bundled(1))))) {
            assertEquals(1, (int) copy.read(c -> Sql.queryInt(c, "SELECT count(*) FROM settings")));
        }
    }

    @Test
    void readOnlyOpenOfAnOlderFormatAsksForAnUpgradeInsteadOfMigrating() throws Exception {
        Path file = dir.resolve("a.cxcadence");
        Database.create(file, new Migrations(List.of(bundled(1)))).close();
        String before = Files2.sha256(file);
        Migrations two = new Migrations(List.of(bundled(1), new Migration(2, "V002__x.sql", "CREATE TABLE x (y);")));
        WorkspaceOpenException e = assertThrows(WorkspaceOpenException.class,
                () -> Database.openExisting(file, Mode.READ_ONLY, two));
        assertEquals(WorkspaceOpenException.Reason.NEEDS_UPGRADE, e.reason());
        assertEquals(before, Files2.sha256(file));
        assertFalse(Files.exists(WorkspaceFiles.backupsFolder(file)));
    }
}
