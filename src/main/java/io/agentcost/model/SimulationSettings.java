package io.agentcost.model;

import java.util.Locale;

/** How the Monte Carlo run samples: iterations, seed, method and optional convergence target. */
public record SimulationSettings(int iterations, long seed, Sampling sampling, Double targetRelativeError,
                                 int maxIterations) {

    public static final SimulationSettings DEFAULT =
            new SimulationSettings(10_000, 42L, Sampling.LATIN_HYPERCUBE, null, 1_000_000);

    public enum Sampling {
        RANDOM, LATIN_HYPERCUBE, SOBOL;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Sampling fromKey(String key) {
            for (Sampling s : values()) if (s.key().equals(key)) return s;
            return null;
        }
    }
}
