package io.agentcost.pricing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.Price;
import io.agentcost.pricing.Source;
import io.agentcost.pricing.Tier;
import io.agentcost.testing.PriceListFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a refreshed snapshot: only refreshed prices change, and the file is replaced whole or not at all. */
class SnapshotWriterTest {

    private static final ObjectMapper EXACT = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private static Price refreshedReads() {
        return new Price("dynamodb.read_request_units", "1M read request units", List.of(new Tier(Double.POSITIVE_INFINITY, 0.15)),
                new Source("price_list", "AmazonDynamoDB", "USE1-ReadRequestUnits", "AWS Price List GetProducts (test): SKU 4W4ZMC46EHE8XTTZ"),
                "2026-11-01", "high", null, "2026-12-01");
    }

    private static SnapshotWriter.Changes changes(Map<String, Price> refreshed) {
        return new SnapshotWriter.Changes("us-east-1", LocalDate.parse("2026-12-01"), "refreshed in a test",
                Map.of("date", "2026-12-01", "refreshed", refreshed.size()), refreshed, Set.of());
    }

    @Test
    void pricesNotRefreshedAreWrittenExactlyAsBefore(@TempDir Path dir) throws Exception {
        Path cache = PriceListFixtures.cacheCopy(dir);
        Path base = cache.resolve("us-east-1/2026-11-26.json");
        Path target = cache.resolve("us-east-1/2026-12-01.json");
        SnapshotWriter.write(base, target, changes(Map.of("dynamodb.read_request_units", refreshedReads())));

        JsonNode before = EXACT.readTree(base.toFile());
        JsonNode after = EXACT.readTree(target.toFile());
        int same = 0;
        for (Iterator<String> it = before.get("prices").fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (key.equals("dynamodb.read_request_units")) continue;
            assertThat(after.get("prices").get(key)).as(key).isEqualTo(before.get("prices").get(key));
            same++;
        }
        assertThat(same).isEqualTo(218); // the bundled snapshot's 219 prices but the one refreshed
        assertThat(after.get("bedrock_models")).isEqualTo(before.get("bedrock_models"));
        assertThat(after.get("allowances")).isEqualTo(before.get("allowances"));
        // numbers keep their published text: no exponent notation, "1.0" stays "1.0"
        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(text).doesNotContainPattern("\"(usd|up_to|quantity)\": -?[0-9.]+[eE]").contains("\"usd\": 0.0000166667").contains("\"usd\": 1.0,");
        assertThat(text).startsWith("{\n  \"format\": \"agentcost-price-catalog/1\",\n");
    }

    @Test
    void theNewSnapshotReadsBackWithTheRefreshedPriceAndItsDates(@TempDir Path dir) throws Exception {
        Path cache = PriceListFixtures.cacheCopy(dir);
        SnapshotWriter.write(cache.resolve("us-east-1/2026-11-26.json"), cache.resolve("us-east-1/2026-12-01.json"),
                changes(Map.of("dynamodb.read_request_units", refreshedReads())));
        Catalog c = new CatalogStore(cache).load("us-east-1");
        assertThat(c.snapshotDate()).isEqualTo(LocalDate.parse("2026-12-01"));
        Price p = c.price("dynamodb.read_request_units").orElseThrow();
        assertThat(p.firstRate()).isEqualTo(0.15);
        assertThat(p.fetchedDate()).isEqualTo("2026-12-01");
        assertThat(p.effectiveDate()).isEqualTo("2026-11-01");
        assertThat(p.source().usageType()).isEqualTo("USE1-ReadRequestUnits");
        assertThat(c.price("lambda.requests").orElseThrow().fetchedDate()).isNull();
        JsonNode root = EXACT.readTree(cache.resolve("us-east-1/2026-12-01.json").toFile());
        assertThat(root.get("refresh").get("date").asText()).isEqualTo("2026-12-01");
        assertThat(root.get("description").asText()).isEqualTo("refreshed in a test");
    }

    @Test
    void tieredPricesAreWrittenWithPlainBoundaries(@TempDir Path dir) throws Exception {
        Path cache = PriceListFixtures.cacheCopy(dir);
        Price rest = new Price("api_gateway.rest.requests", "1M requests", List.of(new Tier(333, 3.5), new Tier(1000, 2.8),
                new Tier(20000, 2.38), new Tier(Double.POSITIVE_INFINITY, 1.5)), new Source("price_list", "AmazonApiGateway", null, "t"),
                "2026-11-01", "high", null, "2026-12-01");
        SnapshotWriter.write(cache.resolve("us-east-1/2026-11-26.json"), cache.resolve("us-east-1/2026-12-01.json"),
                changes(Map.of(rest.key(), rest)));
        JsonNode tiers = EXACT.readTree(cache.resolve("us-east-1/2026-12-01.json").toFile()).get("prices").get(rest.key()).get("tiers");
        assertThat(tiers.toString()).isEqualTo("[{\"up_to\":333,\"usd\":3.5},{\"up_to\":1000,\"usd\":2.8},{\"up_to\":20000,\"usd\":2.38},"
                + "{\"up_to\":null,\"usd\":1.5}]");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheTargetAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("2026-11-26.json");
        Files.writeString(target, "old content");
        assertThatThrownBy(() -> AtomicFiles.replace(target, out -> {
            out.write("{\"format\": \"agentcost-pri".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }, written -> { })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old content");
        assertThat(PriceListFixtures.filesUnder(dir)).containsExactly("2026-11-26.json");
    }

    @Test
    void aFileThatDoesNotReadBackReplacesNothing(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("2026-11-26.json");
        Files.writeString(target, "old content");
        assertThatThrownBy(() -> AtomicFiles.replace(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)), written -> {
            throw new IOException("does not read back");
        })).hasMessage("does not read back");
        assertThat(Files.readString(target)).isEqualTo("old content");
        assertThat(PriceListFixtures.filesUnder(dir)).containsExactly("2026-11-26.json");
    }

    @Test
    void aNewSnapshotIsAsReadableAsItsBase(@TempDir Path dir) throws Exception {
        Path cache = PriceListFixtures.cacheCopy(dir);
        Path base = cache.resolve("us-east-1/2026-11-26.json");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rw-r--r--"));
        Path target = cache.resolve("us-east-1/2026-12-01.json");
        SnapshotWriter.write(base, target, changes(Map.of("dynamodb.read_request_units", refreshedReads())));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    void aCompleteWriteReplacesTheTarget(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("x.json");
        Files.writeString(target, "old");
        AtomicFiles.replace(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)), written -> { });
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PriceListFixtures.filesUnder(dir)).containsExactly("x.json");
    }
}
