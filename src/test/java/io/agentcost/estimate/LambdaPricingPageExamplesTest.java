package io.agentcost.estimate;

import static io.agentcost.testing.Fixtures.cents;
import static io.agentcost.testing.Fixtures.single;
import static io.agentcost.testing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.model.Estimate;
import io.agentcost.testing.Fixtures;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of aws.amazon.com/lambda/pricing (us-east-1), as recorded in
 * shared/reference/aws-pricing-facts.md §3.1, reproduced to the cent through the whole pipeline:
 * scenario text → loader → engine → pricer. One conversation of one turn is one request.
 */
class LambdaPricingPageExamplesTest {

    /** Functions example 1, "Mobile application backend": 3M requests, 120 ms, 1536 MB, free tier → $2.73. */
    @Test
    void mobileBackendExampleCosts273WithTheFreeTier() {
        Estimate e = single("""
                free_tier: true
                workload: {monthly_conversations: 3000000, turns_per_conversation: 1}
                architectures:
                  fn: {lambda: {memory_mb: 1536, duration_ms: 120}}
                """);
        // 3M × 0.12 s × 1.5 GB = 540,000 GB-s − 400,000 free = 140,000 × $0.0000166667 = $2.333338
        assertThat(usd(e, "Duration (x86_64)")).isCloseTo(2.333338, Assertions.within(1e-9));
        // (3M − 1M free) × $0.20 per 1M = $0.40
        assertThat(cents(usd(e, "Requests"))).isEqualTo(0.40);
        assertThat(cents(e.totalUsd())).isEqualTo(2.73);
    }

    /** Functions example 2, "Enriching streaming telemetry": 7.44M requests, 2 s, 1 GB, no free tier → $249.49. */
    @Test
    void telemetryExampleCosts24949WithoutTheFreeTier() {
        Estimate e = single("""
                workload: {monthly_conversations: 7440000, turns_per_conversation: 1}
                architectures:
                  fn: {lambda: {memory_mb: 1024, duration_ms: 2000}}
                """);
        // 7.44M × 2 s × 1 GB = 14.88M GB-s × $0.0000166667 = $248.000496; requests 7.44 × $0.20 = $1.488
        assertThat(cents(usd(e, "Duration (x86_64)"))).isEqualTo(248.00);
        assertThat(cents(usd(e, "Requests"))).isEqualTo(1.49);
        assertThat(cents(e.totalUsd())).isEqualTo(249.49);
    }

    /** Functions example 3, "ML on support tickets": 6M requests, 280 ms, 4096 MB, 2048 MB ephemeral → $106.41. */
    @Test
    void supportTicketExampleCosts10641WithEphemeralStorage() {
        Estimate e = single("""
                free_tier: true
                workload: {monthly_conversations: 6000000, turns_per_conversation: 1}
                architectures:
                  fn: {lambda: {memory_mb: 4096, duration_ms: 280, ephemeral_storage_mb: 2048}}
                """);
        // 6M × 0.28 s × 4 GB = 6.72M GB-s − 400,000 = 6.32M × $0.0000166667 = $105.333544
        assertThat(cents(usd(e, "Duration (x86_64)"))).isEqualTo(105.33);
        // (6M − 1M) × $0.20 per 1M = $1.00
        assertThat(cents(usd(e, "Requests"))).isEqualTo(1.00);
        // 6M × 0.28 s × (2048 − 512)/1024 GB = 2,520,000 GB-s × $0.0000000309 = $0.077868
        assertThat(cents(usd(e, "Ephemeral storage above 512 MB"))).isEqualTo(0.08);
        assertThat(cents(e.totalUsd())).isEqualTo(106.41);
    }

    /**
     * Provisioned concurrency example 2, "Cyber Monday": 2M requests in 24 h, 280 ms, 4096 MB, PC = 7 for
     * those 24 h → $32.26. A 24-hour "month" makes every request fall while PC is on (share min(1, 24/24)).
     */
    @Test
    void cyberMondayProvisionedConcurrencyExampleCosts3226() {
        Estimate e = single("""
                hours_per_month: 24
                workload: {monthly_conversations: 2000000, turns_per_conversation: 1}
                architectures:
                  fn: {lambda: {memory_mb: 4096, duration_ms: 280, provisioned_concurrency: {count: 7, hours: 24}}}
                """);
        // 7 × 4 GB × 86,400 s = 2,419,200 GB-s × $0.0000041667 = $10.08
        assertThat(cents(usd(e, "Provisioned concurrency (x86_64)"))).isEqualTo(10.08);
        // 2M × 0.28 × 4 = 2,240,000 GB-s × $0.0000097222 = $21.78
        assertThat(cents(usd(e, "Duration while provisioned (x86_64)"))).isEqualTo(21.78);
        assertThat(usd(e, "Duration (x86_64)")).isZero();
        assertThat(cents(e.totalUsd())).isEqualTo(32.26);
    }

    @Test
    void freeTierDoesNotApplyToAFunctionWithProvisionedConcurrency() {
        var r = Fixtures.estimate("""
                free_tier: true
                workload: {monthly_conversations: 1000000, turns_per_conversation: 1}
                architectures:
                  fn: {lambda: {memory_mb: 1024, duration_ms: 100, provisioned_concurrency: {count: 1, hours: 0}}}
                """);
        Estimate e = r.results().get(0);
        // 1M requests: no free million, so $0.20; 100,000 GB-s at the full rate = $1.66667
        assertThat(cents(usd(e, "Requests"))).isEqualTo(0.20);
        assertThat(cents(usd(e, "Duration (x86_64)"))).isEqualTo(1.67);
        assertThat(r.warnings()).anyMatch(w -> w.contains("free tier does not apply"));
    }

    @Test
    void armDurationUsesTheArmRateAndColdStartsAddInitDuration() {
        Estimate e = single("""
                workload: {monthly_conversations: 1000000, turns_per_conversation: 1}
                architectures:
                  fn: {lambda: {architecture: arm64, memory_mb: 2048, duration_ms: 500, cold_start_rate: 0.1, init_duration_ms: 1000}}
                """);
        // 1M × (500 + 0.1 × 1000) ms = 600,000 s × 2 GB = 1,200,000 GB-s × $0.0000133334 = $16.00008
        assertThat(Fixtures.line(e, "Duration (arm64)").quantity()).isEqualTo(1_200_000.0);
        assertThat(cents(usd(e, "Duration (arm64)"))).isEqualTo(16.00);
    }

    @Test
    void durationTiersApplyToTheMonthlyTotal() {
        Estimate e = single("""
                workload: {monthly_conversations: 10000000, turns_per_conversation: 100}
                architectures:
                  fn: {lambda: {memory_mb: 10240, duration_ms: 1000}}
                """);
        // 1e9 invocations × 1 s × 10 GB = 1e10 GB-s: 6e9 × 0.0000166667 + 4e9 × 0.000015 = 100,000.2 + 60,000 = $160,000.20
        assertThat(cents(usd(e, "Duration (x86_64)"))).isEqualTo(160_000.20);
    }
}
