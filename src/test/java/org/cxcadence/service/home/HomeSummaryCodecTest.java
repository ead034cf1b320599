package org.cxcadence.service.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.service.ExchangeService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Home's summary as the bytes kept in the workspace: read back equal, and bytes it did not write refused. */
class HomeSummaryCodecTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    @Test
    void theDemosSummaryOnManyDaysReadsBackEqual() {
        Path file = dir.resolve("demo.cxcadence");
        WorkspaceService workspaces = new WorkspaceService();
        new ExchangeService(workspaces, Clock.systemUTC()).fillWithDemo(file, TODAY);
        try (OpenWorkspace workspace = workspaces.openReadOnly(file)) {
            for (LocalDate day = TODAY.minusWeeks(6); day.isBefore(TODAY.plusWeeks(6)); day = day.plusDays(5)) {
                HomeSummary summary = HomeSummaryBuilder.build(workspace.homeView(), day);
                assertEquals(Optional.of(summary), HomeSummaryCodec.decode(HomeSummaryCodec.encode(summary)), "on " + day);
            }
        }
    }

    @Test
    void absentValuesLongTextAndTheScaleOfNumbersSurvive() {
        String longTitle = "Renewal risk ".repeat(8_000); // past writeUTF's 64 KB
        HomeSummary summary = new HomeSummary(null,
                Optional.of(new HomeSummary.NextSession("m-1", longTitle, OffsetDateTime.parse("2026-11-24T09:30+01:00"), 90,
                        MeetingStatus.READY, 2, 95, 1, List.of(new HomeSummary.AgendaLine("Churn – ÄÖÜ ✓", null, true),
                        new HomeSummary.AgendaLine(null, 25, false)))),
                Optional.of(new HomeSummary.CustomerChange("2026-10", new BigDecimal("1240.50"), new BigDecimal("1E+3")))
                , List.of(new HomeSummary.MetricTile("nps", "NPS", MetricUnit.values()[0], null, null, null,
                        new BigDecimal("40.0"), Arrays.asList("EMEA", null), 3)),
                List.of(new HomeSummary.LeaderLoad("p-1", "Dana", null, 4, 1, 2)),
                List.of(new HomeSummary.RecentSession("m-0", "Weekly", null, null, 0, 7)), 12, 3, 2);
        HomeSummary back = HomeSummaryCodec.decode(HomeSummaryCodec.encode(summary)).orElseThrow();
        assertEquals(summary, back);
        assertEquals("1240.50", back.customerChange().orElseThrow().acquired().toPlainString());

        HomeSummary empty = new HomeSummary("Acme", Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), 0, 0, 0);
        assertEquals(Optional.of(empty), HomeSummaryCodec.decode(HomeSummaryCodec.encode(empty)));
    }

    @Test
    void bytesItDidNotWriteAreRefusedNotMisread() {
        HomeSummary summary = new HomeSummary("Acme", Optional.empty(), Optional.empty(), List.of(),
                List.of(new HomeSummary.LeaderLoad("p-1", "Dana", "Support", 4, 1, 2)), List.of(), 4, 1, 2);
        byte[] bytes = HomeSummaryCodec.encode(summary);
        for (int length = 0; length < bytes.length; length++) {
            assertTrue(HomeSummaryCodec.decode(Arrays.copyOf(bytes, length)).isEmpty(), "cut at " + length);
        }
        assertTrue(HomeSummaryCodec.decode(Arrays.copyOf(bytes, bytes.length + 1)).isEmpty(), "a byte too many");
        byte[] otherMagic = bytes.clone();
        otherMagic[0] ^= 1;
        assertTrue(HomeSummaryCodec.decode(otherMagic).isEmpty());
        assertTrue(HomeSummaryCodec.decode("{\"companyName\":\"Acme\"}".getBytes()).isEmpty());
    }

    @Test
    void anyFlippedBitIsCaughtByTheChecksumNotReadAsAnotherNumber() {
        byte[] bytes = HomeSummaryCodec.encode(new HomeSummary("Acme", Optional.empty(), Optional.empty(), List.of(),
                List.of(new HomeSummary.LeaderLoad("p-1", "Dana", "Support", 4, 1, 2)), List.of(), 4, 1, 2));
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] damaged = bytes.clone();
            damaged[bit / 8] ^= (byte) (1 << (bit % 8));
            assertTrue(HomeSummaryCodec.decode(damaged).isEmpty(), "bit " + bit);
        }
    }

    @Test
    void wellSealedBytesThatDoNotParseAreRefusedNotThrown() {
        HomeSummary summary = new HomeSummary("Acme", Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of(new HomeSummary.RecentSession("m-0", "Weekly", OffsetDateTime.parse("2026-11-16T09:00+01:00"), 8, 0, 1)),
                0, 0, 0);
        byte[] bytes = HomeSummaryCodec.encode(summary);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertEquals(Optional.of(summary), HomeSummaryCodec.decode(resealed(text)));
        // A month that does not exist, and a count below zero, each under a checksum that matches.
        assertTrue(HomeSummaryCodec.decode(resealed(text.replace("2026-11-16T09:00+01:00", "2026-91-16T09:00+01:00"))).isEmpty());
        int recentCount = text.indexOf("\u0000\u0000\u0000\u0001\u0000\u0000\u0000\u0003m-0");
        assertTrue(recentCount > 0);
        byte[] negative = resealed(text).clone();
        negative[recentCount] = (byte) 0xFF;
        negative[recentCount + 1] = (byte) 0xFF;
        negative[recentCount + 2] = (byte) 0xFF;
        negative[recentCount + 3] = (byte) 0xFF;
        assertTrue(HomeSummaryCodec.decode(resealed(new String(negative, StandardCharsets.ISO_8859_1))).isEmpty());
    }

    /** The bytes with their checksum made to match again, as a damage the checksum cannot see. */
    private static byte[] resealed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).putLong(HomeSummaryCodec.crc(bytes, bytes.length - Long.BYTES));
        return bytes;
    }
}
