package io.agentcost.estimate;

import io.agentcost.model.Category;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;

/** A marketplace licence (SPEC §4): monthly_usd + C·per_conversation_usd. Not an AWS price: no discount. */
final class LicenseLines extends ComponentLines {

    private final int monthly, perConversation;
    private final LineSpec flat;
    private final LineSpec[] usage;

    LicenseLines(Build b) {
        ComponentSpec c = b.spec(ComponentType.LICENSE);
        monthly = b.slot(c, "monthly_usd");
        perConversation = b.slot(c, "per_conversation_usd");
        flat = LineSpec.usd(ComponentType.LICENSE, Category.LICENSE, "Licence fee (monthly)", null);
        AgentPlan[] agents = b.agents();
        usage = new LineSpec[agents.length];
        for (int g = 0; g < agents.length; g++) {
            usage[g] = LineSpec.usd(ComponentType.LICENSE, Category.LICENSE, "Licence fee (per conversation)", agents[g].name());
        }
    }

    @Override
    boolean affineInTraffic() {
        return true;
    }

    @Override
    void emit(Evaluation ev, LineSink sink) {
        sink.add(flat, ev.v(monthly));
        for (int g = 0; g < usage.length; g++) sink.add(usage[g], ev.agents[g].conversations * ev.v(perConversation));
    }

    @Override
    void formulas(FormulaContext f, FormulaSink sink) {
        sink.add(flat, f.v(monthly));
        for (int g = 0; g < usage.length; g++) sink.add(usage[g], f.t(g, TrafficField.CONVERSATIONS) + "*" + f.v(perConversation));
    }
}
