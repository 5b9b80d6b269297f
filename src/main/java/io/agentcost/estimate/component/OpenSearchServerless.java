package io.agentcost.estimate.component;

import static io.agentcost.estimate.expr.Expr.num;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.OpenSearchMinimum;

/**
 * OpenSearch Serverless (issue 16, decision 0024): indexing and search OCUs run all month whether queried or not
 * (the service's minimum when none are given), and managed storage; all fixed infrastructure (SPEC §11.3).
 */
final class OpenSearchServerless implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.OPENSEARCH_SERVERLESS);
        double floor = OpenSearchMinimum.ocus(c.word("redundancy"));
        Expr indexing = b.optional(c, "indexing_ocus");
        Expr search = b.optional(c, "search_ocus");
        Expr storage = b.in(c, "storage_gb");
        out.add(line("Indexing OCU-hours", "OCU-hours", "opensearch_serverless.indexing_ocu"),
                FixedInfrastructure.hourly(b, indexing == null ? num(floor) : indexing));
        out.add(line("Search OCU-hours", "OCU-hours", "opensearch_serverless.search_ocu"),
                FixedInfrastructure.hourly(b, search == null ? num(floor) : search));
        out.add(line("Managed storage", "GB-months", "opensearch_serverless.storage"), FixedInfrastructure.monthly(b, storage));
    }

    private static LineSpec line(String name, String unit, String key) {
        return LineSpec.priced(ComponentType.OPENSEARCH_SERVERLESS, name, unit, key, null);
    }
}
