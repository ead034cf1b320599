package org.cxcadence.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.WorkspaceJson;
import org.cxcadence.exchange.json.HardenedMapper;
import org.cxcadence.exchange.json.WorkspaceToDocument;
import org.cxcadence.service.generate.BenchmarkSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON export reads a workspace a part at a time on one thread and writes it on another; the file
 * is byte for byte what the whole workspace gives as one document, and a failure on the writing side
 * stops the reading. Real SQLite files.
 */
class ExportPipelineTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final WorkspaceService workspaces = new WorkspaceService();
    private final ExchangeService exchange = new ExchangeService(workspaces, FIXED);

    @Test
    void exportOfTheDemoIsTheWholeDocumentByteForByte() throws IOException {
        Path file = dir.resolve("demo.cxcadence");
        exchange.fillWithDemo(file, TODAY);
        assertExportIsTheWholeDocument(file, 3);
    }

    @Test
    void exportOfAGeneratedHistoryIsTheWholeDocumentByteForByte() throws IOException {
        Path file = dir.resolve("gen.cxcadence");
        exchange.generate(file, new BenchmarkSize("small", 3, 70, 4, 5, 20, 4, 6), 11, TODAY);
        assertExportIsTheWholeDocument(file, 37); // 210 sessions, 1,050 actions: parts that do not divide them
        assertExportIsTheWholeDocument(file, 500); // the export's own part size: one part of sessions
    }

    private void assertExportIsTheWholeDocument(Path file, int partSize) throws IOException {
        try (OpenWorkspace open = workspaces.openReadOnly(file)) {
            Workspace whole = open.snapshot();
            ObjectMapper mapper = HardenedMapper.create();
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            HardenedMapper.documentWriter(mapper).writeValue(expected,
                    WorkspaceToDocument.convert(whole, OffsetDateTime.now(FIXED)));
            expected.write('\n');

            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            ExportPipeline.export(open, partSize, new WorkspaceJson(FIXED).streamTo(streamed));

            assertTrue(expected.size() > 10_000, "a real document: " + expected.size() + " bytes");
            assertArrayEquals(expected.toByteArray(), streamed.toByteArray());
        }
    }

    @Test
    void aFailedWriteStopsTheReadAndLeavesTheWorkspaceReadable() throws IOException {
        Path file = dir.resolve("gen.cxcadence");
        exchange.generate(file, new BenchmarkSize("small", 3, 70, 4, 5, 20, 4, 6), 11, TODAY);
        try (OpenWorkspace open = workspaces.openForWriting(file)) {
            IOException thrown = assertThrows(IOException.class,
                    () -> ExportPipeline.export(open, 5, new WorkspaceJson(FIXED).streamTo(new DiskFullAfter(50_000))));
            assertEquals("No space left on device", thrown.getMessage());
            assertFalse(Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().equals("cx-export-read") && t.isAlive()), "the reading thread has ended");
            // both read connections are back and out of their transactions: reads and the export work again
            assertEquals(210, open.snapshot().meetings().size());
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            exchange.exportJson(open, again);
            assertEquals(210, new WorkspaceJson().read(new java.io.ByteArrayInputStream(again.toByteArray()), "again")
                    .meetings().size());
        }
    }

    /** A disk that fills up after {@code room} bytes. */
    private static final class DiskFullAfter extends OutputStream {
        private long room;

        DiskFullAfter(long room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
        }
    }
}
