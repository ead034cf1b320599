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
}
