package io.agentcost.report;

import static io.agentcost.report.Format.cents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agentcost.simulation.SimulationResult;
import io.agentcost.simulation.Summary;
import java.util.Map;

/** The simulation in the JSON of SPEC §10 (money to the cent; probabilities and correlations unrounded). */
public final class SimulationJson {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SimulationJson() {
    }

    public static String render(String scenario, SimulationResult r) {
        r.summariseBreakdowns(); // every cell's parts are printed: summarised together, on every core
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", scenario);
        run(root.putObject("run"), r.run());
        ArrayNode results = root.putArray("results");
        for (SimulationResult.CellResult c : r.cells()) results.add(cell(c));
        ArrayNode pairwise = root.putArray("pairwise");
        for (SimulationResult.Pairwise p : r.pairwise()) {
            pairwise.addObject().put("phase", p.phase()).put("a", p.a()).put("b", p.b()).put("p_a_cheaper", p.pACheaper());
        }
        ArrayNode sensitivity = root.putArray("sensitivity");
        for (SimulationResult.Sensitivity s : r.sensitivity()) {
            sensitivity.addObject().put("phase", s.phase()).put("architecture", s.architecture()).put("input", s.key())
                    .put("path", s.input()).put("rank_correlation", s.rankCorrelation()).put("variance_share", s.varianceShare())
                    .put("low_usd", cents(s.lowUsd())).put("high_usd", cents(s.highUsd()));
        }
        ObjectNode corr = root.putObject("correlations");
        ArrayNode inputs = corr.putArray("inputs");
        r.correlatedInputs().forEach(inputs::add);
        matrix(corr.putArray("target_spearman"), r.targetSpearman());
        matrix(corr.putArray("achieved_spearman"), r.achievedSpearman());
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return write(root);
    }

    static void run(ObjectNode o, SimulationResult.RunRecord run) {
        o.put("seed", run.seed()).put("iterations", run.iterations()).put("sampling", run.sampling())
                .put("catalog_date", run.catalogDate()).put("version", run.version())
                .put("seconds", Math.round(run.seconds() * 1000) / 1000.0).put("threads", run.threads());
        if (run.targetRelativeError() != null) {
            o.put("target_relative_error", run.targetRelativeError()).put("converged", run.converged());
        }
        if (!Double.isNaN(run.p90RelativeError())) o.put("p90_relative_error", run.p90RelativeError());
    }

    /** SPEC §12: the cost per conversation draw by draw, unrounded, over the breakdown's iterations; null without conversations. */
    private static void unitCost(ObjectNode o, String field, Summary s) {
        if (s == null) {
            o.putNull(field);
            return;
        }
        ObjectNode u = o.putObject(field);
        u.put("mean", s.mean());
        for (int i = 0; i < Summary.LEVELS.length; i++) u.put(Summary.NAMES[i], s.percentiles()[i]);
    }

    private static ObjectNode cell(SimulationResult.CellResult c) {
        ObjectNode o = JSON.createObjectNode();
        Summary s = c.total();
        o.put("phase", c.phase()).put("architecture", c.architecture()).put("nominal_usd", cents(c.nominalUsd()));
        o.put("mean", cents(s.mean())).put("sd", cents(s.sd())).put("min", cents(s.min())).put("max", cents(s.max()));
        for (int i = 0; i < Summary.LEVELS.length; i++) o.put(Summary.NAMES[i], cents(s.percentiles()[i]));
        o.put("mean_standard_error", cents(s.meanStandardError()));
        o.putArray("mean_ci95").add(cents(s.meanLow())).add(cents(s.meanHigh()));
        o.put("p90_standard_error", cents(s.p90StandardError()));
        o.putArray("p90_ci95").add(cents(s.p90Low())).add(cents(s.p90High()));
        if (c.pExceedBudget() != null) o.put("p_exceed_budget", c.pExceedBudget());
        else o.putNull("p_exceed_budget");
        if (c.pKillSwitch() != null) o.put("p_kill_switch", c.pKillSwitch());
        else o.putNull("p_kill_switch");
        o.put("p_cheapest", c.pCheapest());
        // only where the architecture has commitments, so a scenario without them prints what it always did
        if (c.pCommitmentWasted() != null) o.put("p_commitment_wasted", c.pCommitmentWasted());
        unitCost(o, "usd_per_conversation", c.usdPerConversation());
        unitCost(o, "usd_per_resolved_conversation", c.usdPerResolvedConversation());
        parts(o.putObject("by_category"), c.breakdown(), "category:");
        parts(o.putObject("by_service"), c.breakdown(), "service:");
        parts(o.putObject("by_agent"), c.breakdown(), "agent:");
        o.put("breakdown_iterations", c.breakdownIterations());
        ObjectNode h = o.putObject("histogram");
        ArrayNode edges = h.putArray("edges");
        for (double e : s.histogramEdges()) edges.add(cents(e));
        ArrayNode counts = h.putArray("counts");
        for (long k : s.histogramCounts()) counts.add(k);
        ArrayNode curve = o.putArray("s_curve");
        for (double v : s.scurve()) curve.add(cents(v));
        return o;
    }

    /** Each part with the same statistics as a total (no histogram): mean, sd, min, max, P5…P99, standard errors, intervals. */
    private static void parts(ObjectNode o, Map<String, Summary> parts, String prefix) {
        parts.forEach((k, s) -> {
            if (!k.startsWith(prefix)) return;
            ObjectNode p = o.putObject(k.substring(prefix.length()));
            p.put("mean", cents(s.mean())).put("sd", cents(s.sd())).put("min", cents(s.min())).put("max", cents(s.max()));
            for (int i = 0; i < Summary.LEVELS.length; i++) p.put(Summary.NAMES[i], cents(s.percentiles()[i]));
            p.put("mean_standard_error", cents(s.meanStandardError()));
            p.putArray("mean_ci95").add(cents(s.meanLow())).add(cents(s.meanHigh()));
            p.putArray("p90_ci95").add(cents(s.p90Low())).add(cents(s.p90High()));
        });
    }

    private static void matrix(ArrayNode out, double[][] m) {
        for (double[] row : m) {
            ArrayNode r = out.addArray();
            for (double v : row) r.add(Math.round(v * 10000) / 10000.0);
        }
    }

    static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
