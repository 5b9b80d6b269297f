package io.agentcost.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agentcost.simulation.SimulationResult;
import io.agentcost.simulation.SimulationResult.CellResult;
import io.agentcost.simulation.SimulationResult.Sensitivity;
import io.agentcost.simulation.Summary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TornadoTest {

    /** A total whose median is p50 (all the tornado reads of it). */
    static Summary median(double p50) {
        double[] pct = {p50, p50, p50, p50, p50, p50, p50, p50};
        return new Summary(1, p50, 0, p50, p50, pct, 0, p50, p50, 0, p50, p50, new double[0], new long[0], new double[0]);
    }

    static CellResult cell(String phase, String architecture, double nominal, double p50) {
        return new CellResult(phase, architecture, nominal, median(p50), null, null, 0, null, 0, null);
    }

    static SimulationResult result(List<CellResult> cells, List<Sensitivity> sensitivity) {
        return new SimulationResult(null, cells, List.of(), sensitivity, List.of(), new double[0][0], new double[0][0], List.of());
    }

    @Test
    void anArchitecturesOwnInputIsNamedWithoutItsPrefix() {
        // in the self_hosted chart, architectures.self_hosted.team_monthly_usd is that chart's team cost; an agent keeps its name
        Tornado.Bar team = new Tornado.Bar("architectures.self_hosted.team_monthly_usd", 4_000, 9_000, 9_450, 14_500);
        assertEquals("team_monthly_usd  4k → 9k\ncost $9.45k → $14.5k",
                team.label("launch", "self_hosted", 11_600));
        Tornado.Bar turns = new Tornado.Bar("agents.researcher.turns_per_conversation", 3, 9, 11_000, 12_000);
        assertEquals("researcher.turns_per_conversation  3 → 9\ncost $11k → $12k", turns.label("launch", "self_hosted", 11_600));
    }

    @Test
    void theTornadoOpensOnThePhasesCheapestAtTheMedianNotTheFirstArchitecture() {
        // serverless is listed first and is cheapest in dev; in scale the endpoint's median is lower (700 < 900)
        SimulationResult r = result(List.of(cell("dev", "serverless", 100, 100), cell("dev", "endpoint", 5_000, 5_000),
                cell("scale", "serverless", 880, 900), cell("scale", "endpoint", 720, 700)), List.of());
        assertEquals("serverless", Tornado.cheapest(r, "dev"));
        assertEquals("endpoint", Tornado.cheapest(r, "scale"));
        assertEquals(null, Tornado.cheapest(r, "launch"));
    }

    @Test
    void eachBarNamesTheInputsTwoValuesAndTheCostInEachCase() {
        SimulationResult r = result(List.of(cell("scale", "serverless", 8_000, 8_100)), List.of(
                new Sensitivity("scale", "serverless", "workload.turns_per_conversation", "turns_per_conversation", 0.5, 0.2, 6_000, 11_000),
                new Sensitivity("scale", "serverless", "phases.scale.monthly_conversations", "monthly_conversations", 0.8, 0.7, 4_000, 16_000),
                new Sensitivity("scale", "serverless", "workload.retry_rate", "retry_rate", 0.1, 0.1, 7_900, 8_100),
                new Sensitivity("dev", "serverless", "workload.retry_rate", "retry_rate", 0.1, 0.1, 1, 2)));
        Map<String, double[]> values = Map.of(
                "workload.turns_per_conversation", new double[]{2.9123, 6.8456},
                "phases.scale.monthly_conversations", new double[]{768_000, 2_800_000});
        Tornado t = Tornado.of(r, "scale", "serverless", values);
        assertEquals(8_000, t.nominal());
        // widest swing first: conversations (12,000), turns (5,000), retries (200); dev's row is another cell's
        assertEquals(3, t.bars().size());
        // the input's two values, then the month's cost in each case (nominal $8k)
        assertEquals("monthly_conversations  768k → 2.8M\ncost $4k → $16k", t.bars().get(0).label("scale", "serverless", 8_000));
        assertEquals("turns_per_conversation  2.91 → 6.85\ncost $6k → $11k", t.bars().get(1).label("scale", "serverless", 8_000));
        assertEquals(4_000, t.bars().get(0).lowUsd());
        assertEquals(16_000, t.bars().get(0).highUsd());
        // an input whose values the scenario does not give keeps its name alone
        // $7,900 beside a nominal $8,000 needs a fourth digit at most: "$7.9k", $8,100 "$8.1k"
        assertEquals("retry_rate\ncost $7.9k → $8.1k", t.bars().get(2).label("scale", "serverless", 8_000));
    }
}
