package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cxcadence.store.Database.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRotationTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 15, 0);

    private static BackupRotation.Entry at(LocalDateTime t) {
        return new BackupRotation.Entry(Path.of("b-" + t + ".cxcadence"), t);
    }

    @Test
    void keepsTheNewestOfTenDaysAndFourWeeksAndDeletesTheRest() {
        List<BackupRotation.Entry> all = new ArrayList<>();
        for (int day = 0; day < 60; day++) {
            all.add(at(NOW.minusDays(day).withHour(9)));
            all.add(at(NOW.minusDays(day).withHour(8)));
        }
        List<Path> delete = BackupRotation.toDelete(all, NOW);
        List<Path> kept = all.stream().map(BackupRotation.Entry::file).filter(f -> !delete.contains(f)).toList();
        // 10 days (newest each) + the 4 weeks' newest, of which the first two weeks' fall in those days.
        assertTrue(kept.contains(at(NOW.withHour(9)).file()));
        for (int day = 0; day < 10; day++) {
            assertTrue(kept.contains(at(NOW.minusDays(day).withHour(9)).file()), "day " + day);
            assertFalse(kept.contains(at(NOW.minusDays(day + 1).withHour(8)).file()) && day >= 1, "older of a day " + day);
        }
        long weeklyBeyondDays = kept.stream().filter(f -> all.stream()
                .filter(e -> e.file().equals(f)).findFirst().orElseThrow().taken().isBefore(NOW.minusDays(10))).count();
        // 2026-11-23 is a Monday: the four latest weeks start Nov 23, 16, 9 and 2; only the last lies beyond
        // the ten days (the rules overlap, as restic's keep-daily/keep-weekly do).
        assertEquals(1, weeklyBeyondDays, kept.toString());
        assertEquals(12, kept.size(), kept.toString()); // 10 daily + 1 weekly + today's 08:00 (younger than a day)
    }

    @Test
    void neverDeletesTheNewestNorABackupYoungerThanADay() {
        List<BackupRotation.Entry> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            all.add(at(NOW.minusMinutes(30L * i)));
        }
        assertEquals(List.of(), BackupRotation.toDelete(all, NOW));
        BackupRotation.Entry old = at(NOW.minusYears(2));
        assertEquals(List.of(), BackupRotation.toDelete(List.of(old), NOW));
    }

    @TempDir
    Path dir;

    @Test
    void backupsRotateOnDiskAsNewOnesAreTaken() throws Exception {
        Path file = dir.resolve("acme.cxcadence");
        try (Database db = Database.create(file)) {
            new WorkspaceStore(db).replaceAll(SampleWorkspace.full());
        }
        try (Database db = Database.openExisting(file, Mode.WRITE)) {
            for (int day = 40; day >= 0; day--) {
                Instant at = Instant.parse("2026-11-23T09:00:00Z").minusSeconds(86_400L * day);
                db.backup("daily", Clock.fixed(at, ZoneOffset.UTC));
            }
        }
        List<Backups.Info> left = Backups.list(file);
        assertEquals(LocalDateTime.of(2026, 11, 23, 9, 0), left.getFirst().taken());
        assertEquals("daily", left.getFirst().reason());
        // 10 daily ones, plus the newest of the week of Nov 2 (the 4th week back).
        assertEquals(11, left.size(), left.toString());
        assertEquals(LocalDateTime.of(2026, 11, 8, 9, 0), left.getLast().taken());
        try (var files = Files.list(WorkspaceFiles.backupsFolder(file))) {
            assertEquals(11, files.count(), "no temporary files left");
        }
    }
}
