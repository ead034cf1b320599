package org.cxcadence.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The backups in {@code NAME.cxcadence.backups/}: listing (newest first) and rotation. */
public final class Backups {
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    /** A backup file, the time in its name, its size and the reason word (may be empty). */
    public record Info(Path file, LocalDateTime taken, long size, String reason) {
    }

    private Backups() {
    }

    /** Every backup of {@code workspace}, newest first; an absent folder is an empty list. */
    public static List<Info> list(Path workspace) {
        Path folder = WorkspaceFiles.backupsFolder(workspace);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern name = Pattern.compile(Pattern.quote(WorkspaceFiles.baseName(workspace))
                + "-(\\d{8}-\\d{6})(?:-(.*?))?" + Pattern.quote(WorkspaceFiles.EXTENSION));
        List<Info> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Matcher m = name.matcher(file.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    LocalDateTime taken = LocalDateTime.parse(m.group(1), STAMP);
                    String reason = m.group(2) == null ? "" : m.group(2).replaceFirst("^\\d+$", "")
                            .replaceFirst("-\\d+$", "");
                    found.add(new Info(file, taken, Files.size(file), reason));
                } catch (DateTimeParseException | IOException e) {
                    // not one of ours, or gone meanwhile
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(Info::taken).thenComparing(i -> i.file().getFileName().toString()).reversed());
        return found;
    }

    /** Deletes what {@link BackupRotation} does not keep; returns the deleted files. */
    public static List<Path> rotate(Path workspace, LocalDateTime now) {
        List<BackupRotation.Entry> entries = list(workspace).stream()
                .map(i -> new BackupRotation.Entry(i.file(), i.taken())).toList();
        List<Path> deleted = new ArrayList<>();
        for (Path file : BackupRotation.toDelete(entries, now)) {
            try {
                Files.deleteIfExists(file);
                deleted.add(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the old backup " + file, e);
            }
        }
        return deleted;
    }
}
