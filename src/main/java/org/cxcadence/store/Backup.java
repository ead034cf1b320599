package org.cxcadence.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A verified backup: {@code VACUUM INTO} a temporary file in {@code NAME.cxcadence.backups/},
 * check it ({@code quick_check} and the row count of every table against the source), then
 * rename it atomically to {@code NAME-YYYYMMDD-HHMMSS[-reason].cxcadence}. A live database file is
 * never copied byte by byte: the copy could mix pages of two transactions.
 */
public final class Backup {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Backup.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final int ATTEMPTS = 3;

    private Backup() {
    }

    /**
     * Writes a verified backup of the database behind {@code source}, which must be outside any
     * transaction (VACUUM cannot run inside one).
     *
     * @param reason a short word for the file name ("before-migration"), or {@code null}
     * @return the backup file
     */
    static Path create(Connection source, Path workspace, String reason, Clock clock) throws SQLException {
        Path folder = WorkspaceFiles.backupsFolder(workspace);
        String base = WorkspaceFiles.baseName(workspace);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("backup of " + workspace + " failed: " + e.getMessage(), e);
        }
        OwnerOnly.folder(folder);
        Path target = copyVerified(source, workspace, folder, () -> freeName(folder, base, reason, clock), false);
        Backups.rotate(workspace, LocalDateTime.now(clock));
        SettingsRows.secondBackupFolder(source).ifPresent(second -> copyToSecondFolder(target, workspace, second, clock));
        return target;
    }

    /**
     * The optional second copy (Settings → Backups): the verified backup copied into
     * {@code SECOND/NAME.cxcadence.backups/} through a temporary file, compared byte for byte, synced
     * and renamed, then rotated like the first folder. A second folder that cannot be reached (a
     * network drive away) is logged and never fails the backup itself.
     */
    static void copyToSecondFolder(Path backup, Path workspace, Path second, Clock clock) {
        Path asIfThere = second.resolve(workspace.getFileName());
        Path folder = WorkspaceFiles.backupsFolder(asIfThere);
        Path temp = folder.resolve("." + backup.getFileName() + "-" + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(folder);
            OwnerOnly.folder(folder);
            Files.copy(backup, temp);
            OwnerOnly.file(temp);
            fsync(temp);
            if (Files.mismatch(backup, temp) != -1L) {
                throw new IOException("the copy differs from the backup");
            }
            Files.move(temp, folder.resolve(backup.getFileName()), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            fsyncFolder(folder);
            Backups.rotate(asIfThere, LocalDateTime.now(clock));
        } catch (IOException | RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "The second copy of " + backup.getFileName() + " in " + folder
                    + " failed: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.log(java.util.logging.Level.FINE, "Could not delete " + temp, e);
            }
        }
    }

    /**
     * Writes a verified backup to exactly {@code target} (the {@code backup --out FILE} verb), replacing
     * a file there only once the copy has been checked.
     */
    static Path createAt(Connection source, Path workspace, Path target) throws SQLException {
        Path folder = target.toAbsolutePath().getParent();
        return copyVerified(source, workspace, folder, target::toAbsolutePath, true);
    }

    private static Path copyVerified(Connection source, Path workspace, Path folder,
                                     java.util.function.Supplier<Path> targetName, boolean replace)
            throws SQLException {
        Path temp = folder.resolve("." + WorkspaceFiles.baseName(workspace) + "-" + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(folder);
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                Map<String, Long> before = rowCounts(source);
                try (PreparedStatement ps = source.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, temp.toString());
                    ps.execute();
                }
                // Counts taken before and after the copy agree unless another process wrote in
                // between (we may be a read-only reader beside the app); then the copy is retried.
                if (!before.equals(rowCounts(source))) {
                    deleteWithSideFiles(temp);
                    continue;
                }
                OwnerOnly.file(temp);
                verify(temp, before);
                fsync(temp);
                Path target = targetName.get();
                if (replace) {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
                fsyncFolder(folder);
                return target;
            }
            throw new StoreException("the workspace kept changing during the backup; try again");
        } catch (IOException e) {
            throw new StoreException("backup of " + workspace + " failed: " + e.getMessage(), e);
        } finally {
            deleteWithSideFiles(temp);
        }
    }

    /** Opens the copy on its own (it is not live) and checks it against the source's row counts. */
    private static void verify(Path copy, Map<String, Long> expectedCounts) throws SQLException {
        try (Connection c = SqliteConnections.openReader(copy)) {
            String check = quickCheck(c);
            if (!"ok".equals(check)) {
                throw new StoreException("the backup copy failed its check: " + check);
            }
            Map<String, Long> counts = rowCounts(c);
            if (!counts.equals(expectedCounts)) {
                throw new StoreException("the backup copy has other row counts than the workspace: "
                        + counts + " instead of " + expectedCounts);
            }
        }
    }

    static String quickCheck(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("PRAGMA quick_check");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return String.join("; ", lines);
    }

    /** Row count of every ordinary table (FTS shadow tables included), by name. */
    static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT name FROM sqlite_schema
                WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
                ORDER BY name""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            // Table names come from the file's own schema, quoted as identifiers.
            counts.put(table, Sql.queryLong(c, "SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\""));
        }
        return counts;
    }

    private static Path freeName(Path folder, String base, String reason, Clock clock) {
        String stem = base + "-" + LocalDateTime.now(clock).format(STAMP) + suffix(reason);
        Path candidate = folder.resolve(stem + WorkspaceFiles.EXTENSION);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(stem + "-" + n + WorkspaceFiles.EXTENSION);
        }
        return candidate;
    }

    private static String suffix(String reason) {
        if (reason == null) {
            return "";
        }
        String word = reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (word.length() > 40) {
            word = word.substring(0, 40);
        }
        return word.isEmpty() ? "" : "-" + word;
    }

    static void fsync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the rename durable; not every platform can open a folder, which is fine to skip. */
    static void fsyncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a directory as a channel; NTFS journals renames itself
        }
    }

    static void deleteWithSideFiles(Path temp) {
        try {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(WorkspaceFiles.walFile(temp));
            Files.deleteIfExists(WorkspaceFiles.shmFile(temp));
            Files.deleteIfExists(WorkspaceFiles.journalFile(temp));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
