package io.agentcost.estimate.columnar;

import io.agentcost.estimate.line.Check;
import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.Line;
import io.agentcost.estimate.line.Plan;
import io.agentcost.estimate.priced.Pricer;
import java.util.List;

/**
 * What one phase × architecture brings to the compiler: its phase (index), its lines in the app (priced by
 * {@code pricer}, built on the same specs in the same order), its warnings, and the three buckets of each
 * line (category, service, agent) among {@code buckets}; with commitments, its savings plans and the indicator of a
 * commitment partly unused, which is the last bucket.
 */
public record CellInput(int phase, List<Line> lines, List<Check> checks, Pricer pricer, int[] bucketOfLine, int buckets,
                        List<Plan> plans, Expr wasted) {

    public CellInput(int phase, List<Line> lines, List<Check> checks, Pricer pricer, int[] bucketOfLine, int buckets) {
        this(phase, lines, checks, pricer, bucketOfLine, buckets, List.of(), null);
    }
}
