package io.agentcost.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agentcost.scenario.LoadResult;
import io.agentcost.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TornadoInputsTest {

    private static Map<String, double[]> ofExample() {
        LoadResult loaded = Fixtures.services().load(Fixtures.root().resolve("scenarios/bedrock-vs-sagemaker.yaml"));
        return TornadoInputs.of(loaded.scenario(), loaded.catalog());
    }

    @Test
    void eachUncertainInputHasItsP10AndP90UnderTheSensitivityPath() {
        Map<String, double[]> v = ofExample();
        // launch: triangular(20,000, 50,000, 120,000). Below the mode F(x) = (x − a)² / ((b − a)(c − a)), so
        // P10 = 20,000 + √(0.1 · 100,000 · 30,000) = 37,320.51; above it 1 − (b − x)² / ((b − a)(b − c)), so
        // P90 = 120,000 − √(0.1 · 100,000 · 70,000) = 93,542.49
        double[] launch = v.get("phases.launch.monthly_conversations");
        assertEquals(37_320.51, launch[0], 0.01);
        assertEquals(93_542.49, launch[1], 0.01);
        // scale: lognormal with median 1.5M and P90 3M; symmetric in log space, so P10 = 1.5M² / 3M = 750,000
        double[] scale = v.get("phases.scale.monthly_conversations");
        assertEquals(750_000, scale[0], 1);
        assertEquals(3_000_000, scale[1], 1);
    }

    @Test
    void aPertInputIsReadAtItsBetaQuantiles() {
        // pert(2, 4, 10) with λ = 4 is 2 + 8·Beta(2, 4), whose CDF is 1 − (1 − x)⁵ − 5x(1 − x)⁴: at the two values it is 0.1 and 0.9
        double[] turns = ofExample().get("workload.turns_per_conversation");
        for (int i = 0; i < 2; i++) {
            double x = (turns[i] - 2) / 8;
            assertEquals(i == 0 ? 0.10 : 0.90, 1 - Math.pow(1 - x, 5) - 5 * x * Math.pow(1 - x, 4), 1e-9);
        }
    }

    @Test
    void fixedInputsAreLeftOut() {
        // llm_calls_per_turn: 2 is a plain number: nothing to swing
        assertFalse(ofExample().containsKey("workload.llm_calls_per_turn"));
    }
}
