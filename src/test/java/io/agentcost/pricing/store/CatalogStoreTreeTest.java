package io.agentcost.pricing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agentcost.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Snapshots are read without an ObjectMapper (decision 0015); the tree must be the one ObjectMapper.readTree reads. */
class CatalogStoreTreeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode tree(String json) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            return CatalogStore.tree(p);
        }
    }

    @Test
    void theBundledSnapshotReadsAsObjectMapperReadsIt() throws Exception {
        String json = Files.readString(Fixtures.root().resolve("pricing-cache/us-east-1/2026-11-26.json"));

        assertThat(tree(json)).isEqualTo(MAPPER.readTree(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "null", "\"text\"", "{}", "[]", "{\"a\": 1, \"a\": 2}", "{\"a\": {}} trailing text",
            "[1, -2, 2147483648, 123456789012345678901234567890, 0.125, 1e-7, -0.0, true, false, null, \"x\", [[]], {\"b\": [1]}]"})
    void everyKindOfValueReadsAsObjectMapperReadsIt(String json) throws Exception {
        JsonNode expected = MAPPER.readTree(json);

        assertThat(tree(json)).isEqualTo(expected);
        assertThat(tree(json).getNodeType()).isEqualTo(expected.getNodeType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"format\": \"agentcost-price-catalog/1\", \"region\": ", "{\"a\": 1,, \"b\": 2}", "[1, 2", "{\"a\"\n: tru}"})
    void brokenJsonFailsWithObjectMappersMessageAndLine(String json) {
        JsonProcessingException expected = catchThrowableOfType(() -> MAPPER.readTree(json), JsonProcessingException.class);
        JsonProcessingException actual = catchThrowableOfType(() -> tree(json), JsonProcessingException.class);

        assertThat(actual).isNotNull();
        assertThat(actual.getOriginalMessage()).isEqualTo(expected.getOriginalMessage());
        assertThat(actual.getLocation().getLineNr()).isEqualTo(expected.getLocation().getLineNr());
    }
}
