package io.agentcost.estimate;

import static io.agentcost.testing.Fixtures.line;
import static io.agentcost.testing.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import io.agentcost.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agent loops (SPEC §12), by hand. Unless a test says otherwise: C = 1000 conversations, T = 4 turns, K = 3 calls per
 * turn, S = 1000, U = 100, O = 50 (U + O = 150), on claude-3-5-haiku ($0.80 input, $4.00 output per 1M). Quantities are
 * in millions of tokens a month, so a per-conversation count of 20,700 reads 20.7.
 */
class AgentLoopTokensTest {

    private static final String M = "claude-3-5-haiku ";

    private static String scenario(String extra) {
        return """
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 4
                  llm_calls_per_turn: 3
                  system_prompt_tokens: 1000
                  user_tokens_per_turn: 100
                  output_tokens_per_call: 50
                  model_mix: {claude-3-5-haiku: 1}
                %s
                architectures: {b: {bedrock: {}}}
                """.formatted(extra.indent(2));
    }

    private static double q(Estimate e, String name) {
        return line(e, M + name).quantity();
    }

    private static double bedrockTokens(Estimate e) {
        return e.lines().stream().filter(l -> l.component().key().equals("bedrock")).mapToDouble(LineItem::quantity).sum();
    }

    @Test
    void toolResultsAreSeenByTheLaterCallsOfTheTurn() {
        // R = 3 tool calls at K = 3: ρ = 1; k2 = 3·2/2 = 3; W = ρ·Rt·k2 = 500·3 = 1,500 per turn; drop: h = U + O = 150
        // Hs = 150·4·3/2 = 900; P = k1·(T·S + Hs) + T·W = 3·(4,000 + 900) + 4·1,500 = 20,700
        Estimate e = single(scenario("""
                tool_calls_per_turn: 3
                tool_result_tokens: 500
                history_tool_results: drop"""));
        assertThat(q(e, "input tokens (system prompt and tool definitions)")).isCloseTo(12.0, within(1e-12)); // 3·4·1000
        assertThat(q(e, "input tokens (re-sent history)")).isCloseTo(2.7, within(1e-12));                     // 3·900
        assertThat(q(e, "input tokens (tool results within the turn)")).isCloseTo(6.0, within(1e-12));        // 4·1500
        assertThat(q(e, "input tokens (new user input)")).isCloseTo(1.2, within(1e-12));                      // 3·4·100
        assertThat(q(e, "output tokens (answers)")).isCloseTo(0.6, within(1e-12));                            // 3·4·50
        // 20.7M + 1.2M input at $0.80 = $17.52; 0.6M output at $4 = $2.40
        assertThat(e.totalUsd()).isCloseTo(19.92, within(1e-9));
    }

    @Test
    void keptToolResultsAndAccumulatedOutputsAreResentInLaterTurns() {
        // accumulate, keep: W = (α·O + ρ·Rt)·k2 = (50 + 500)·3 = 1,650; h = U + O + α·k3·O + ρ·k1·Rt = 150 + 2·50 + 3·500 = 1,750
        // Hs = 1,750·6 = 10,500 = messages 150·6 = 900 + tools 1,600·6 = 9,600
        // P = 3·(4,000 + 10,500) + 4·1,650 = 43,500 + 6,600 = 50,100
        Estimate e = single(scenario("""
                tool_calls_per_turn: 3
                tool_result_tokens: 500
                loop_context: accumulate"""));
        assertThat(q(e, "input tokens (system prompt and tool definitions)")).isCloseTo(12.0, within(1e-12));
        assertThat(q(e, "input tokens (re-sent history)")).isCloseTo(2.7, within(1e-12));
        assertThat(q(e, "input tokens (tool results and intermediate outputs re-sent in history)")).isCloseTo(28.8, within(1e-12)); // 3·9,600
        assertThat(q(e, "input tokens (tool results and earlier calls' outputs within the turn)")).isCloseTo(6.6, within(1e-12));   // 4·1,650
    }

    @Test
    void droppingToolResultsFromHistoryKeepsOnlyTheMessages() {
        // as above with drop: h = 150, P = 3·(4,000 + 900) + 6,600 = 21,300 (28.8M tokens a month fewer)
        Estimate e = single(scenario("""
                tool_calls_per_turn: 3
                tool_result_tokens: 500
                loop_context: accumulate
                history_tool_results: drop"""));
        assertThat(e.lines().stream().map(LineItem::name)).noneMatch(n -> n.contains("re-sent in history"));
        double prefix = q(e, "input tokens (system prompt and tool definitions)") + q(e, "input tokens (re-sent history)")
                + q(e, "input tokens (tool results and earlier calls' outputs within the turn)");
        assertThat(prefix).isCloseTo(21.3, within(1e-12));
    }

    @Test
    void independentCallsWithoutToolResultsAreTheChatbotOfSection4() {
        // giving the defaults splits the lines but changes no number: P = 3·(4,000 + 900) = 14,700, F = 1,200, Out = 600
        Estimate plain = single(scenario(""));
        Estimate given = single(scenario("""
                tool_result_tokens: 0
                tool_schema_tokens: 0
                reasoning_tokens_per_call: 0
                loop_context: independent
                history_tool_results: keep
                resolution_rate: 1"""));
        assertThat(q(plain, "input tokens (system prompt and history)")).isCloseTo(14.7, within(1e-12));
        assertThat(given.totalUsd()).isCloseTo(plain.totalUsd(), within(1e-12));
        assertThat(bedrockTokens(given)).isCloseTo(bedrockTokens(plain), within(1e-9));
    }

    @Test
    void reasoningIsBilledAsOutputAndToolSchemasAsPrefix() {
        // Zr = 400: reasoning = k1·T·Zr = 3·4·400 = 4,800 → 4.8M at $4 = $19.20; S_t = 346: system part 3·4·1,346 = 16,152
        Estimate e = single(scenario("""
                reasoning_tokens_per_call: 400
                tool_schema_tokens: 346"""));
        LineItem reasoning = line(e, M + "reasoning tokens (billed as output)");
        assertThat(reasoning.quantity()).isCloseTo(4.8, within(1e-12));
        assertThat(reasoning.usd()).isCloseTo(19.20, within(1e-9));
        assertThat(reasoning.priceKey()).isEqualTo(line(e, M + "output tokens (answers)").priceKey());
        assertThat(q(e, "input tokens (system prompt and tool definitions)")).isCloseTo(16.152, within(1e-12));
        // reasoning is never re-sent: history stays 3·900
        assertThat(q(e, "input tokens (re-sent history)")).isCloseTo(2.7, within(1e-12));
    }

    @Test
    void aStepBudgetCapsEachValueOfAVaryingK() {
        // K ∈ {1, 4, 12} with weights 0.5, 0.3, 0.2; B = 6 → K' ∈ {1, 4, 6}
        // E[K] = 0.5 + 1.2 + 2.4 = 4.1 (R = 4.1, so ρ = 1); k1 = 0.5 + 1.2 + 1.2 = 2.9
        // k2 = 0.5·0 + 0.3·6 + 0.2·15 = 4.8; W = ρ·Rt·k2 = 1,000·4.8 = 4,800; drop: Hs = 900
        // P = 2.9·(4,000 + 900) + 4·4,800 = 14,210 + 19,200 = 33,410; F = 2.9·4·100 = 1,160; Out = 2.9·4·50 = 580
        Estimate e = single(scenario("""
                llm_calls_per_turn: {varies: {discrete: {values: [1, 4, 12], weights: [0.5, 0.3, 0.2]}}}
                tool_calls_per_turn: 4.1
                tool_result_tokens: 1000
                history_tool_results: drop
                step_budget: 6""").replace("  llm_calls_per_turn: 3\n", ""));
        double prefix = q(e, "input tokens (system prompt and tool definitions)") + q(e, "input tokens (re-sent history)")
                + q(e, "input tokens (tool results within the turn)");
        assertThat(prefix).isCloseTo(33.41, within(1e-9));
        assertThat(q(e, "input tokens (tool results within the turn)")).isCloseTo(19.2, within(1e-9));
        assertThat(q(e, "input tokens (new user input)")).isCloseTo(1.16, within(1e-9));
        assertThat(q(e, "output tokens (answers)")).isCloseTo(0.58, within(1e-9));
    }

    @Test
    void withoutTheBudgetTheLongLoopsPayTheirSquare() {
        // same K without B: k1 = 4.1, k2 = 0.3·6 + 0.2·66 = 15; P = 4.1·4,900 + 4·15,000 = 20,090 + 60,000 = 80,090
        Estimate e = single(scenario("""
                llm_calls_per_turn: {varies: {discrete: {values: [1, 4, 12], weights: [0.5, 0.3, 0.2]}}}
                tool_calls_per_turn: 4.1
                tool_result_tokens: 1000
                history_tool_results: drop""").replace("  llm_calls_per_turn: 3\n", ""));
        assertThat(q(e, "input tokens (tool results within the turn)")).isCloseTo(60.0, within(1e-9));
        assertThat(q(e, "input tokens (system prompt and tool definitions)") + q(e, "input tokens (re-sent history)"))
                .isCloseTo(20.09, within(1e-9));
    }

    @Test
    void theGatewayCountsTheToolCallsTheBudgetLeaves() {
        // R' = ρ·k1 = (4.1 / 4.1)·2.9 = 2.9 tool calls per turn: C·T·R' + C·ListTools = 4,000·2.9 + 1,000·1 = 12,600 → 12.6K
        String yaml = scenario("""
                llm_calls_per_turn: {varies: {discrete: {values: [1, 4, 12], weights: [0.5, 0.3, 0.2]}}}
                tool_calls_per_turn: 4.1
                step_budget: 6""").replace("  llm_calls_per_turn: 3\n", "").replace("{b: {bedrock: {}}}", "{a: {preset: agentcore}}");
        Estimate e = single(yaml);
        assertThat(line(e, "Gateway invocations (tool calls and ListTools)").quantity()).isCloseTo(12.6, within(1e-9));
    }

    @Test
    void turnsThatVaryCostMoreThanTheAverageConversation() {
        // T ∈ {1, 5, 20} with weights 0.5, 0.4, 0.1: E[T] = 4.5, E[T(T−1)/2] = 0.4·10 + 0.1·190 = 23, while 4.5·3.5/2 = 7.875.
        // K = 1, S = 1,430, U = 300, O = 60 (h = 360): tokens per conversation T·(S + U + O) + h·Hs
        // varies: 4.5·1,790 + 360·23 = 8,055 + 8,280 = 16,335; a 4.5-turn conversation: 8,055 + 360·7.875 = 10,890; 1.5×
        String base = """
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: %s
                  system_prompt_tokens: 1430
                  user_tokens_per_turn: 300
                  output_tokens_per_call: 60
                  model_mix: {claude-3-5-haiku: 1}
                architectures: {b: {bedrock: {}}}
                """;
        Estimate varies = single(base.formatted("{varies: {discrete: {values: [1, 5, 20], weights: [0.5, 0.4, 0.1]}}}"));
        Estimate average = single(base.formatted("4.5"));
        assertThat(bedrockTokens(varies)).isCloseTo(16.335, within(1e-9));
        assertThat(bedrockTokens(average)).isCloseTo(10.89, within(1e-9));
        assertThat(bedrockTokens(varies) / bedrockTokens(average)).isCloseTo(1.5, within(1e-12));
        assertThat(line(varies, M + "input tokens (new user input)").quantity()).isCloseTo(1.35, within(1e-12)); // E[T]·U = 1,350
    }

    @Test
    void continuousTurnsAreAveragedByTheMidpointRule() {
        // T varies uniform on [1, 9]: points x_i = 1 + 8(i − 0.5)/1000, E[T] = 5 exactly; the midpoint rule on x² is short of
        // the integral by h²/12 with h = 0.008, so E[T²] = 91/3 − 0.008²/12 and E[T(T−1)/2] = (E[T²] − 5)/2 = 12.6666640
        // (the integral: 12.6667). K = 3: P = 3·(5·1,000 + 150·12.6666640) = 20,699.9988 → 20.6999988M
        Estimate e = single(scenario("").replace("turns_per_conversation: 4", "turns_per_conversation: {varies: {uniform: [1, 9]}}"));
        double history = ((91.0 / 3 - 0.008 * 0.008 / 12) - 5) / 2;
        assertThat(q(e, "input tokens (system prompt and history)")).isCloseTo(3 * (5 * 1000 + 150 * history) / 1000, within(1e-9));
        assertThat(q(e, "input tokens (new user input)")).isCloseTo(1.5, within(1e-9)); // 3·5·100
    }

    @Test
    void aHistoryWindowAppliesToEachValueOfTheSpread() {
        // T ∈ {2, 10} equally likely, window 3, summary 200: T = 2 re-sends 150·1 = 150; T = 10 re-sends
        // 150·[3·4/2 + 3·6] + 200·6 = 3,600 + 1,200 = 4,800; the mean 2,475. K = 1: P = 6·1,000 + 2,475 = 8,475
        Estimate e = single(scenario("history: {window_turns: 3, summary_tokens: 200}")
                .replace("turns_per_conversation: 4", "turns_per_conversation: {varies: {discrete: {values: [2, 10]}}}")
                .replace("llm_calls_per_turn: 3", "llm_calls_per_turn: 1"));
        assertThat(q(e, "input tokens (system prompt and history)")).isCloseTo(8.475, within(1e-12));
    }

    @Test
    void subAgentsRunPerTurnOfTheirParent() {
        // lead: 2 × 1,000 conversations × (1 + 0.5 non-production) = 3,000, T = 4 → 12,000 turns
        // helper: 12,000 × 1.5 per turn = 18,000 conversations (its own non-production share is not applied again)
        // helper T = 2, K = 1: P = 2·1,000 + 150·1 = 2,150 → 38.7M; F = 2·100 → 3.6M
        Estimate e = single("""
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 4
                  system_prompt_tokens: 1000
                  user_tokens_per_turn: 100
                  output_tokens_per_call: 50
                  non_prod_usage_share: 0.5
                  model_mix: {claude-3-5-haiku: 1}
                agents:
                  - {name: helper, turns_per_conversation: 2, spawned_by: {agent: lead, per_turn: 1.5}}
                  - {name: lead, count: 2}
                architectures: {b: {bedrock: {}}}
                """);
        assertThat(line(e, "helper", M + "input tokens (system prompt and history)").quantity()).isCloseTo(38.7, within(1e-9));
        assertThat(line(e, "helper", M + "input tokens (new user input)").quantity()).isCloseTo(3.6, within(1e-9));
        // lead: P = 4·1,000 + 900 = 4,900 × 3,000 = 14.7M
        assertThat(line(e, "lead", M + "input tokens (system prompt and history)").quantity()).isCloseTo(14.7, within(1e-9));
    }

    @Test
    void prefillCountsServedInputInTheAutoscaledInstanceHours() {
        // C = 1,000,000, T = 4, K = 3: P + F = 14,700 + 1,200 per conversation → 1.59e10 input; Out = 600 → 6e8 output
        // (1.59e10 / 4,000 + 6e8 / 400) / (3,600 · 0.7) = (3,975,000 + 1,500,000) / 2,520 = 2,172.619… instance-hours
        String arch = "{s: {sagemaker: {instance_type: ml.g5.2xlarge, mode: autoscale, throughput_tokens_per_second: 400%s}}}";
        String yaml = scenario("").replace("monthly_conversations: 1000", "monthly_conversations: 1000000");
        Estimate with = single(yaml.replace("{b: {bedrock: {}}}", arch.formatted(", prefill_tokens_per_second: 4000")));
        LineItem hours = line(with, "Endpoint instance-hours (ml.g5.2xlarge, autoscaled)");
        assertThat(hours.quantity()).isCloseTo(5_475_000.0 / 2520, within(1e-6));
        // without it, output only: 1,500,000 / 2,520 = 595.2 → the floor of 1 instance × 730 h
        Estimate without = single(yaml.replace("{b: {bedrock: {}}}", arch.formatted("")));
        assertThat(line(without, "Endpoint instance-hours (ml.g5.2xlarge, autoscaled)").quantity()).isEqualTo(730.0);
        assertThat(without.warnings()).noneMatch(w -> w.contains("input tokens"));
    }

    @Test
    void withoutPrefillAnAgentLoopIsWarnedThatInputIsNotCounted() {
        var report = Fixtures.estimate(scenario("tool_result_tokens: 500").replace("{b: {bedrock: {}}}",
                "{s: {sagemaker: {instance_type: ml.g5.2xlarge, mode: autoscale, throughput_tokens_per_second: 400}}}"));
        List<String> warnings = report.warnings();
        assertThat(warnings).anyMatch(w -> w.contains("input tokens") && w.contains("prefill_tokens_per_second"));
    }

    @Test
    void unitCostsDivideByTheConversationsUsersStart() {
        // lead 2 × 1,000 production conversations (q = 0.8), triage 500 (q = 1); helper is a sub-agent and
        // non-production is excluded: usd_per_conversation = total / 2,500; resolved = 1,600 + 500 = 2,100
        Estimate e = single("""
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 4
                  user_tokens_per_turn: 100
                  output_tokens_per_call: 50
                  non_prod_usage_share: 0.5
                  model_mix: {claude-3-5-haiku: 1}
                agents:
                  - {name: lead, count: 2, resolution_rate: 0.8}
                  - {name: triage, monthly_conversations: 500}
                  - {name: helper, spawned_by: {agent: lead, per_turn: 1}}
                architectures: {b: {bedrock: {}}}
                """);
        assertThat(e.usdPerConversation()).isCloseTo(e.totalUsd() / 2500, within(1e-15));
        assertThat(e.usdPerResolvedConversation()).isCloseTo(e.totalUsd() / 2100, within(1e-15));
    }
}
