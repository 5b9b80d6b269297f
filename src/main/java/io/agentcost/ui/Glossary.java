package io.agentcost.ui;

import java.util.List;

/** The words of the window, explained once; the Glossary button (F1) shows them. */
final class Glossary {

    record Term(String term, String meaning) {
    }

    static final List<Term> TERMS = List.of(
            new Term("Architecture", "One way to build the same agent on AWS (serverless, containers, AgentCore, self-hosted model…)."
                    + " Every architecture is priced for the same workload, so they can be compared."),
            new Term("Phase", "A stage of the rollout (dev, launch, scale…) with its own traffic. The table shows one phase at a time."),
            new Term("Nominal", "The month's cost with every input at its median: the total of the line items. Arithmetic, not simulated."),
            new Term("Draw", "One simulated month: every uncertain input drawn once from its distribution, and every architecture"
                    + " priced on those same inputs. A run has thousands of draws (iterations)."),
            new Term("P10 / P50 / P90", "Percentiles of the simulated monthly cost. P10: 10% of draws cost less (a good month)."
                    + " P50, the median: half the draws cost less. P90: 90% cost less (a bad month; plan for it)."),
            new Term("Mean", "The average over all draws; above the median when a few draws are very expensive."),
            new Term("Budget", "The monthly amount in the scenario's budget.monthly_usd. P(> budget) is the share of draws that cost more."),
            new Term("Kill switch", "A hard monthly limit (budget.kill_switch_usd) at which the service would be stopped."
                    + " P(kill switch) is the share of draws that reach it."),
            new Term("P(cheapest)", "The share of draws in which this architecture is the cheapest of all."),
            new Term("Break-even", "The month from which one architecture's cumulative cost (one-time and team costs included)"
                    + " stays below another's, and how likely that is within the timeline."),
            new Term("Cache hit rate", "The share of the cacheable prompt prefix (system prompt, tool definitions, history) read from"
                    + " the prompt cache at the cheaper cache-read price; it applies only when prompt_caching is on."),
            new Term("Line item", "One priced cost line: quantity a month × unit price, with its component and category."),
            new Term("Preview / full run", "Every edit re-runs a quick 10,000-draw preview; Run full simulation uses the scenario's"
                    + " own iterations and adds the monthly forecast."),
            new Term("Tornado", "How much the cost moves when one input goes from its P10 to its P90, the others at their medians."),
            new Term("S-curve", "The chance (y) that the month costs at most x: the cumulative distribution of the cost."),
            new Term("Price sources", "AWS Price List: figures from AWS's machine-readable price list. AWS pricing page: read from a"
                    + " published AWS page. Third-party: figures from outside AWS where AWS publishes none; check them."),
            new Term("$ / conversation, $ / resolved", "The month's cost divided by the conversations users start, or by those"
                    + " resolved (resolution_rate)."));

    private Glossary() {
    }
}
