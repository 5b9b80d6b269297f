package io.agentcost.estimate.component;

import static io.agentcost.estimate.expr.Expr.ceil;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.usage.AgentUsage;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.GuardrailPolicies;
import io.agentcost.model.WorkloadKey;
import java.util.Locale;

/**
 * Amazon Bedrock Guardrails (decision 0025): text units per policy type, AWS's unit being up to 1,000
 * characters per evaluated text, so one evaluation of n tokens is ⌈n·characters_per_token/1000⌉ units. Each
 * enabled policy bills its units at its own rate, on the input checks, the output checks, or both; contextual
 * grounding also reads its grounding source. Word filters and regex-only sensitive information filters are free
 * and make no line. Every line is traffic: it follows C·T.
 */
final class Guardrails implements Component {

    private static final String[] BOTH_WAYS = {"content_filters", "denied_topics", "sensitive_information"};

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.GUARDRAILS);
        Expr inTokens = b.optional(c, "input_tokens_per_evaluation");
        Expr outTokens = b.optional(c, "output_tokens_per_evaluation");
        Expr inChecks = b.in(c, "input_evaluations_per_turn");
        Expr outChecks = b.in(c, "output_evaluations_per_turn");
        String grounding = c.word("contextual_grounding");
        Expr source = GuardrailPolicies.checksOutput(grounding) ? b.in(c, "grounding_source_tokens_per_evaluation") : null;
        Expr charsPerToken = b.in(c, "characters_per_token");
        String reasoning = c.word("automated_reasoning");
        for (int g = 0; g < b.agentCount(); g++) {
            AgentUsage u = b.agent(g);
            String a = u.plan().name();
            Expr turns = u.traffic(TrafficField.TURNS);
            Expr in = inTokens != null ? inTokens : u.w(WorkloadKey.USER_TOKENS_PER_TURN);
            Expr outT = outTokens != null ? outTokens : u.w(WorkloadKey.OUTPUT_TOKENS_PER_CALL);
            Expr inUnits = turns.times(inChecks).times(units(in, charsPerToken)).over(1000);
            Expr outUnits = turns.times(outChecks).times(units(outT, charsPerToken)).over(1000);
            for (String policy : BOTH_WAYS) {
                String where = c.word(policy);
                if (GuardrailPolicies.checksInput(where)) out.add(line(policy, "input", a), inUnits);
                if (GuardrailPolicies.checksOutput(where)) out.add(line(policy, "output", a), outUnits);
            }
            if (GuardrailPolicies.checksOutput(grounding)) {
                out.add(line("contextual_grounding", "output and grounding source", a),
                        turns.times(outChecks).times(units(outT.plus(source), charsPerToken)).over(1000));
            }
            if (GuardrailPolicies.checksOutput(reasoning)) out.add(line("automated_reasoning", "output", a), outUnits);
        }
    }

    /** Text units of one evaluation: ⌈tokens · characters per token / 1000⌉ (a text unit holds up to 1,000 characters). */
    private static Expr units(Expr tokens, Expr charsPerToken) {
        return ceil(tokens.times(charsPerToken).over(1000));
    }

    private static LineSpec line(String policy, String checked, String agent) {
        String name = policy.substring(0, 1).toUpperCase(Locale.ROOT) + policy.substring(1).replace('_', ' ') + " (" + checked + ")";
        return LineSpec.priced(ComponentType.GUARDRAILS, name, "1K text units", "guardrails." + policy, agent);
    }
}
