package org.cxcadence.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.cxcadence.exchange.json.WorkspaceDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/workspace.schema.json describes what WorkspaceJson writes and refuses what it refuses. */
class WorkspaceSchemaTest {
    private static final Path SCHEMA = Path.of("docs/workspace.schema.json");
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static JsonSchema schema;
    private static JsonNode schemaTree;

    @BeforeAll
    static void loadSchema() throws IOException {
        schemaTree = PLAIN.readTree(SCHEMA.toFile());
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void richExportValidatesAgainstTheSchema() throws IOException {
        String export = new WorkspaceJson().writeString(SampleWorkspaces.rich());
        Set<ValidationMessage> errors = schema.validate(PLAIN.readTree(export));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void richExportRoundTripsToAnEqualWorkspaceAndIdenticalBytes() throws IOException {
        WorkspaceJson json = new WorkspaceJson();
        String export = json.writeString(SampleWorkspaces.rich());
        var read = json.read(new java.io.ByteArrayInputStream(export.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "x.json");
        assertEquals(SampleWorkspaces.rich(), read);
        assertEquals(WorkspaceJsonRoundTripTest.withoutExportedAt(export),
                WorkspaceJsonRoundTripTest.withoutExportedAt(json.writeString(read)));
    }

    @Test
    void everyObjectInTheSchemaRefusesUnknownKeys() {
        List<String> open = new ArrayList<>();
        collectOpenObjects(schemaTree, "#", open);
        assertTrue(open.isEmpty(), "objects without additionalProperties: false: " + open);
    }

    private static void collectOpenObjects(JsonNode node, String where, List<String> open) {
        if (node.isObject()) {
            if (node.has("properties") && !node.path("additionalProperties").isBoolean()) {
                // "properties" inside if/then only narrows a value already declared closed elsewhere
                if (!where.contains("/if") && !where.contains("/then")) {
                    open.add(where);
                }
            }
            node.properties().forEach(e -> collectOpenObjects(e.getValue(), where + "/" + e.getKey(), open));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectOpenObjects(node.get(i), where + "/" + i, open);
            }
        }
    }

    /** The schema and the reader know the same keys: adding a field means documenting it. */
    @Test
    void schemaDeclaresExactlyTheKeysOfTheFormat() {
        Map<String, Class<? extends Record>> definitions = Map.ofEntries(
                Map.entry("settings", WorkspaceDocument.SettingsJson.class),
                Map.entry("person", WorkspaceDocument.PersonJson.class),
                Map.entry("topicArea", WorkspaceDocument.TopicAreaJson.class),
                Map.entry("journeyStage", WorkspaceDocument.JourneyStageJson.class),
                Map.entry("segment", WorkspaceDocument.SegmentJson.class),
                Map.entry("series", WorkspaceDocument.SeriesJson.class),
                Map.entry("meeting", WorkspaceDocument.MeetingJson.class),
                Map.entry("attendance", WorkspaceDocument.AttendanceJson.class),
                Map.entry("agendaItem", WorkspaceDocument.AgendaItemJson.class),
                Map.entry("decision", WorkspaceDocument.DecisionJson.class),
                Map.entry("snapshotEntry", WorkspaceDocument.SnapshotEntryJson.class),
                Map.entry("actionItem", WorkspaceDocument.ActionItemJson.class),
                Map.entry("actionUpdate", WorkspaceDocument.ActionUpdateJson.class),
                Map.entry("metric", WorkspaceDocument.MetricJson.class),
                Map.entry("metricValue", WorkspaceDocument.MetricValueJson.class),
                Map.entry("minutesRecord", WorkspaceDocument.MinutesJson.class),
                Map.entry("correction", WorkspaceDocument.CorrectionJson.class));
        assertEquals(keysOf(WorkspaceDocument.class), schemaKeys(schemaTree));
        definitions.forEach((name, type) ->
                assertEquals(keysOf(type), schemaKeys(schemaTree.path("$defs").path(name)), name));
    }

    private static Set<String> keysOf(Class<? extends Record> type) {
        return new TreeSet<>(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    private static Set<String> schemaKeys(JsonNode definition) {
        Set<String> keys = new TreeSet<>();
        definition.path("properties").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"title\": \"VP Sales\",                      | \"title\": \"VP Sales\", \"nickname\": \"Lee\",",
            "\"unit\": \"SCORE\"                           | \"unit\": \"score\"",
            "\"start\": \"2026-11-09T09:00:00Z\"           | \"start\": \"2026-11-09T09:00:00\"",
            "\"due\": \"2026-11-16\"                       | \"due\": \"16/11/2026\"",
            "\"period\": \"2026-10\",\\n          \"segmentId\": \"seg-smb\" | \"period\": \"2026-Q4\",\\n          \"segmentId\": \"seg-smb\"",
            "\"period\": \"2026-Q3\",\\n          \"value\": 45.50,\\n          \"target\": 50 | \"period\": \"2026-Q3\", \"segmentId\": \"seg-ent\",\\n          \"value\": 45.50,\\n          \"target\": 50",
            "\"rating\": 8                                 | \"rating\": 11",
            "\"name\": \"Dana Whitfield\"                   | \"name\": \" \"",
            "\"version\": 1                                | \"version\": 2"})
    void schemaRefusesWhatTheReaderRefuses(String before, String after) throws IOException {
        String broken = WorkspaceJsonRejectionTest.replaceOnce(WorkspaceJsonRejectionTest.example(),
                before.replace("\\n", "\n"), after.replace("\\n", "\n"));
        assertFalse(schema.validate(PLAIN.readTree(broken)).isEmpty(), "schema accepted: " + after);
        assertThrows(WorkspaceFormatException.class, () -> new WorkspaceJson().read(
                new java.io.ByteArrayInputStream(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "x.json"));
    }
}
