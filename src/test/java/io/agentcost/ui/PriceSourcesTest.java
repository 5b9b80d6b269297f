package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.app.EstimateReport;
import io.agentcost.pricing.Catalog;
import io.agentcost.pricing.Price;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The status bar says where the prices behind the results come from, by kind, and when — not only the snapshot's age. */
class PriceSourcesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static EstimateReport example() throws Exception {
        return Fixtures.estimate(Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml")));
    }

    private static Catalog catalog() throws Exception {
        return Fixtures.load(Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"))).catalog();
    }

    @Test
    void theExamplesPricesAreCountedByWhereTheyCameFrom() throws Exception {
        // worked out apart from this code: the price_key of every line of `estimate --format json` on the example
        // (40 distinct), looked up in pricing-cache/us-east-1/2026-11-26.json by a script: 24 source.kind price_list,
        // 13 page, 3 third_party (aurora r6g.large, elasticache r6g.large, the SageMaker ml.g5.2xlarge endpoint); no
        // price has a fetched_date
        PriceSources s = PriceSources.of(catalog(), example(), TODAY);
        assertThat(s.line()).isEqualTo("Prices us-east-1: 24 AWS Price List · 13 AWS page · 3 third-party"
                + " · compiled 2026-11-26, none fetched live");
        assertThat(s.detail()).contains("The 40 prices the estimate uses","AWS Price List: 24, effective 2024-07-01 to 2026-08-30",
                "no AWS source backs these: aurora.db.r6g.large, elasticache.cache.r6g.large, sagemaker.hosting.ml.g5.2xlarge",
                "5 days old", "No price in it was fetched from the AWS Price List by a refresh");
    }

    @Test
    void pricesFetchedByARefreshSayWhen() throws Exception {
        Catalog c = catalog();
        Map<String, Price> prices = new HashMap<>(c.prices());
        Price p = prices.get("sagemaker.hosting.ml.g5.2xlarge");
        prices.put(p.key(), new Price(p.key(), p.unit(), p.tiers(), p.source(), p.effectiveDate(), p.confidence(), p.note(), "2026-11-28"));
        Catalog refreshed = new Catalog(c.region(), c.snapshotDate(), c.origin(), prices, c.allowances(), List.copyOf(c.models().values()));
        // 2026-11-28 to 2026-12-01 is 3 days
        assertThat(PriceSources.of(refreshed, example(), TODAY).line()).endsWith(" · fetched from AWS 2026-11-28 (3 days ago)");
    }
}
