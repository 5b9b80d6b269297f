package io.agentcost.simulation;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.NominalEstimator;
import io.agentcost.model.Estimate;
import io.agentcost.model.Phase;
import io.agentcost.model.TimelineEntry;
import io.agentcost.sampling.InverseCdf;
import java.util.ArrayList;
import java.util.List;

/**
 * The forecast's months at the nominal inputs (SPEC §4, §5): every input at its median, the month's
 * conversations grown by (1 + g)^k in the k-th month (from 0) of its timeline entry, g the median of the
 * entry's monthly growth, as {@link Forecaster} grows them per draw. Month 0 holds the one-time costs.
 * The workbook's live forecast equals these at its nominal inputs.
 */
public final class NominalForecast {

    /**
     * One month: its timeline entry (-1 for month 0), the month within the entry, the growth multiplier of
     * conversations, and per architecture (scenario order) the nominal estimate of its phase that month (empty for
     * month 0) and the USD of the month.
     */
    public record Month(int month, String phase, int entry, int monthOfEntry, double growth, List<Estimate> estimates, double[] usd) {
    }

    private NominalForecast() {
    }

    /** Month 0 (one-time costs) and every month of the timeline; {@code model} compiled with growth (as the simulation's). */
    public static List<Month> months(CostModel model) {
        return monthsAt(model, model.medians());
    }

    /** The months at given input values (slot order; growth parameters are set month by month), as {@link #months} at the medians. */
    public static List<Month> monthsAt(CostModel model, double[] medians) {
        var s = model.scenario();
        int[] phaseGrowth = model.phaseGrowthSlots();
        int[] growthSlots = model.growthSlots();
        List<String> phases = s.phases().stream().map(Phase::name).toList();
        int a = s.architectures().size();
        List<Month> out = new ArrayList<>();
        double[] first = new double[a];
        for (int x = 0; x < a; x++) first[x] = model.oneTimeUsd(x, medians);
        out.add(new Month(0, "one-time", -1, 0, 1, List.of(), first));
        List<TimelineEntry> timeline = Forecaster.timeline(s);
        int month = 1;
        for (int e = 0; e < timeline.size(); e++) {
            TimelineEntry t = timeline.get(e);
            int p = phases.indexOf(t.phase());
            double g = growthSlots.length == 0 ? InverseCdf.median(t.monthlyGrowth()) : medians[growthSlots[e]];
            for (int k = 0; k < t.months(); k++, month++) {
                double[] vars = medians.clone();
                double growth = Math.pow(1 + g, k);
                if (phaseGrowth[p] >= 0) vars[phaseGrowth[p]] = growth;
                Terms.set(model.commitmentSlots(), month, vars);
                List<Estimate> estimates = new ArrayList<>();
                double[] usd = new double[a];
                int x = 0;
                for (Estimate est : NominalEstimator.estimateAt(model, vars)) {
                    if (!est.phase().equals(t.phase())) continue;
                    estimates.add(est);
                    usd[x++] = est.totalUsd();
                }
                out.add(new Month(month, t.phase(), e, k, growth, List.copyOf(estimates), usd));
            }
        }
        return out;
    }
}
