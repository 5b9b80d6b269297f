package io.agentcost.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kernel's dot-product form of a component is trusted only after the probe checked it: an
 * autoscaled SageMaker endpoint (a max of the minimum fleet and the demand) is refused, Bedrock is
 * accepted and, folded with its prices, costs exactly what emitting and pricing its lines does.
 */
class AffineLinesTest {

    /** One cell laid out as the kernel does: its evaluation at the medians, each component's line range, its pricer. */
    private record Laid(Evaluation ev, List<ComponentLines> parts, int[] start, int[] length, Pricer pricer,
                        double[] quantities) {

        static Laid out(CostModel model, double[] vars, String phase, String architecture) {
            PhaseArchitecture cell = model.cells().stream().filter(c -> c.phase().equals(phase) && c.architecture().equals(architecture))
                    .findFirst().orElseThrow();
            Evaluation ev = cell.newEvaluation(vars, w -> { });
            ev.computeTraffic(1.0);
            cell.prepare(ev);
            LineSink recording = LineSink.recording();
            List<ComponentLines> parts = cell.components();
            int[] start = new int[parts.size()], length = new int[parts.size()];
            for (int k = 0; k < parts.size(); k++) {
                start[k] = recording.quantities().length;
                parts.get(k).emit(ev, recording);
                length[k] = recording.quantities().length - start[k];
            }
            Pricer pricer = new Pricer(recording.specs(), model.catalog(), model.scenario());
            pricer.ranges(start, length);
            return new Laid(ev, parts, start, length, pricer, recording.quantities());
        }

        AffineLines probe(Class<?> type) {
            int k = index(parts, type);
            return AffineLines.probe(parts.get(k), ev, start[k], length[k]);
        }
    }

    @Test
    void theProbeRefusesANonAffineComponentAndAcceptsAnAffineOneThatPricesAsEmitDoes() {
        var loaded = Fixtures.services().load(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        CostModel model = CostModel.compile(loaded.scenario(), loaded.catalog());
        double[] vars = NominalEstimator.medians(model.variables());
        assertThat(Laid.out(model, vars, "scale", "self_hosted").probe(SageMakerLines.class)).isNull();

        Laid serverless = Laid.out(model, vars, "scale", "serverless");
        AffineLines affine = serverless.probe(BedrockLines.class);
        assertThat(affine).isNotNull();
        // at twice the median conversations: the dot product against emitting and pricing every line
        vars[model.variables().all().stream().filter(v -> v.path().equals("phases.scale.monthly_conversations")).findFirst().orElseThrow().index()] *= 2;
        serverless.ev().computeTraffic(1.0);
        double[] q = serverless.quantities();
        // folded alone (every line in one bucket): its cost is the dot product of its weights with the features
        AffineLines[] only = new AffineLines[serverless.parts().size()];
        only[index(serverless.parts(), BedrockLines.class)] = affine;
        double viaDot = FoldedCell.of(only, new ComponentLines.ClampedLine[only.length][], serverless.start(), new double[q.length], serverless.ev().features.length, 1, new int[3 * q.length],
                serverless.pricer()).cost(serverless.ev().features, new java.util.HashSet<>());
        int bedrock = index(serverless.parts(), BedrockLines.class);
        LineSink into = LineSink.into(q);
        into.reset(q, serverless.start()[bedrock]);
        serverless.parts().get(bedrock).emit(serverless.ev(), into);
        double viaEmit = serverless.pricer().componentSubtotal(q, bedrock);
        assertThat(viaDot).isCloseTo(viaEmit, within(1e-9 * viaEmit)).isGreaterThan(1000);
    }

    private static int index(List<ComponentLines> parts, Class<?> type) {
        for (int k = 0; k < parts.size(); k++) if (type.isInstance(parts.get(k))) return k;
        throw new AssertionError("no " + type.getSimpleName());
    }
}
