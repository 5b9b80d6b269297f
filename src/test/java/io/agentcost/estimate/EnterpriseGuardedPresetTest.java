package io.agentcost.estimate;

import static io.agentcost.testing.Fixtures.single;
import static io.agentcost.testing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import org.junit.jupiter.api.Test;

/**
 * The opt-in enterprise_guarded preset (decision 0028): enterprise's bill plus Bedrock Guardrails content filters on every
 * turn's input and output and one Secrets Manager secret, while enterprise itself keeps its SPEC §3 components.
 */
class EnterpriseGuardedPresetTest {

    /** 1,000,000 conversations × 4 turns = 4M turns; U = 200, O = 300 tokens; no non-production copies (multiplier 1). */
    private static Estimate run(String architecture) {
        return single("""
                workload:
                  monthly_conversations: 1000000
                  turns_per_conversation: 4
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 300
                  non_prod_environments: 0
                  model_mix: {nova-micro: 1.0}
                architectures:
                  a: %s
                """.formatted(architecture));
    }

    @Test
    void itIsEnterprisePlusContentFiltersBothWaysAndOneSecret() {
        // input: 200 tokens × 4 characters = 800 characters = 1 text unit; 4M turns × 1 = 4,000 thousand units × $0.15 = $600
        // output: 300 × 4 = 1,200 characters = 2 text units; 4M × 2 = 8,000 thousand × $0.15 = $1,200
        // ($0.15 per 1K text units: guardrails.content_filters, third-party quotes of the Bedrock pricing page, 2024-12)
        // secret: 1 × $0.40 per secret-month (secrets_manager.secrets) × multiplier 1 = $0.40; no API calls by default
        Estimate guarded = run("{preset: enterprise_guarded}");
        Estimate plain = run("{preset: enterprise}");
        assertThat(usd(guarded, "Content filters (input)")).isCloseTo(600.0, within(1e-9));
        assertThat(usd(guarded, "Content filters (output)")).isCloseTo(1_200.0, within(1e-9));
        assertThat(usd(guarded, "Secrets")).isCloseTo(0.40, within(1e-9));
        assertThat(guarded.totalUsd() - plain.totalUsd()).isCloseTo(1_800.40, within(1e-6));
        assertThat(guarded.missingPrices()).isEmpty();
        // enterprise has neither: its scenarios' bills (and golden outputs) are unchanged by the new pattern
        assertThat(plain.lines()).extracting(LineItem::name).noneMatch(n -> n.startsWith("Content filters") || n.equals("Secrets"));
    }

    @Test
    void theArchitecturesOwnKeysOverrideThePresetsGuardrailsAndSecrets() {
        // content filters on the output only: 8,000 thousand units × $0.15 = $1,200; 3 secrets × $0.40 = $1.20
        Estimate e = run("{preset: enterprise_guarded, guardrails: {content_filters: output}, secrets_manager: {secrets: 3}}");
        assertThat(e.lines()).extracting(LineItem::name).doesNotContain("Content filters (input)");
        assertThat(usd(e, "Content filters (output)")).isCloseTo(1_200.0, within(1e-9));
        assertThat(usd(e, "Secrets")).isCloseTo(1.20, within(1e-9));
    }
}
