package org.cxcadence.exchange;

import org.cxcadence.domain.Person;
import org.cxcadence.domain.Workspace;
import org.cxcadence.domain.WorkspaceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceJsonRoundTripTest {
    static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), ZoneOffset.ofHours(1));

    private final WorkspaceJson json = new WorkspaceJson(FIXED);

    @TempDir
    Path dir;

    @Test
    void richWorkspaceRoundTripsToAnEqualWorkspace() throws IOException {
        Workspace rich = SampleWorkspaces.rich();
        assertEquals(rich, readString(json.writeString(rich)));
    }

    @Test
    void writeReadWriteGivesIdenticalBytesApartFromExportedAt() throws IOException {
        String first = new WorkspaceJson(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .writeString(SampleWorkspaces.rich());
        String second = json.writeString(readString(first));
        assertEquals(withoutExportedAt(first), withoutExportedAt(second));
        assertTrue(second.contains("\"exportedAt\": \"2026-11-23T09:30:00+01:00\""), second);
    }

    @Test
    void exportMatchesTheDocumentedExampleByteForByte() throws IOException {
        // The golden file is the example in docs/FORMAT.md: a change here is a change of the format.
        String golden;
        try (InputStream in = getClass().getResourceAsStream("rich-export.json")) {
            golden = new String(Objects.requireNonNull(in, "rich-export.json").readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(golden, json.writeString(SampleWorkspaces.rich()));
    }

    @Test
    void dateTimesKeepTheirOffsetExactlyAsGiven() throws IOException {
        String text = json.writeString(readString(json.writeString(SampleWorkspaces.rich())));
        assertTrue(text.contains("\"start\": \"2026-11-02T09:00:00-06:00\""));
        assertTrue(text.contains("\"start\": \"2026-11-12T14:30:00+05:30\""));
        assertTrue(text.contains("\"actualEnd\": \"2026-11-02T10:01:30.5-06:00\""));
        assertEquals(OffsetDateTime.parse("2026-11-02T09:00:00-06:00"),
                readString(text).meetings().getFirst().start());
    }

    @Test
    void decimalsAreWrittenExactlyAsStoredWithoutExponents() throws IOException {
        String text = json.writeString(SampleWorkspaces.rich());
        assertTrue(text.contains("\"value\": 45.50"));
        assertTrue(text.contains("\"value\": 0.000001"));
        assertTrue(text.contains("\"target\": 123456789012345678901234567890.123"));
        assertFalse(text.matches("(?s).*\"(value|target)\": -?[0-9.]+[eE].*"));
        Workspace withExponent = readString(minimalWith("""
                "segments": [],
                "metrics": [{"id": "m", "name": "M", "category": "LOYALTY", "unit": "SCORE",
                  "direction": "HIGHER_IS_BETTER", "cadence": "MONTHLY",
                  "values": [{"period": "2026-11", "value": 1E+3, "target": 2.5e1}]}]"""));
        assertEquals(new BigDecimal("1000"), withExponent.metrics().getFirst().values().getFirst().value());
        assertTrue(json.writeString(withExponent).contains("\"value\": 1000,"));
    }

    @Test
    void textKeepsRightToLeftEmojiAndNewlinesAsUtf8() throws IOException {
        String text = json.writeString(SampleWorkspaces.rich());
        assertTrue(text.contains("👋🏽"), "emoji written as UTF-8, not as escaped surrogates");
        assertTrue(text.contains("مرحبا بالعملاء — שלום"));
        assertTrue(text.contains("second line\\ttabbed \\\"quoted\\\" \\\\ back"));
        assertEquals(SampleWorkspaces.UNICODE_NOTE, readString(text).actionItems().getFirst().updates().get(1).note());
    }

    @Test
    void activeDefaultsToTrueWhenAbsentAndOtherFlagsToFalse() throws IOException {
        Workspace read = readString(minimalWith("""
                "people": [{"id": "p1", "name": "Ana"}],
                "topicAreas": [{"id": "t1", "name": "Listening"}],
                "meetings": [{"id": "m1", "title": "S", "start": "2026-11-02T09:00:00-06:00",
                  "durationMinutes": 60, "status": "DRAFT", "attendance": [{"personId": "p1"}],
                  "agenda": [{"id": "a1", "title": "Topic"}]}]"""));
        assertTrue(read.people().getFirst().active());
        assertFalse(read.topicAreas().getFirst().archived());
        assertFalse(read.meetings().getFirst().attendance().getFirst().present());
        assertEquals(org.cxcadence.domain.AgendaItemKind.TOPIC, read.meetings().getFirst().agenda().getFirst().kind());
    }

    @Test
    void fileWithOnlyFormatAndVersionIsAnEmptyWorkspace() throws IOException {
        Workspace read = readString("{\"format\": \"cx-cadence-workspace\", \"version\": 1}");
        assertEquals(new Workspace(WorkspaceSettings.defaults(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of()), read);
    }

    @Test
    void emptyWorkspaceWritesEveryTopLevelArray() {
        String text = json.writeString(new Workspace(null, null, null, null, null, null, null, null, null));
        for (String array : List.of("people", "topicAreas", "journeyStages", "segments", "series",
                "meetings", "actionItems", "metrics")) {
            assertTrue(text.contains("\"" + array + "\": []"), array + " in " + text);
        }
        assertTrue(text.startsWith("{\n  \"format\": \"cx-cadence-workspace\",\n  \"version\": 1,\n"));
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void exportedAtIsIgnoredOnRead() throws IOException {
        String withOddStamp = json.writeString(SampleWorkspaces.rich())
                .replace("\"exportedAt\": \"2026-11-23T09:30:00+01:00\"", "\"exportedAt\": \"sometime\"");
        assertEquals(SampleWorkspaces.rich(), readString(withOddStamp));
    }

    @Test
    void fileAndStreamReadTheSameWorkspace() throws IOException {
        Path file = dir.resolve("export.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            json.write(SampleWorkspaces.rich(), out);
        }
        assertEquals(json.read(file), readString(Files.readString(file)));
    }

    @Test
    void writeFlushesButLeavesTheStreamOpen() throws IOException {
        var out = new ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        json.write(SampleWorkspaces.rich(), out);
        assertFalse(out.closed);
        assertTrue(out.size() > 0);
    }

    @Test
    void noteOfAMillionEmojiIsWithinTheLimitsAndRoundTrips() throws IOException {
        String note = "🚀".repeat(1_000_000);
        Workspace big = new Workspace(null, List.of(new Person("p1", "Ana", null, null, null, null, true)),
                null, null, null, null, null, List.of(new org.cxcadence.domain.ActionItem("a1", "Big", "p1",
                org.cxcadence.domain.ActionStatus.OPEN, null, null, null, null, note, null, null, null, null, null,
                List.of())), null);
        assertEquals(big, readString(json.writeString(big)));
    }

    private Workspace readString(String text) throws IOException {
        return json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    static String minimalWith(String arrays) {
        return "{\"format\": \"cx-cadence-workspace\", \"version\": 1,\n" + arrays + "\n}";
    }

    static String withoutExportedAt(String text) {
        return text.replaceFirst("\n  \"exportedAt\": \"[^\"]*\",", "");
    }
}
