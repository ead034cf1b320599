package org.cxcadence.store;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: the newest of each of the last {@value #DAILY} days that have one, the
 * newest of each of the last {@value #WEEKLY} weeks (Monday to Sunday) that have one, the newest
 * backup of all, and every backup younger than a day. A pure rule, so it is tested on lists.
 */
public final class BackupRotation {
    public static final int DAILY = 10;
    public static final int WEEKLY = 4;

    /** One backup file and the time in its name. */
    public record Entry(Path file, LocalDateTime taken) {
    }

    private BackupRotation() {
    }

    /** The backups to delete, oldest first. */
    public static List<Path> toDelete(List<Entry> backups, LocalDateTime now) {
        List<Entry> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(Entry::taken).reversed());
        Set<Path> keep = new HashSet<>();
        if (!newestFirst.isEmpty()) {
            keep.add(newestFirst.getFirst().file());
        }
        Set<LocalDate> days = new LinkedHashSet<>();
        Set<LocalDate> weeks = new LinkedHashSet<>();
        for (Entry e : newestFirst) {
            if (Duration.between(e.taken(), now).compareTo(Duration.of(1, ChronoUnit.DAYS)) < 0) {
                keep.add(e.file());
            }
            LocalDate day = e.taken().toLocalDate();
            if (!days.contains(day) && days.size() < DAILY) {
                days.add(day);
                keep.add(e.file());
            }
            LocalDate week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (!weeks.contains(week) && weeks.size() < WEEKLY) {
                weeks.add(week);
                keep.add(e.file());
            }
        }
        List<Path> delete = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Path file = newestFirst.get(i).file();
            if (!keep.contains(file)) {
                delete.add(file);
            }
        }
        return delete;
    }
}
