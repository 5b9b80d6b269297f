package io.agentcost.model;

import java.util.Arrays;
import java.util.List;

/**
 * A savings plan or a reservation of one architecture (SPEC §13), in force from forecast month {@code startMonth}
 * (1 = the timeline's first month) for {@code termMonths} months (null: to the end of the forecast).
 *
 * @param hourlyUsd the plan's commitment per hour (savings plans; 0 for a reservation)
 * @param discount  the rate off on-demand for the covered usage (plans) or the reserved instances
 * @param component the component a reservation covers (null for a savings plan)
 * @param instances the instances (nodes) a reservation bills all month (0 for a savings plan)
 */
public record Commitment(Type type, double hourlyUsd, double discount, ComponentType component, double instances,
                         int startMonth, Integer termMonths) {

    /** The kinds of commitment, each with the components it covers. */
    public enum Type {
        COMPUTE_SAVINGS_PLAN("compute_savings_plan", ComponentType.LAMBDA, ComponentType.FARGATE, ComponentType.EC2),
        SAGEMAKER_SAVINGS_PLAN("sagemaker_savings_plan", ComponentType.SAGEMAKER),
        DATABASE_SAVINGS_PLAN("database_savings_plan", ComponentType.DYNAMODB, ComponentType.AURORA, ComponentType.ELASTICACHE),
        /** Reserved instances of one component: ec2, elasticache (nodes), aurora or sagemaker (endpoint instances). */
        RESERVED("reserved", ComponentType.EC2, ComponentType.ELASTICACHE, ComponentType.AURORA, ComponentType.SAGEMAKER);

        private final String key;
        private final List<ComponentType> covers;

        Type(String key, ComponentType... covers) {
            this.key = key;
            this.covers = List.of(covers);
        }

        public String key() {
            return key;
        }

        /** What a plan covers, or the components a reservation may name. */
        public List<ComponentType> covers() {
            return covers;
        }

        public boolean isPlan() {
            return this != RESERVED;
        }

        public static Type fromKey(String key) {
            return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst().orElse(null);
        }
    }

    /** Whether the commitment is billed in forecast month {@code month} (1-based). */
    public boolean activeIn(int month) {
        return month >= startMonth && (termMonths == null || month < startMonth + termMonths);
    }

    /** The name the reports give it: the plan's type, or "reserved ec2". */
    public String label() {
        return type == Type.RESERVED ? "reserved " + component.key() : type.key();
    }
}
