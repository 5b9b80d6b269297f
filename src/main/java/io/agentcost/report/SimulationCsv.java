package io.agentcost.report;

import static io.agentcost.report.Csv.safe;
import static io.agentcost.report.Format.cents;

import io.agentcost.simulation.ForecastResult;
import io.agentcost.simulation.SimulationResult;
import io.agentcost.simulation.Summary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The simulation (one row per phase × architecture) and the forecast (one row per month × architecture) as RFC 4180
 * CSV for CI and spreadsheets: money to the cent as in the JSON, probabilities unrounded, an absent value an empty
 * cell; text cells guarded against formula injection ({@link Csv}).
 */
public final class SimulationCsv {

    private SimulationCsv() {
    }

    public static String simulation(SimulationResult r) {
        // P(commitment wasted), SPEC §13, only where some architecture has commitments: other files keep their columns
        boolean commitments = r.cells().stream().anyMatch(c -> c.pCommitmentWasted() != null);
        List<String> columns = new ArrayList<>(List.of("phase", "architecture", "nominal_usd", "mean", "sd"));
        columns.addAll(List.of(Summary.NAMES));
        columns.addAll(List.of("p_exceed_budget", "p_kill_switch"));
        if (commitments) columns.add("p_commitment_wasted");
        columns.addAll(List.of("p_cheapest", "iterations", "seed", "sampling"));
        List<List<Object>> rows = new ArrayList<>();
        for (SimulationResult.CellResult c : r.cells()) {
            Summary s = c.total();
            List<Object> row = new ArrayList<>(Arrays.asList(safe(c.phase()), safe(c.architecture()), cents(c.nominalUsd()), cents(s.mean()),
                    cents(s.sd())));
            for (double p : s.percentiles()) row.add(cents(p));
            row.add(c.pExceedBudget() == null ? "" : c.pExceedBudget());
            row.add(c.pKillSwitch() == null ? "" : c.pKillSwitch());
            if (commitments) row.add(c.pCommitmentWasted() == null ? "" : c.pCommitmentWasted());
            row.add(c.pCheapest());
            row.add(r.run().iterations());
            row.add(r.run().seed());
            row.add(r.run().sampling());
            rows.add(row);
        }
        return Csv.write(columns, rows);
    }

    public static String forecast(ForecastResult f) {
        List<String> columns = List.of("month", "phase", "architecture", "p10", "p50", "p90", "mean", "cumulative_p10", "cumulative_p50",
                "cumulative_p90");
        List<List<Object>> rows = new ArrayList<>();
        for (ForecastResult.Month m : f.months()) {
            for (int x = 0; x < f.architectures().size(); x++) {
                rows.add(Arrays.asList(m.month(), safe(m.phase()), safe(f.architectures().get(x)), cents(m.p10()[x]), cents(m.p50()[x]),
                        cents(m.p90()[x]), cents(m.mean()[x]), cents(m.cumulativeP10()[x]), cents(m.cumulativeP50()[x]),
                        cents(m.cumulativeP90()[x])));
            }
        }
        return Csv.write(columns, rows);
    }
}
