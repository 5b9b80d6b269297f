package io.agentcost.estimate;

import static io.agentcost.testing.Fixtures.line;
import static io.agentcost.testing.Fixtures.single;
import static io.agentcost.testing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.Category;
import io.agentcost.model.Estimate;
import io.agentcost.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The pricing pass: discount, overrides, people and custom lines, fleets sharing one account's tiers. */
class PricingPassTest {

    @Test
    void discountAppliesToEveryAwsLineAfterTheNonProductionMultiplier() {
        // ALB 730 h × $0.0225 × (1 + 1 × 1) × (1 − 0.1) = $29.565; people and custom lines keep their price
        Estimate e = single("""
                discount: 0.1
                workload: {monthly_conversations: 1, turns_per_conversation: 1, non_prod_environments: 1}
                architectures:
                  a: {alb: {count: 1, lcu: 0}, team_monthly_usd: 8000, custom: [{name: Support contract, category: other, monthly_usd: 500}]}
                """);
        assertThat(usd(e, "Load balancer hours")).isCloseTo(730 * 0.0225 * 2 * 0.9, within(1e-9));
        assertThat(line(e, "Load balancer hours").listUsd()).isCloseTo(730 * 0.0225 * 2, within(1e-9));
        assertThat(usd(e, "Team (people cost to run it)")).isEqualTo(8000.0);
        assertThat(line(e, "Team (people cost to run it)").category()).isEqualTo(Category.PEOPLE);
        assertThat(usd(e, "Support contract")).isEqualTo(500.0);
    }

    @Test
    void aPriceOverrideReplacesTheCatalogPrice() {
        Estimate e = single("""
                price_overrides: {alb.hours: 0.02}
                workload: {monthly_conversations: 1, turns_per_conversation: 1}
                architectures: {a: {alb: {count: 1, lcu: 0}}}
                """);
        assertThat(line(e, "Load balancer hours").unitPriceUsd()).isEqualTo(0.02);
        assertThat(usd(e, "Load balancer hours")).isCloseTo(14.6, within(1e-9));
    }

    @Test
    void oneTimeCostIsNotAMonthlyLine() {
        Estimate e = single("""
                workload: {monthly_conversations: 1, turns_per_conversation: 1}
                architectures: {a: {one_time_usd: 120000, custom: [{name: x, category: other, monthly_usd: 1}]}}
                """);
        assertThat(e.totalUsd()).isEqualTo(1.0);
    }

    @Test
    void agentsSumBeforeTieringAndShareTheBlendedRate() {
        // two agents × 50M conversations × 4 turns = 400M REST requests in one account: $1,353.10 (see the
        // single-account test), split by quantity: each agent $676.55 at the blended $3.3828 per million
        Estimate e = single("""
                workload: {monthly_conversations: 50000000, turns_per_conversation: 4}
                agents:
                  - {name: a}
                  - {name: b}
                architectures: {x: {api_gateway: {type: rest}}}
                """);
        assertThat(line(e, "a", "REST API requests").usd()).isCloseTo(676.55, within(1e-9));
        assertThat(line(e, "b", "REST API requests").usd()).isCloseTo(676.55, within(1e-9));
        assertThat(e.byAgent()).containsOnlyKeys("a", "b");
    }

    @Test
    void anAgentsConversationsAreItsCountTimesItsOwnVolume() {
        // triage: 50 × 1,000 = 50,000 conversations × 1 write = 0.05M WRU × $0.625 = $0.03125;
        // resolver: 10 × 2,000 (its own override) = 20,000 → $0.0125
        Estimate e = single("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 1, db_writes_per_turn: 1}
                agents:
                  - {name: triage, count: 50}
                  - {name: resolver, count: 10, monthly_conversations: 2000}
                architectures: {x: {dynamodb: {}}}
                """);
        assertThat(line(e, "triage", "Write request units").usd()).isCloseTo(0.03125, within(1e-12));
        assertThat(line(e, "resolver", "Write request units").usd()).isCloseTo(0.0125, within(1e-12));
        assertThat(e.byAgent().get("triage")).isCloseTo(0.03125, within(1e-12));
    }

    @Test
    void phasesOverrideTheWorkloadAndEachIsEstimated() {
        var r = Fixtures.estimate("""
                workload: {monthly_conversations: 1000000, turns_per_conversation: 1, db_writes_per_turn: 1}
                phases:
                  dev: {monthly_conversations: 1000}
                  scale: {}
                architectures: {x: {dynamodb: {}}}
                """);
        assertThat(r.result("dev", "x").totalUsd()).isCloseTo(0.000625, within(1e-12));
        assertThat(r.result("scale", "x").totalUsd()).isCloseTo(0.625, within(1e-12));
    }

    @Test
    void theNominalEstimateUsesEachInputsMedian() {
        // uniform [1000, 3000] → median 2,000 conversations × 1 write = $0.00125
        Estimate e = single("""
                workload: {monthly_conversations: {uniform: [1000, 3000]}, turns_per_conversation: 1, db_writes_per_turn: 1}
                architectures: {x: {dynamodb: {}}}
                """);
        assertThat(e.totalUsd()).isCloseTo(0.00125, within(1e-15));
    }

    @Test
    void aComponentWithoutUsageSaysSoInsteadOfLookingFree() {
        var r = Fixtures.estimate("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 1}
                architectures: {x: {dynamodb: {}}}
                """);
        assertThat(r.results().get(0).totalUsd()).isZero();
        assertThat(r.warnings()).anyMatch(w -> w.contains("dynamodb has no usage") && w.contains("db_reads_per_turn"));
    }
}
