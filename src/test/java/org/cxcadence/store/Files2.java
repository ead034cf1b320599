package org.cxcadence.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** File helpers for storage tests: fingerprints of a folder, so a test can show nothing changed. */
final class Files2 {
    private Files2() {
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file in the folder (side files included) with its SHA-256. */
    static Map<String, String> fingerprint(Path folder) {
        Map<String, String> prints = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).forEach(f -> prints.put(f.getFileName().toString(), sha256(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return prints;
    }

    /** Overwrites bytes of a closed file at an offset. */
    static void poke(Path file, long offset, byte... bytes) {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(bytes), offset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pokeInt(Path file, long offset, int value) {
        poke(file, offset, java.nio.ByteBuffer.allocate(4).putInt(value).array());
    }
}
