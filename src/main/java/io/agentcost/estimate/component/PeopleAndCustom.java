package io.agentcost.estimate.component;

import io.agentcost.estimate.line.LineSpec;
import io.agentcost.estimate.line.Lines;
import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.Category;
import io.agentcost.model.CustomLine;

/** team_monthly_usd (people) and the user's custom lines, in USD; one_time_usd is the forecast's, not a monthly line. */
final class PeopleAndCustom implements Component {

    @Override
    public void addLines(Build b, Lines out) {
        ArchitectureSpec arch = b.architecture();
        String path = "architectures." + arch.name() + ".";
        if (arch.teamMonthlyUsd() != null) {
            out.add(LineSpec.usd(null, Category.PEOPLE, "Team (people cost to run it)", null),
                    b.variable(arch.teamMonthlyUsd(), path + "team_monthly_usd", "team_monthly_usd"));
        }
        for (int k = 0; k < arch.custom().size(); k++) {
            CustomLine c = arch.custom().get(k);
            out.add(LineSpec.usd(null, c.category(), c.name(), null), b.variable(c.monthlyUsd(), path + "custom[" + k + "].monthly_usd", "monthly_usd"));
        }
    }
}
