package io.agentcost.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.CatalogException;
import io.agentcost.pricing.PriceListProduct;
import io.agentcost.pricing.store.CatalogStore;
import io.agentcost.pricing.store.PriceListDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Price List test data (src/test/resources/pricing/README.md) and copies of the bundled cache. */
public final class PriceListFixtures {

    private PriceListFixtures() {
    }

    /** The bundled snapshot's date and file. */
    public static final String BUNDLED_DATE = "2026-11-26";

    /** Test credentials: never real, and the tests check they are written nowhere. */
    public static final String ACCESS_KEY = "AKIDTESTONLY7Q3ZX9EXAMPLE";
    public static final String SECRET_KEY = "testOnlySecret/K7MDENG/bPxRfiCYEXAMPLEKEY";

    /** The documents of a resource file, each parsed as a PriceList string. */
    public static List<PriceListProduct> products(String resource) {
        List<PriceListProduct> out = new ArrayList<>();
        for (JsonNode d : PriceListServer.readResource(resource)) out.add(PriceListDocuments.parse(d.toString()));
        return out;
    }

    public static Catalog bundled() {
        try {
            return new CatalogStore(Fixtures.root().resolve("pricing-cache")).load("us-east-1");
        } catch (CatalogException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A pricing-cache under {@code dir} holding a copy of the bundled us-east-1 snapshot. */
    public static Path cacheCopy(Path dir) {
        try {
            Path cache = dir.resolve("pricing-cache");
            Path region = Files.createDirectories(cache.resolve("us-east-1"));
            Files.copy(Fixtures.root().resolve("pricing-cache/us-east-1/" + BUNDLED_DATE + ".json"), region.resolve(BUNDLED_DATE + ".json"));
            return cache;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a directory, relative, sorted: to show nothing else was left behind. */
    public static List<String> filesUnder(Path dir) {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The root of the bulk layout in the test resources. */
    public static Path bulkRoot() {
        try {
            return Path.of(PriceListFixtures.class.getResource("/pricing/bulk").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
