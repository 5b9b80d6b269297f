package io.agentcost.scenario;

import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.Commitment;
import io.agentcost.model.ComponentSpec;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Distribution;
import io.agentcost.model.Limits;
import io.agentcost.model.Phase;
import io.agentcost.model.Scenario;
import io.agentcost.model.WorkloadKey;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what needs the whole scenario: the reservations of a component, added up, must not exceed the instances it
 * can run — its instances (nodes; an autoscaled endpoint's max_instances) × (1 + the most non-production
 * environments of any phase), since a reservation covers production and non-production instance-hours alike.
 */
final class CommitmentChecks {

    private final Problems problems;

    CommitmentChecks(Problems problems) {
        this.problems = problems;
    }

    void check(Scenario s, Map<String, List<Located>> nodesOf) {
        double environments = 0;
        for (Phase p : s.phases()) {
            Distribution d = s.workloadFor(p, null).number(WorkloadKey.NON_PROD_ENVIRONMENTS);
            if (d != null) environments = Math.max(environments, d.upperBound());
        }
        for (ArchitectureSpec a : s.architectures()) {
            List<Located> at = nodesOf.getOrDefault(a.name(), List.of());
            Map<ComponentType, Double> reserved = new EnumMap<>(ComponentType.class);
            for (int i = 0; i < a.commitments().size(); i++) {
                Commitment c = a.commitments().get(i);
                if (c.type() != Commitment.Type.RESERVED) continue;
                double sum = reserved.merge(c.component(), c.instances(), Double::sum);
                String key = countKey(a.component(c.component()));
                Distribution count = key == null ? null : a.component(c.component()).number(key);
                if (count == null) continue;
                double most = count.upperBound() * (1 + environments);
                if (sum > most) {
                    problems.add(at.get(i), (sum == c.instances() ? "reserves " : "reservations of " + c.component().key() + " add up to ")
                            + Limits.num(sum) + " " + c.component().key() + " instances, more than the architecture runs: at most "
                            + Limits.num(most) + " (" + c.component().key() + "." + key + " " + Limits.num(count.upperBound())
                            + " × (1 + non_prod_environments " + Limits.num(environments) + ")); a reservation covers the "
                            + c.component().key() + " " + (c.component() == ComponentType.ELASTICACHE ? "node" : "instance")
                            + "-hours of this architecture, production and non-production copies");
                }
            }
        }
    }

    /** The key that counts a component's instances, or null where nothing bounds them (an autoscaled endpoint without max_instances). */
    private static String countKey(ComponentSpec c) {
        return switch (c.type()) {
            case ELASTICACHE -> "nodes";
            case SAGEMAKER -> "autoscale".equals(c.word("mode")) ? (c.has("max_instances") ? "max_instances" : null) : "instances";
            default -> "instances";
        };
    }
}
