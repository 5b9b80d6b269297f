package io.agentcost.estimate;

import io.agentcost.model.Category;
import io.agentcost.model.CustomLine;

/** team_monthly_usd (people) and the user's custom lines, in USD; one_time_usd is the forecast's, not a monthly line. */
final class PeopleAndCustomLines extends ComponentLines {

    private final int[] slots;
    private final LineSpec[] lines;

    PeopleAndCustomLines(Build b) {
        var arch = b.architecture();
        int n = (arch.teamMonthlyUsd() != null ? 1 : 0) + arch.custom().size();
        slots = new int[n];
        lines = new LineSpec[n];
        int i = 0;
        String path = "architectures." + arch.name() + ".";
        if (arch.teamMonthlyUsd() != null) {
            slots[i] = b.variable(arch.teamMonthlyUsd(), path + "team_monthly_usd", "team_monthly_usd");
            lines[i++] = LineSpec.usd(null, Category.PEOPLE, "Team (people cost to run it)", null);
        }
        for (int k = 0; k < arch.custom().size(); k++) {
            CustomLine c = arch.custom().get(k);
            slots[i] = b.variable(c.monthlyUsd(), path + "custom[" + k + "].monthly_usd", "monthly_usd");
            lines[i++] = LineSpec.usd(null, c.category(), c.name(), null);
        }
    }

    boolean isEmpty() {
        return lines.length == 0;
    }

    @Override
    void emit(Evaluation ev, LineSink sink) {
        for (int i = 0; i < lines.length; i++) sink.add(lines[i], ev.v(slots[i]));
    }

    @Override
    void formulas(FormulaContext f, FormulaSink sink) {
        for (int i = 0; i < lines.length; i++) sink.add(lines[i], f.v(slots[i]));
    }

    @Override
    boolean readsTraffic() {
        return false;
    }
}
