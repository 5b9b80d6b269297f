package io.agentcost.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kernel's dot-product form of a component is trusted only after the probe checked it: an
 * autoscaled SageMaker endpoint (a max of the minimum fleet and the demand) is refused, Bedrock is
 * accepted and prices exactly as emitting and pricing its lines does.
 */
class AffineLinesTest {

    @Test
    void theProbeRefusesANonAffineComponentAndAcceptsAnAffineOneThatPricesAsEmitDoes() {
        var loaded = Fixtures.services().load(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        CostModel model = CostModel.compile(loaded.scenario(), loaded.catalog());
        PhaseArchitecture cell = model.cells().stream().filter(c -> c.phase().equals("scale") && c.architecture().equals("self_hosted"))
                .findFirst().orElseThrow();
        double[] vars = NominalEstimator.medians(model.variables());
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
        int sagemaker = index(parts, SageMakerLines.class);
        assertThat(AffineLines.probe(parts.get(sagemaker), ev, start[sagemaker], length[sagemaker], pricer)).isNull();

        PhaseArchitecture serverless = model.cells().stream().filter(c -> c.phase().equals("scale") && c.architecture().equals("serverless"))
                .findFirst().orElseThrow();
        Evaluation sev = serverless.newEvaluation(vars, w -> { });
        sev.computeTraffic(1.0);
        serverless.prepare(sev);
        LineSink rec = LineSink.recording();
        List<ComponentLines> sparts = serverless.components();
        int[] s0 = new int[sparts.size()], sl = new int[sparts.size()];
        for (int k = 0; k < sparts.size(); k++) {
            s0[k] = rec.quantities().length;
            sparts.get(k).emit(sev, rec);
            sl[k] = rec.quantities().length - s0[k];
        }
        Pricer sp = new Pricer(rec.specs(), model.catalog(), model.scenario());
        sp.ranges(s0, sl);
        int bedrock = index(sparts, BedrockLines.class);
        AffineLines affine = AffineLines.probe(sparts.get(bedrock), sev, s0[bedrock], sl[bedrock], sp);
        assertThat(affine).isNotNull();
        // at twice the median conversations: the dot product against emitting and pricing every line
        vars[model.variables().all().stream().filter(v -> v.path().equals("phases.scale.monthly_conversations")).findFirst().orElseThrow().index()] *= 2;
        sev.computeTraffic(1.0);
        double[] q = rec.quantities();
        double viaDot = affine.subtotal(sev.features, q);
        LineSink into = LineSink.into(q);
        into.reset(q, s0[bedrock]);
        sparts.get(bedrock).emit(sev, into);
        double viaEmit = sp.componentSubtotal(q, bedrock);
        assertThat(viaDot).isCloseTo(viaEmit, within(1e-9 * viaEmit)).isGreaterThan(1000);
    }

    private static int index(List<ComponentLines> parts, Class<?> type) {
        for (int k = 0; k < parts.size(); k++) if (type.isInstance(parts.get(k))) return k;
        throw new AssertionError("no " + type.getSimpleName());
    }
}
