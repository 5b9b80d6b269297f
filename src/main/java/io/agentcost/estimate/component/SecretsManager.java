package io.agentcost.estimate.component;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;

/**
 * AWS Secrets Manager (decision 0025): secrets stored all month and API calls per 10,000. Secrets and the
 * monthly calls are fixed (each non-production copy keeps its own secrets); calls per turn follow C·T.
 */
final class SecretsManager implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.SECRETS_MANAGER);
        Expr secrets = b.in(c, "secrets");
        Expr perTurn = b.in(c, "api_calls_per_turn");
        Expr perMonth = b.in(c, "api_calls_per_month");
        out.add(LineSpec.priced(ComponentType.SECRETS_MANAGER, "Secrets", "secret-months", "secrets_manager.secrets", null),
                FixedInfrastructure.monthly(b, secrets));
        for (int g = 0; g < b.agentCount(); g++) {
            out.add(LineSpec.priced(ComponentType.SECRETS_MANAGER, "API calls per turn", "10K API calls", "secrets_manager.api_calls",
                    b.plan(g).name()), FixedInfrastructure.perTurn(b, g, perTurn, null, 10_000));
        }
        out.add(LineSpec.priced(ComponentType.SECRETS_MANAGER, "API calls per month", "10K API calls", "secrets_manager.api_calls", null),
                FixedInfrastructure.monthly(b, perMonth).over(10_000));
    }
}
