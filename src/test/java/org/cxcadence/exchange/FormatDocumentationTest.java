package org.cxcadence.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.cxcadence.domain.Workspace;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example in docs/FORMAT.md is a real export: the app reads it and writes it back unchanged. */
class FormatDocumentationTest {
    @Test
    void exampleInFormatDocIsReadAndWrittenBackByteForByte() throws IOException {
        String doc = Files.readString(Path.of("docs/FORMAT.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        WorkspaceJson json = new WorkspaceJson(Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), ZoneOffset.ofHours(1)));
        Workspace read = json.read(new ByteArrayInputStream(example.getBytes(StandardCharsets.UTF_8)), "FORMAT.md");
        assertEquals(example, json.writeString(read));
        try (InputStream schema = Files.newInputStream(Path.of("docs/workspace.schema.json"))) {
            var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                    .validate(new ObjectMapper().readTree(example));
            assertTrue(errors.isEmpty(), errors.toString());
        }
    }
}
