package io.agentcost.model;

/**
 * The most instances an architecture's reservations of one component may add up to (SPEC §13): the component's
 * instance count (its upper bound where uncertain) for production and each non-production copy. The scenario's
 * checks refuse more; the workbook flags more typed into a reservation's lever.
 */
public final class ReservationBound {

    private ReservationBound() {
    }

    /** The largest number of non-production copies any phase runs (0 without them). */
    public static double environments(Scenario s) {
        double environments = 0;
        for (Phase p : s.phases()) {
            Distribution d = s.workloadFor(p, null).number(WorkloadKey.NON_PROD_ENVIRONMENTS);
            if (d != null) environments = Math.max(environments, d.upperBound());
        }
        return environments;
    }

    /** The key that counts a component's instances, or null where nothing bounds them (an autoscaled endpoint without max_instances). */
    public static String countKey(ComponentSpec c) {
        return switch (c.type()) {
            case ELASTICACHE -> "nodes";
            case SAGEMAKER -> "autoscale".equals(c.word("mode")) ? (c.has("max_instances") ? "max_instances" : null) : "instances";
            default -> "instances";
        };
    }

    /**
     * The most reserved instances of component c in architecture a, or null where nothing bounds them: also where the
     * count or a phase's non_prod_environments is uncertain without an upper bound (a lognormal), which any number of
     * reserved instances stays below.
     */
    public static Double most(Scenario s, ArchitectureSpec a, ComponentType c) {
        ComponentSpec spec = a.component(c);
        String key = spec == null ? null : countKey(spec);
        Distribution count = key == null ? null : spec.number(key);
        if (count == null) return null;
        double most = count.upperBound() * (1 + environments(s));
        return Double.isFinite(most) ? most : null;
    }
}
