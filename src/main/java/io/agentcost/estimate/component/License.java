package io.agentcost.estimate.component;

import io.agentcost.estimate.expr.Expr;
import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.estimate.usage.TrafficField;
import io.agentcost.model.Category;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;

/** A marketplace licence (SPEC §4): monthly_usd + C·per_conversation_usd. Not an AWS price: no discount. */
final class License implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ComponentSpec c = b.spec(ComponentType.LICENSE);
        Expr monthly = b.in(c, "monthly_usd");
        Expr perConversation = b.in(c, "per_conversation_usd");
        out.add(LineSpec.usd(ComponentType.LICENSE, Category.LICENSE, "Licence fee (monthly)", null), monthly);
        for (int g = 0; g < b.agentCount(); g++) {
            out.add(LineSpec.usd(ComponentType.LICENSE, Category.LICENSE, "Licence fee (per conversation)", b.plan(g).name()),
                    b.agent(g).traffic(TrafficField.CONVERSATIONS).times(perConversation));
        }
    }
}
