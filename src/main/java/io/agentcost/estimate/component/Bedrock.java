package io.agentcost.estimate.component;

import static io.agentcost.estimate.expr.Expr.num;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.usage.AgentPlan;
import io.agentcost.estimate.usage.AgentUsage;
import io.agentcost.estimate.usage.Lever;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.model.ComponentType;
import io.agentcost.model.WorkloadKey;
import io.agentcost.pricing.BedrockModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Bedrock tokens per agent and model (SPEC §4): the cacheable prefix, fresh input and output, split into
 * cache reads and writes when prompt caching is on, and into batch and on-demand by batch_share. Bedrock
 * bills the calls SageMaker does not serve. A model with a long-context tier splits every token line at its threshold
 * (SPEC §13); which price each line takes (service tier, cache lifetime) is {@link TierPrices}'.
 */
final class Bedrock implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        var sagemaker = b.spec(ComponentType.SAGEMAKER);
        Expr bedrockShare = sagemaker == null ? null : num(1).minus(b.in(sagemaker, "serves_share"));
        var retrieval = b.spec(ComponentType.RETRIEVAL);
        Expr retrieved = retrieval == null ? null : Expr.override(Lever.RETRIEVED_TOKENS_PER_CALL, b.in(retrieval, "retrieved_tokens_per_call"));
        for (int g = 0; g < b.agentCount(); g++) {
            AgentUsage agent = b.agent(g);
            AgentPlan a = agent.plan();
            List<Tokens> all = tokens(agent, a.caching(), agent.prefixParts(), agent.traffic(TrafficField.FRESH_TOKENS), agent.outputParts());
            // issue 16: retrieved chunks are fresh input of every call (and attempt), before the output lines; never cached,
            // never re-sent in history (decision 0024); they count in a call's input for the long-context split, and a call
            // above the threshold bills them there (decision 0028)
            Tokens retrievedTokens = retrieved == null ? null : new Tokens("input", false, "retrieved context",
                    agent.callsPerTurn().times(agent.traffic(TrafficField.TURNS)).times(retrieved).times(agent.traffic(TrafficField.ATTEMPTS)));
            Expr batchShare = agent.w(WorkloadKey.BATCH_SHARE);
            for (int m = 0; m < a.models().size(); m++) {
                BedrockModel model = b.catalog().model(a.models().get(m)).orElseThrow();
                boolean offered = !"not_offered".equals(model.batch());
                boolean batchInApp = a.mayBePositive(WorkloadKey.BATCH_SHARE);
                if (batchInApp && !offered) {
                    b.warnOnce(model.alias() + " has no batch offer on Bedrock: its batch_share is billed on demand");
                }
                Expr share = b.usage().share(g, m);
                share = (bedrockShare == null ? share : share.times(bedrockShare)).over(1e6);
                List<Tokens> tokens = all;
                List<Tokens> above = List.of();
                if (model.longContextThreshold() != null) {
                    // SPEC §13: the calls above the threshold bill all their input and output at the long-context prices
                    AgentUsage.LongContext lc = agent.longContext(model.longContextThreshold(), b.vars(), retrieved);
                    above = tokens(agent, a.caching(), lc.prefix(), lc.fresh(), lc.output());
                    tokens = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) tokens.add(all.get(i).less(above.get(i)));
                    if (retrievedTokens != null) {
                        Tokens retrievedAbove = new Tokens("input", false, "retrieved context", lc.calls().times(retrieved));
                        above = new ArrayList<>(above);
                        above.add(above.size() - lc.output().size(), retrievedAbove);
                        tokens.add(tokens.size() - agent.outputParts().size(), retrievedTokens.less(retrievedAbove));
                    }
                } else if (retrievedTokens != null) {
                    tokens = new ArrayList<>(tokens);
                    tokens.add(tokens.size() - agent.outputParts().size(), retrievedTokens);
                }
                for (boolean longContext : new boolean[]{false, true}) {
                    for (Tokens t : longContext ? above : tokens) {
                        TierPrices.Line line = TierPrices.line(b, a, model, t.kind(), label(model, a, t), longContext, t.inApp());
                        Expr q = share.times(t.tokens());
                        if (!offered) {
                            out.add(line.billed(), q, t.inApp());
                            continue;
                        }
                        // the batch line exists in the app when batch_share can be above 0; else only as the workbook's lever
                        out.add(line.billed(), q.times(batchShare.complement()), t.inApp());
                        out.add(TierPrices.batch(model, line), q.times(batchShare), batchInApp && t.inApp());
                    }
                }
            }
        }
    }

    /**
     * Tokens of one price kind (input, cache_read, cache_write, output) and one part of the bill (null: not split), monthly;
     * {@code inApp} false for the lines of the other prompt-caching setting, which only the workbook's switch can move.
     */
    private record Tokens(String kind, boolean prefix, String part, Expr tokens, boolean inApp) {
        Tokens(String kind, boolean prefix, String part, Expr tokens) {
            this(kind, prefix, part, tokens, true);
        }

        /** These tokens without the ones billed above the long-context threshold. */
        Tokens less(Tokens above) {
            return new Tokens(kind, prefix, part, tokens.minus(above.tokens()), inApp);
        }
    }

    /**
     * Without caching: the prefix P as input, fresh input F, output Out; with caching: hP at the cache-read price, (1−h)P
     * at the cache-write price, F, Out. An agent loop (SPEC §12) splits the prefix into system prompt and tools, re-sent
     * history, tool results in history and within the turn, and the output into answers and reasoning, each its own line.
     * The prefix lines of both settings are written: the app and the simulation read the scenario's (the lever's off
     * branch, the same tree as without the lever); the workbook's prompt-caching switch c (blank: the scenario's setting)
     * bills (1 − c)·P as input, c·h·P as cache reads and c·(1 − h)·P as cache writes.
     */
    private static List<Tokens> tokens(AgentUsage agent, boolean caching, List<AgentUsage.Part> prefix, Expr fresh,
                                       List<AgentUsage.Part> output) {
        List<Tokens> out = new ArrayList<>();
        Expr h = agent.w(WorkloadKey.CACHE_HIT_RATE);
        Expr c = new Expr.LeverValue(Lever.PROMPT_CACHING);
        for (AgentUsage.Part p : prefix) {
            Expr off = caching ? num(0) : p.tokens();
            out.add(new Tokens("input", true, p.what(), new Expr.Lever(Lever.PROMPT_CACHING, off, c.complement().times(p.tokens())), !caching));
        }
        for (AgentUsage.Part p : prefix) {
            Expr off = caching ? h.times(p.tokens()) : num(0);
            out.add(new Tokens("cache_read", true, p.what(), new Expr.Lever(Lever.PROMPT_CACHING, off, c.times(h).times(p.tokens())), caching));
        }
        for (AgentUsage.Part p : prefix) {
            Expr off = caching ? h.complement().times(p.tokens()) : num(0);
            out.add(new Tokens("cache_write", true, p.what(), new Expr.Lever(Lever.PROMPT_CACHING, off,
                    c.times(h.complement()).times(p.tokens())), caching));
        }
        out.add(new Tokens("input", false, null, fresh));
        for (AgentUsage.Part p : output) out.add(new Tokens("output", false, p.what(), p.tokens()));
        return out;
    }

    /** The line's name before its price is chosen: model, what the tokens are, and the price level where a model has two. */
    private static String label(BedrockModel model, AgentPlan a, Tokens t) {
        String kind = t.kind();
        String label = switch (kind) {
            case "cache_read" -> "cache read tokens";
            case "cache_write" -> "cache write tokens";
            case "output" -> "output tokens";
            default -> t.prefix() ? "input tokens (system prompt and history)" : "input tokens (new user input)";
        };
        if (t.part() != null) {
            label = switch (kind) {
                case "output" -> t.part().equals("reasoning") ? "reasoning tokens (billed as output)" : "output tokens (answers)";
                case "input" -> "input tokens (" + t.part() + ")";
                default -> label + " (" + t.part() + ")";
            };
        }
        return model.alias() + " " + label + (model.hasTwoEndpoints() ? " [" + TierPrices.endpoint(model, a) + "]" : "");
    }
}
