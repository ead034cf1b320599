package org.cxcadence.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cxcadence.exchange.json.HardenedMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HardenedMapperTest {
    private final ObjectMapper mapper = HardenedMapper.create();

    @Test
    void mapperNeverUsesPolymorphicDefaultTyping() {
        assertNull(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)));
        assertNull(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class)));
    }

    @Test
    void streamConstraintsAreExplicit() {
        StreamReadConstraints limits = mapper.getFactory().streamReadConstraints();
        assertEquals(64, limits.getMaxNestingDepth());
        assertEquals(2_100_000, limits.getMaxStringLength());
        assertEquals(100, limits.getMaxNumberLength());
        assertEquals(512L * 1024 * 1024, limits.getMaxDocumentLength());
    }

    @Test
    void strictFeaturesAreOn() {
        assertTrue(mapper.getFactory().isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
        var config = mapper.getDeserializationConfig();
        assertTrue(config.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        assertTrue(config.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
        assertTrue(config.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES));
        assertTrue(config.isEnabled(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS));
    }
}
