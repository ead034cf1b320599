package org.cxcadence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The first 100 bytes of an SQLite file, read by us before SQLite opens it, so that a foreign,
 * newer or damaged file is refused while it and its -wal/-shm side files stay byte-identical
 * (SQLite would create side files, replay a journal or checkpoint on close).
 *
 * <p>Layout: https://www.sqlite.org/fileformat.html#the_database_header (all integers big-endian).
 */
public record SqliteHeader(int pageSize, int writeVersion, int readVersion, int changeCounter,
                           int pageCount, int schemaCookie, int userVersion, int applicationId,
                           int versionValidFor) {

    /** Our {@code PRAGMA application_id}: "CXCD" in ASCII. */
    public static final int APPLICATION_ID = 0x43584344;
    public static final int LENGTH = 100;
    private static final byte LEAF_TABLE_PAGE = 0x0D;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** What a file at a path is, as far as its header tells. */
    public enum State {
        MISSING,
        /** A 0-byte file or a blank SQLite database without tables: may be initialised only when creating. */
        EMPTY,
        NOT_SQLITE,
        FOREIGN_SQLITE,
        NEWER,
        DAMAGED,
        OK
    }

    /** The verdict on a file: its state, the header when there was one, and a detail for damage. */
    public record Classification(State state, SqliteHeader header, String detail) {
        public int userVersion() {
            return header == null ? 0 : header.userVersion();
        }
    }

    /** True when the in-header page count is current (it is ignored when written by very old SQLite). */
    public boolean pageCountIsValid() {
        return pageCount > 0 && changeCounter == versionValidFor;
    }

    public static Classification classify(Path file, int latestVersion) throws IOException {
        byte[] bytes;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            // 8 bytes more than the header: the b-tree header of page 1 tells whether there are tables
            bytes = in.readNBytes(LENGTH + 8);
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            return new Classification(State.MISSING, null, "no such file");
        }
        if (Files.isDirectory(file)) {
            return new Classification(State.NOT_SQLITE, null, "a folder");
        }
        if (bytes.length == 0) {
            return new Classification(State.EMPTY, null, "0 bytes");
        }
        int comparable = Math.min(bytes.length, MAGIC.length);
        if (!Arrays.equals(bytes, 0, comparable, MAGIC, 0, comparable)) {
            return new Classification(State.NOT_SQLITE, null, "no SQLite magic string");
        }
        if (bytes.length < LENGTH) {
            return new Classification(State.DAMAGED, null, "the header is truncated at " + bytes.length + " bytes");
        }
        if (bytes[21] != 64 || bytes[22] != 32 || bytes[23] != 32) {
            return new Classification(State.DAMAGED, null, "invalid payload fractions in the header");
        }
        SqliteHeader header = parse(bytes);
        boolean noTables = bytes.length >= LENGTH + 5 && bytes[LENGTH] == LEAF_TABLE_PAGE
                && bytes[LENGTH + 3] == 0 && bytes[LENGTH + 4] == 0;
        String inconsistency = header.inconsistency(size, hasSideFileContent(WorkspaceFiles.walFile(file)));
        if (inconsistency != null) {
            return new Classification(State.DAMAGED, header, inconsistency);
        }
        if (header.applicationId != APPLICATION_ID) {
            return header.isBlankDatabase(file, noTables)
                    ? new Classification(State.EMPTY, header, "a blank SQLite database")
                    : new Classification(State.FOREIGN_SQLITE, header, "application_id " + header.applicationId);
        }
        if (header.userVersion > latestVersion) {
            return new Classification(State.NEWER, header, "format " + header.userVersion);
        }
        if (header.userVersion < 0) {
            return new Classification(State.DAMAGED, header, "negative format number " + header.userVersion);
        }
        return new Classification(State.OK, header, null);
    }

    static SqliteHeader parse(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes); // big-endian by default, as SQLite writes it
        int rawPageSize = Short.toUnsignedInt(b.getShort(16));
        int pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        return new SqliteHeader(pageSize, Byte.toUnsignedInt(b.get(18)), Byte.toUnsignedInt(b.get(19)),
                b.getInt(24), b.getInt(28), b.getInt(40), b.getInt(60), b.getInt(68), b.getInt(92));
    }

    /** The first rule of the file format this header breaks, or {@code null}. */
    private String inconsistency(long fileSize, boolean walHasContent) {
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            return "invalid page size " + pageSize;
        }
        if (writeVersion < 1 || writeVersion > 2 || readVersion < 1 || readVersion > 2) {
            return "unknown file format version " + writeVersion + "/" + readVersion;
        }
        // A crash during a checkpoint can leave the file shorter than its header says; the WAL
        // then still holds the pages and SQLite finishes the checkpoint. Without a WAL it is lost data.
        if (pageCountIsValid() && fileSize < (long) pageCount * pageSize && !walHasContent) {
            return "the file is truncated: " + fileSize + " bytes for " + pageCount + " pages of " + pageSize;
        }
        return null;
    }

    /**
     * A database another tool created without tables (one page, whose schema table has no rows) is
     * as good as an empty file. If a non-empty WAL sits beside it, the header may be stale, so it is not blank.
     */
    private boolean isBlankDatabase(Path file, boolean noTables) throws IOException {
        return applicationId == 0 && userVersion == 0 && noTables
                && (!pageCountIsValid() || pageCount <= 1)
                && !hasSideFileContent(WorkspaceFiles.walFile(file));
    }

    private static boolean hasSideFileContent(Path sideFile) throws IOException {
        return Files.exists(sideFile) && Files.size(sideFile) > 0;
    }
}
