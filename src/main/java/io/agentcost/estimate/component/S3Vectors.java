package io.agentcost.estimate.component;

import static io.agentcost.estimate.expr.Expr.max;
import static io.agentcost.estimate.expr.Expr.min;
import static io.agentcost.estimate.expr.Expr.num;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;

/**
 * S3 Vectors (issue 16, decision 0024), as the S3 pricing page's worked example bills it: logical storage (4 bytes per
 * dimension + metadata + key) and PUTs of the re-uploaded share, with the non-production multiplier like any stored
 * data; per query, the API call and the data processed: the index's vectors × (vector + filterable metadata + key),
 * the first 100K vectors of the index at one $/TB rate and the rest at the lower one.
 */
final class S3Vectors implements Component {

    static final double KB_PER_TB = 1_073_741_824;
    static final double FIRST_TIER_VECTORS = 100_000;
    /** From 2026-06-16 AWS bills the data processed of indexes above this at a lower rate no source states (decision 0024). */
    static final double UNPRICED_CUT_VECTORS = 10_000_000;

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.S3_VECTORS);
        Expr vectors = b.in(c, "vectors");
        Expr indexes = b.in(c, "indexes");
        Expr dimensions = b.in(c, "dimensions");
        Expr filterable = b.in(c, "filterable_metadata_kb");
        Expr nonFilterable = b.in(c, "non_filterable_metadata_kb");
        Expr key = b.in(c, "key_kb");
        Expr perTurn = b.optional(c, "queries_per_turn");
        if (perTurn == null) perTurn = b.in(b.spec(ComponentType.RETRIEVAL), "retrievals_per_turn");
        Expr putShare = b.in(c, "put_share_per_month");

        Expr vectorKb = dimensions.times(num(4)).over(1024);
        Expr queriedKb = vectorKb.plus(filterable).plus(key);
        Expr storedGb = vectors.times(queriedKb.plus(nonFilterable)).over(FixedInfrastructure.KB_PER_GB);
        out.add(line("Vector storage", "GB-months", "s3_vectors.storage", null), FixedInfrastructure.monthly(b, storedGb));
        out.add(line("Vector uploads (PUT)", "GB", "s3_vectors.put", null), FixedInfrastructure.monthly(b, storedGb.times(putShare)));

        Expr perIndex = vectors.over(indexes);
        Expr firstTb = min(perIndex, num(FIRST_TIER_VECTORS)).times(queriedKb).over(KB_PER_TB);
        Expr restTb = max(num(0), perIndex.minus(num(FIRST_TIER_VECTORS))).times(queriedKb).over(KB_PER_TB);
        for (int g = 0; g < b.agentCount(); g++) {
            String a = b.plan(g).name();
            Expr queries = b.agent(g).traffic(TrafficField.TURNS).times(perTurn);
            out.add(line("Query API calls", "1M queries", "s3_vectors.queries", a), queries.over(1e6));
            out.add(line("Query data processed (first 100K vectors of the index)", "TB", "s3_vectors.query_data_first_100k", a),
                    queries.times(firstTb));
            out.add(line("Query data processed (vectors beyond 100K)", "TB", "s3_vectors.query_data_beyond_100k", a),
                    queries.times(restTb));
        }
        out.warnWhen(perIndex, num(UNPRICED_CUT_VECTORS), "architecture " + b.architecture().name() + ": an S3 vector index holds more"
                + " than 10M vectors; AWS cut the query data-processed rate for such indexes on 2026-06-16 by up to 80% and no source"
                + " gives the new rate, so the data processed is billed at the rate beyond 100K vectors (an overestimate)");
    }

    private static LineSpec line(String name, String unit, String key, String agent) {
        return LineSpec.priced(ComponentType.S3_VECTORS, name, unit, key, agent);
    }
}
