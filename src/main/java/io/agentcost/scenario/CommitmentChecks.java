package io.agentcost.scenario;

import io.agentcost.model.ArchitectureSpec;
import io.agentcost.model.Commitment;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Limits;
import io.agentcost.model.ReservationBound;
import io.agentcost.model.Scenario;
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
        double environments = ReservationBound.environments(s);
        for (ArchitectureSpec a : s.architectures()) {
            List<Located> at = nodesOf.getOrDefault(a.name(), List.of());
            Map<ComponentType, Double> reserved = new EnumMap<>(ComponentType.class);
            for (int i = 0; i < a.commitments().size(); i++) {
                Commitment c = a.commitments().get(i);
                if (c.type() != Commitment.Type.RESERVED) continue;
                double sum = reserved.merge(c.component(), c.instances(), Double::sum);
                Double most = ReservationBound.most(s, a, c.component());
                if (most == null) continue;
                String key = ReservationBound.countKey(a.component(c.component()));
                double count = a.component(c.component()).number(key).upperBound();
                if (sum > most) {
                    problems.add(at.get(i), (sum == c.instances() ? "reserves " : "reservations of " + c.component().key() + " add up to ")
                            + Limits.num(sum) + " " + c.component().key() + " instances, more than the architecture runs: at most "
                            + Limits.num(most) + " (" + c.component().key() + "." + key + " " + Limits.num(count)
                            + " × (1 + non_prod_environments " + Limits.num(environments) + ")); a reservation covers the "
                            + c.component().key() + " " + (c.component() == ComponentType.ELASTICACHE ? "node" : "instance")
                            + "-hours of this architecture, production and non-production copies");
                }
            }
        }
    }
}
