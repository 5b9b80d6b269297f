package io.agentcost.estimate.workbook;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.usage.CommitmentLever;
import io.agentcost.estimate.usage.Lever;
import io.agentcost.estimate.usage.TrafficField;

/**
 * Where the workbook keeps what a formula reads. The cost model writes its formulas against these
 * references; the exporter decides the cells (named ranges or addresses). Every method returns an
 * expression that can stand as one operand (a name, an absolute address or a function call).
 */
public interface FormulaRefs {

    /** The what-if value of an input (a variable slot of the workbook's cost model). */
    String input(int slot);

    /** Hours in a month. */
    String hours();

    /** The scenario's discount on AWS lines (share 0–1). */
    String discount();

    /** A traffic quantity of one agent (by index) in one phase. */
    String traffic(String phase, int agent, TrafficField field);

    /** 1 + non_prod_environments · non_prod_uptime of a phase. */
    String fixedMultiplier(String phase);

    /** The model-mix share of one model (by index in the agent's mix) for one agent in one phase. */
    String modelShare(String phase, int agent, int model);

    /** The cell of a lever. */
    String lever(Lever lever);

    /** The cell of a savings plan's hourly-commitment lever (SPEC §13). */
    String commitmentLever(CommitmentLever lever);

    /**
     * The cell of a mean over a spread (SPEC §12): the exporter lays the spread's points out where they can be
     * edited and asks {@link WorkbookFormulas#meanBody} for the body at each point. Equal means share one cell. Null
     * where the exporter keeps the mean as its number (a workbook has room for so many points).
     */
    String mean(Expr.Mean mean);

    /** The rate of tier {@code tier} (0-based) of a price, on the Prices sheet. */
    String rate(String priceKey, int tier);

    /** The upper bound of tier {@code tier} of a tiered price (never asked for the last, unbounded tier). */
    String bound(String priceKey, int tier);
}
