package io.agentcost.estimate.component;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import java.util.Set;

/**
 * Amazon S3 (decision 0025): storage GB-months of one storage class (tiered in S3 Standard on the account's
 * total), PUT and GET requests per turn (traffic) and per month (fixed), and the per-GB retrieval fee of the
 * infrequent-access classes. Stored data and monthly requests are fixed infrastructure (non-production copies
 * keep their own buckets), so they carry the non-production multiplier; requests per turn follow C·T.
 */
final class S3 implements Component {

    /** The classes that bill a per-GB retrieval on every read; the Glacier archive classes need a restore (not modelled). */
    private static final Set<String> RETRIEVAL_FEE = Set.of("standard_ia", "one_zone_ia", "glacier_instant_retrieval");

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.S3);
        String cls = c.word("storage_class");
        Expr storage = b.in(c, "storage_gb");
        Expr putsPerTurn = b.in(c, "put_requests_per_turn");
        Expr getsPerTurn = b.in(c, "get_requests_per_turn");
        Expr putsPerMonth = b.in(c, "put_requests_per_month");
        Expr getsPerMonth = b.in(c, "get_requests_per_month");
        Expr kbPerGet = b.in(c, "retrieved_kb_per_get");
        String key = "s3." + cls + ".";
        boolean retrieval = RETRIEVAL_FEE.contains(cls);
        out.add(line("Storage (" + cls + ")", "GB-months", key + "storage", null), FixedInfrastructure.monthly(b, storage));
        for (int g = 0; g < b.agentCount(); g++) {
            String a = b.plan(g).name();
            out.add(line("PUT, COPY, POST, LIST requests per turn", "1K requests", key + "put_requests", a),
                    FixedInfrastructure.perTurn(b, g, putsPerTurn, null, 1000));
            out.add(line("GET and other requests per turn", "1K requests", key + "get_requests", a),
                    FixedInfrastructure.perTurn(b, g, getsPerTurn, null, 1000));
            if (retrieval) {
                out.add(line("Data retrieved by GETs per turn", "GB", key + "retrieval", a),
                        FixedInfrastructure.perTurn(b, g, getsPerTurn, null, 1).times(kbPerGet).over(FixedInfrastructure.KB_PER_GB));
            }
        }
        Expr monthlyGets = FixedInfrastructure.monthly(b, getsPerMonth);
        out.add(line("PUT, COPY, POST, LIST requests per month", "1K requests", key + "put_requests", null),
                FixedInfrastructure.monthly(b, putsPerMonth).over(1000));
        out.add(line("GET and other requests per month", "1K requests", key + "get_requests", null), monthlyGets.over(1000));
        if (retrieval) {
            out.add(line("Data retrieved by GETs per month", "GB", key + "retrieval", null),
                    monthlyGets.times(kbPerGet).over(FixedInfrastructure.KB_PER_GB));
        }
    }

    private static LineSpec line(String name, String unit, String key, String agent) {
        return LineSpec.priced(ComponentType.S3, name, unit, key, agent);
    }
}
