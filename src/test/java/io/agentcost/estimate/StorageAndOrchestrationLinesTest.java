package io.agentcost.estimate;

import static io.agentcost.testing.Fixtures.cents;
import static io.agentcost.testing.Fixtures.line;
import static io.agentcost.testing.Fixtures.single;
import static io.agentcost.testing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.Estimate;
import org.junit.jupiter.api.Test;

/** S3, Step Functions, Guardrails and Secrets Manager (issue 16, decision 0025), by hand and from published examples. */
class StorageAndOrchestrationLinesTest {

    /** 1,000,000 conversations × 4 turns = 4M turns, U = 200 and O = 300 tokens, plus the given keys and one architecture. */
    private static Estimate run(String extra, String architecture) {
        return single("""
                %s
                workload:
                  monthly_conversations: 1000000
                  turns_per_conversation: 4
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 300
                architectures:
                  a: %s
                """.formatted(extra, architecture));
    }

    // --- S3

    @Test
    void s3StandardStorageIsTieredOnTheMonthsTotal() {
        // 600,000 GB: 51,200 × $0.023 + 460,800 × $0.022 + 88,000 × $0.021 = 1,177.60 + 10,137.60 + 1,848.00 = $13,163.20
        Estimate e = run("", "{s3: {storage_gb: 600000}}");
        assertThat(cents(usd(e, "Storage (standard)"))).isEqualTo(13_163.20);
        assertThat(line(e, "Storage (standard)").tiered()).isTrue();
    }

    @Test
    void s3StandardIaStorageMatchesInfracostsGolden() {
        // infracost s3_bucket golden: Standard - infrequent access, 30,000 GB = $375.00 (30,000 × $0.0125)
        Estimate e = run("", "{s3: {storage_class: standard_ia, storage_gb: 30000}}");
        assertThat(usd(e, "Storage (standard_ia)")).isCloseTo(375.0, within(1e-9));
    }

    @Test
    void s3RequestsPerTurnFollowTrafficAndPerMonthAreFixed() {
        // PUT 4M turns × 0.5 = 2M = 2,000 × $0.005 = $10; GET 4M × 3 = 12M = 12,000 × $0.0004 = $4.80;
        // per month: 100,000 PUT = 100 × $0.005 = $0.50 and 1,000,000 GET = 1,000 × $0.0004 = $0.40, × (1 + 2 × 0.5) = 2
        Estimate e = run("", """
                {s3: {storage_gb: 0, put_requests_per_turn: 0.5, get_requests_per_turn: 3,
                      put_requests_per_month: 100000, get_requests_per_month: 1000000}}""");
        assertThat(usd(e, "PUT, COPY, POST, LIST requests per turn")).isCloseTo(10.0, within(1e-9));
        assertThat(usd(e, "GET and other requests per turn")).isCloseTo(4.8, within(1e-9));
        assertThat(usd(e, "PUT, COPY, POST, LIST requests per month")).isCloseTo(0.5, within(1e-9));
        assertThat(usd(e, "GET and other requests per month")).isCloseTo(0.4, within(1e-9));

        Estimate withCopies = single("""
                workload: {monthly_conversations: 1000000, turns_per_conversation: 4, non_prod_environments: 2, non_prod_uptime: 0.5}
                architectures:
                  a: {s3: {storage_gb: 1000, put_requests_per_turn: 0.5, put_requests_per_month: 100000}}
                """);
        // fixed: 1,000 GB × $0.023 × 2 = $46; 100 × $0.005 × 2 = $1; traffic stays 2,000 × $0.005 = $10
        assertThat(usd(withCopies, "Storage (standard)")).isCloseTo(46.0, within(1e-9));
        assertThat(usd(withCopies, "PUT, COPY, POST, LIST requests per month")).isCloseTo(1.0, within(1e-9));
        assertThat(usd(withCopies, "PUT, COPY, POST, LIST requests per turn")).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void infrequentAccessClassesBillEveryGigabyteTheirGetsReadBack() {
        // 4M turns × 1 GET × 256 KB = 1,024,000,000 KB / 1,048,576 = 976.5625 GB × $0.01 = $9.765625; GETs 4,000 × $0.001 = $4
        Estimate e = run("", "{s3: {storage_class: one_zone_ia, storage_gb: 0, get_requests_per_turn: 1, retrieved_kb_per_get: 256}}");
        assertThat(line(e, "Data retrieved by GETs per turn").quantity()).isCloseTo(976.5625, within(1e-9));
        assertThat(usd(e, "Data retrieved by GETs per turn")).isCloseTo(9.765625, within(1e-9));
        assertThat(usd(e, "GET and other requests per turn")).isCloseTo(4.0, within(1e-9));
        // S3 Standard charges no retrieval: no such line at all
        Estimate standard = run("", "{s3: {storage_gb: 0, get_requests_per_turn: 1, retrieved_kb_per_get: 256}}");
        assertThat(standard.lines()).noneMatch(l -> l.name().startsWith("Data retrieved"));
    }

    // --- Step Functions

    @Test
    void standardWorkflowsPayPerTransitionAfterTheFreeFourThousand() {
        // 100,000 executions of a 4-transition workflow = 400,000 transitions = 400 × 1K:
        // free tier on: (400 − 4) × $0.025 = $9.90; off: 400 × $0.025 = $10.00
        String yaml = """
                free_tier: %s
                workload: {monthly_conversations: 100000, turns_per_conversation: 1}
                architectures:
                  a: {step_functions: {transitions_per_turn: 4}}
                """;
        assertThat(usd(single(yaml.formatted("true")), "State transitions (standard)")).isCloseTo(9.90, within(1e-9));
        assertThat(usd(single(yaml.formatted("false")), "State transitions (standard)")).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void expressDurationIsTieredLikeInfracostsThreeTierGolden() {
        // infracost sfn_state_machine golden "express3Tiers": 100 × 1M requests = $100.00; 29,687.5 GB-hours =
        // 1,000 × $0.060012 + 4,000 × $0.0299875 + 24,687.5 × $0.016416 = 60.012 + 119.95 + 405.27 = $585.232.
        // Here 100M executions × ⌈17,050/100⌉·0.1 s = 17.1 s × 64 MB = 0.0625 GB → 1.06875 GB-s each → 29,687.5 GB-hours
        Estimate e = single("""
                workload: {monthly_conversations: 100000000, turns_per_conversation: 1}
                architectures:
                  a: {step_functions: {workflow_type: express, duration_ms: 17050, memory_mb: 64}}
                """);
        assertThat(usd(e, "Requests (express)")).isCloseTo(100.0, within(1e-9));
        assertThat(line(e, "Duration (express)").quantity()).isCloseTo(29_687.5, within(1e-6));
        assertThat(usd(e, "Duration (express)")).isCloseTo(585.232, within(1e-6));
    }

    @Test
    void expressDurationRoundsUpTo100MsAndMemoryTo64MbChunks() {
        // 1,250 ms → 1.3 s; 100 MB → 128 MB = 0.125 GB: 4M executions × 1.3 × 0.125 = 650,000 GB-s = 180.5556 GB-hours
        Estimate e = run("", "{step_functions: {workflow_type: express, duration_ms: 1250, memory_mb: 100}}");
        assertThat(line(e, "Duration (express)").quantity()).isCloseTo(650_000.0 / 3600, within(1e-9));
        // first tier only: 180.5556 × $0.060012 = $10.8355
        assertThat(usd(e, "Duration (express)")).isCloseTo(650_000.0 / 3600 * 0.060012, within(1e-9));
        assertThat(e.lines()).noneMatch(l -> l.name().startsWith("State transitions"));
    }

    @Test
    void transitionsFollowTheMeanTurnsWhenTurnsVaryBetweenConversations() {
        // E[T] = 0.5 × 2 + 0.5 × 6 = 4: 1M × 4 × 5 transitions = 20M = 20,000 × $0.025 = $500
        Estimate e = single("""
                workload:
                  monthly_conversations: 1000000
                  turns_per_conversation: {varies: {discrete: {values: [2, 6], weights: [0.5, 0.5]}}}
                architectures:
                  a: {step_functions: {transitions_per_turn: 5}}
                """);
        assertThat(usd(e, "State transitions (standard)")).isCloseTo(500.0, within(1e-9));
    }

    // --- Guardrails

    @Test
    void contentFiltersCheckTheUserMessageAndTheAnswerInTextUnitsOf1000Characters() {
        // input: 200 tokens × 4 = 800 characters = 1 text unit × 4M turns = 4,000 × 1K × $0.15 = $600;
        // output: 300 × 4 = 1,200 characters = ⌈1.2⌉ = 2 units × 4M = 8,000 × 1K × $0.15 = $1,200
        Estimate e = run("", "{guardrails: {}}");
        assertThat(line(e, "Content filters (input)").quantity()).isCloseTo(4_000.0, within(1e-9));
        assertThat(usd(e, "Content filters (input)")).isCloseTo(600.0, within(1e-9));
        assertThat(usd(e, "Content filters (output)")).isCloseTo(1_200.0, within(1e-9));
    }

    @Test
    void eachEnabledPolicyBillsItsOwnRateOnlyWhereItChecks() {
        // 250 tokens × 4 = 1,000 characters = exactly 1 unit; 251 × 4 = 1,004 = 2 units (× 4M turns):
        // denied topics on input: 4,000 × $0.15 = $600; sensitive information on output (2 units): 8,000 × $0.10 = $800
        Estimate e = run("", """
                {guardrails: {content_filters: off, denied_topics: input, sensitive_information: output,
                              input_tokens_per_evaluation: 250, output_tokens_per_evaluation: 251}}""");
        assertThat(usd(e, "Denied topics (input)")).isCloseTo(600.0, within(1e-9));
        assertThat(usd(e, "Sensitive information (output)")).isCloseTo(800.0, within(1e-9));
        assertThat(e.lines()).extracting(l -> l.name()).containsExactlyInAnyOrder("Denied topics (input)", "Sensitive information (output)");
    }

    @Test
    void contextualGroundingAlsoReadsItsSourceAndAutomatedReasoningHasNoPrice() {
        // (300 + 2,000) tokens × 4 = 9,200 characters = 10 units × 4M turns = 40,000 × 1K × $0.10 = $4,000
        Estimate e = run("", """
                {guardrails: {content_filters: off, contextual_grounding: output, automated_reasoning: output,
                              grounding_source_tokens_per_evaluation: 2000}}""");
        assertThat(usd(e, "Contextual grounding (output and grounding source)")).isCloseTo(4_000.0, within(1e-9));
        assertThat(e.missingPrices()).containsExactly("guardrails.automated_reasoning");
        assertThat(e.totalUsd()).isCloseTo(4_000.0, within(1e-9));
    }

    @Test
    void moreCharactersPerTokenMeanMoreTextUnits() {
        // 200 tokens × 6 = 1,200 characters = 2 units per input check, 2 checks per turn: 4M × 4 = 16,000 × 1K × $0.15 = $2,400
        Estimate e = run("", "{guardrails: {content_filters: input, characters_per_token: 6, input_evaluations_per_turn: 2}}");
        assertThat(usd(e, "Content filters (input)")).isCloseTo(2_400.0, within(1e-9));
    }

    // --- Secrets Manager

    @Test
    void secretsAreFixedInfrastructureAndApiCallsPer10000() {
        // secrets 10 × $0.40 × (1 + 2 × 0.5) = $8; per month 1M calls = 100 × 10K × $0.05 × 2 = $10;
        // per turn 4M × 0.25 = 1M = 100 × $0.05 = $5 (traffic: no multiplier)
        Estimate e = single("""
                workload: {monthly_conversations: 1000000, turns_per_conversation: 4, non_prod_environments: 2, non_prod_uptime: 0.5}
                architectures:
                  a: {secrets_manager: {secrets: 10, api_calls_per_turn: 0.25, api_calls_per_month: 1000000}}
                """);
        assertThat(usd(e, "Secrets")).isCloseTo(8.0, within(1e-9));
        assertThat(usd(e, "API calls per month")).isCloseTo(10.0, within(1e-9));
        assertThat(usd(e, "API calls per turn")).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void secretsManagerMatchesInfracostsGolden() {
        // infracost secretsmanager_secret golden: 1 secret = $0.40; 10 × 10k requests = $0.50
        Estimate e = single("""
                workload: {monthly_conversations: 100000, turns_per_conversation: 1}
                architectures:
                  a: {secrets_manager: {secrets: 1, api_calls_per_turn: 1}}
                """);
        assertThat(usd(e, "Secrets")).isCloseTo(0.40, within(1e-9));
        assertThat(usd(e, "API calls per turn")).isCloseTo(0.50, within(1e-9));
    }
}
