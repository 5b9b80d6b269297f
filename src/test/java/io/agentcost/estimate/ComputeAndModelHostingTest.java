package io.agentcost.estimate;

import static io.agentcost.testing.Fixtures.cents;
import static io.agentcost.testing.Fixtures.line;
import static io.agentcost.testing.Fixtures.single;
import static io.agentcost.testing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.app.EstimateReport;
import io.agentcost.model.Estimate;
import io.agentcost.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Fargate, SageMaker (fixed, autoscale, cap, training), AgentCore and licences, by hand (SPEC §4, §11). */
class ComputeAndModelHostingTest {

    private static final String SMALL = "workload: {monthly_conversations: 1000, turns_per_conversation: 1}\n";

    @Test
    void fargateBillsVcpuAndMemoryHours() {
        // 4 tasks × 730 h: 2,920 vCPU-h × $0.04048 = $118.2016; 5,840 GB-h × $0.004445 = $25.9588
        Estimate e = single(SMALL + "architectures: {a: {fargate: {tasks: 4, vcpu: 1, memory_gb: 2}}}");
        assertThat(e.totalUsd()).isCloseTo(118.2016 + 25.9588, within(1e-9));
    }

    @Test
    void fargateOnArmUsesArmPrices() {
        // 2,920 × $0.03238 + 5,840 × $0.00356 = 94.5496 + 20.7904
        Estimate e = single(SMALL + "architectures: {a: {fargate: {tasks: 4, vcpu: 1, memory_gb: 2, architecture: arm64}}}");
        assertThat(e.totalUsd()).isCloseTo(94.5496 + 20.7904, within(1e-9));
    }

    @Test
    void fargateSpotTakesItsDiscountOffItsShare() {
        // × (1 − 0.5 × 0.7) = 0.65 of $144.1604 = $93.70426
        Estimate e = single(SMALL + "architectures: {a: {fargate: {tasks: 4, vcpu: 1, memory_gb: 2, spot_share: 0.5, spot_discount: 0.7}}}");
        assertThat(e.totalUsd()).isCloseTo(144.1604 * 0.65, within(1e-9));
    }

    @Test
    void nonProductionCopiesMultiplyFixedInfrastructureOnly() {
        // 2 environments up half the month: × (1 + 2 × 0.5) = 2 for Fargate; DynamoDB traffic is not multiplied
        Estimate e = single("""
                workload: {monthly_conversations: 1000000, turns_per_conversation: 1, db_writes_per_turn: 1,
                           non_prod_environments: 2, non_prod_uptime: 0.5}
                architectures: {a: {fargate: {tasks: 4, vcpu: 1, memory_gb: 2}, dynamodb: {}}}
                """);
        assertThat(usd(e, "vCPU-hours (x86_64)")).isCloseTo(2 * 118.2016, within(1e-9));
        assertThat(usd(e, "Write request units")).isCloseTo(0.625, within(1e-12));
    }

    @Test
    void nonProductionUsageAddsConversations() {
        // 1M conversations × (1 + 0.1) × 1 write × $0.625/M = $0.6875
        Estimate e = single("""
                workload: {monthly_conversations: 1000000, turns_per_conversation: 1, db_writes_per_turn: 1, non_prod_usage_share: 0.1}
                architectures: {a: {dynamodb: {}}}
                """);
        assertThat(usd(e, "Write request units")).isCloseTo(0.6875, within(1e-12));
    }

    @Test
    void aFixedSageMakerEndpointRunsItsInstancesAllMonth() {
        // 2 × 730 × $1.515 = $2,211.90
        Estimate e = single("""
                workload: {monthly_conversations: 1000, turns_per_conversation: 1, user_tokens_per_turn: 100, output_tokens_per_call: 100}
                architectures: {a: {sagemaker: {instance_type: ml.g5.2xlarge, mode: fixed, instances: 2}}}
                """);
        assertThat(usd(e, "Endpoint instance-hours (ml.g5.2xlarge)")).isCloseTo(2211.90, within(1e-9));
    }

    /** 1,008,000 conversations × 10 turns × 200 output tokens = 2.016e9 tokens; one instance serves 400 × 3600 × 0.7 = 1,008,000 an hour. */
    private static final String AUTOSCALE = """
            workload: {monthly_conversations: 1008000, turns_per_conversation: 10, user_tokens_per_turn: 10, output_tokens_per_call: 200%s}
            architectures:
              a: {sagemaker: {instance_type: ml.g5.2xlarge, mode: autoscale, throughput_tokens_per_second: 400%s}}
            """;

    @Test
    void anAutoscaledEndpointFollowsTheOutputTokensItServes() {
        // 2.016e9 / 1,008,000 = 2,000 instance-hours (above the 730-hour floor) × $1.515 = $3,030
        Estimate e = single(AUTOSCALE.formatted("", ""));
        assertThat(line(e, "Endpoint instance-hours (ml.g5.2xlarge, autoscaled)").quantity()).isCloseTo(2000.0, within(1e-9));
        assertThat(usd(e, "Endpoint instance-hours (ml.g5.2xlarge, autoscaled)")).isCloseTo(3030.0, within(1e-9));
    }

    @Test
    void anAutoscaledEndpointNeverGoesBelowItsMinimum() {
        // 10 times less traffic: 200 h of demand < 1 × 730 h floor
        Estimate e = single(AUTOSCALE.formatted("", "").replace("1008000", "100800"));
        assertThat(line(e, "Endpoint instance-hours (ml.g5.2xlarge, autoscaled)").quantity()).isCloseTo(730.0, within(1e-9));
    }

    @Test
    void demandAboveMaxInstancesIsCappedWithAWarning() {
        EstimateReport r = Fixtures.estimate(AUTOSCALE.formatted("", ", max_instances: 2"));
        Estimate e = r.results().get(0);
        assertThat(line(e, "Endpoint instance-hours (ml.g5.2xlarge, autoscaled)").quantity()).isCloseTo(1460.0, within(1e-9));
        assertThat(r.warnings()).anyMatch(w -> w.contains("exceeds max_instances"));
    }

    @Test
    void nonProductionCopiesOfAnAutoscaledEndpointRunAtMinInstances() {
        // one copy all month at min_instances 1: 730 h × $1.515
        Estimate e = single(AUTOSCALE.formatted(", non_prod_environments: 1", ""));
        assertThat(usd(e, "Endpoint instance-hours, non-production copies at min_instances (ml.g5.2xlarge)")).isCloseTo(730 * 1.515, within(1e-9));
    }

    @Test
    void retriesMultiplyTheTokensSageMakerServes() {
        // a = 1 + 0.5 = 1.5 (max_retries 1): 3,000 instance-hours
        Estimate e = single(AUTOSCALE.formatted(", retry_rate: 0.5, max_retries: 1", ""));
        assertThat(line(e, "Endpoint instance-hours (ml.g5.2xlarge, autoscaled)").quantity()).isCloseTo(3000.0, within(1e-9));
    }

    @Test
    void sageMakerServesItsShareAndBedrockBillsTheRest() {
        // serves_share 0.75: SageMaker 1,500 h; Bedrock Nova Micro gets 25% of 2.016e9 output tokens = 504M × $0.14/M = $70.56
        Estimate e = single(AUTOSCALE.formatted(", model_mix: {nova-micro: 1}", ", serves_share: 0.75}, bedrock: {")
                .replace("bedrock: {}}", "bedrock: {}}"));
        assertThat(line(e, "Endpoint instance-hours (ml.g5.2xlarge, autoscaled)").quantity()).isCloseTo(1500.0, within(1e-9));
        assertThat(usd(e, "nova-micro output tokens")).isCloseTo(70.56, within(1e-9));
    }

    @Test
    void spotTrainingIsDiscountedByItsShareOfSavings() {
        // 100 h × (1 − 0.5 × 0.7) = 65 h × $1.408 = $91.52
        Estimate e = single(AUTOSCALE.formatted("", ", training: {instance_type: ml.g5.xlarge, hours_per_month: 100, spot_share: 0.5, spot_savings: 0.7}"));
        assertThat(usd(e, "Training instance-hours (ml.g5.xlarge, spot-adjusted)")).isCloseTo(91.52, within(1e-9));
    }

    @Test
    void agentCoreMatchesThePricingGuideExamples() {
        // CPU: 10M sessions × 18 s active (60 s with 70% I/O wait) × 1 vCPU = 50,000 vCPU-h × $0.0895 = $4,475
        Estimate cpu = single("""
                workload: {monthly_conversations: 10000000, turns_per_conversation: 1}
                architectures:
                  a: {agentcore: {vcpu: 1, active_cpu_seconds_per_turn: 18, memory_gb: 0, session_seconds: 60, list_tools_per_session: 0}}
                """);
        assertThat(cents(usd(cpu, "Runtime vCPU-hours (active CPU)"))).isEqualTo(4475.00);
        // Gateway: 50M interactions × (1 search + 4 tool calls): 200M × $0.005/1K = $1,000; 50M × $0.025/1K = $1,250
        Estimate gateway = single("""
                workload: {monthly_conversations: 50000000, turns_per_conversation: 1, tool_calls_per_turn: 4}
                architectures:
                  a: {agentcore: {vcpu: 0, active_cpu_seconds_per_turn: 0, memory_gb: 0, session_seconds: 0, list_tools_per_session: 0,
                                  gateway_searches_per_session: 1}}
                """);
        assertThat(cents(usd(gateway, "Gateway invocations (tool calls and ListTools)"))).isEqualTo(1000.00);
        assertThat(cents(usd(gateway, "Gateway searches"))).isEqualTo(1250.00);
    }

    @Test
    void agentCoreMemoryIsBilledForTheWholeSession() {
        // 1M sessions × 300 s × 2 GB / 3600 = 166,666.67 GB-h × $0.00945 = $1,575
        Estimate e = single("""
                workload: {monthly_conversations: 1000000, turns_per_conversation: 1}
                architectures: {a: {preset: agentcore, agentcore: {memory_gb: 2, session_seconds: 300}}}
                """.replace("preset: agentcore, ", "").replace("{memory_gb", "{vcpu: 1, active_cpu_seconds_per_turn: 0, list_tools_per_session: 0, memory_gb"));
        assertThat(usd(e, "Runtime memory GB-hours")).isCloseTo(1575.0, within(1e-9));
    }

    @Test
    void aLicenceIsItsFlatFeePlusPerConversationAndNotDiscounted() {
        // $2,400 + 1,000 × 1.1 conversations × $0.01 = $2,411, discount applies to AWS lines only
        Estimate e = single("""
                discount: 0.2
                workload: {monthly_conversations: 1000, turns_per_conversation: 1, non_prod_usage_share: 0.1}
                architectures: {a: {license: {monthly_usd: 2400, per_conversation_usd: 0.01}}}
                """);
        assertThat(e.totalUsd()).isCloseTo(2411.0, within(1e-9));
    }
}
