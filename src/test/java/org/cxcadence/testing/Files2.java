package org.cxcadence.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** sha256 of files, to prove that a refused operation left a workspace byte for byte unchanged. */
public final class Files2 {
    private Files2() {
    }

    public static String sha256(Path file) {
        if (!Files.exists(file)) {
            return "(missing)";
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file and its SQLite side files, as one fingerprint. */
    public static String workspaceFingerprint(Path file) {
        return sha256(file) + "|" + sha256(file.resolveSibling(file.getFileName() + "-wal")) + "|"
                + sha256(file.resolveSibling(file.getFileName() + "-shm"));
    }

    /**
     * Damages a table on disk as a bad sector or a sync tool would: overwrites the b-tree page
     * header of the table's root page with 0xFF bytes. The file must not be open.
     */
    public static void damageTablePage(Path file, String table) throws java.sql.SQLException, IOException {
        long root;
        int pageSize;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file + "?open_mode=1");
             java.sql.Statement s = c.createStatement()) {
            try (java.sql.ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_schema WHERE name = '" + table + "'")) {
                root = rs.getLong(1);
            }
            try (java.sql.ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                pageSize = rs.getInt(1);
            }
        }
        if (root < 1) {
            throw new IllegalArgumentException("no table " + table + " in " + file);
        }
        byte[] garbage = new byte[8];
        java.util.Arrays.fill(garbage, (byte) 0xFF);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(garbage), (root - 1) * pageSize);
            ch.force(true);
        }
    }
}
