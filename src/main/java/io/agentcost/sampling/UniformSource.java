package io.agentcost.sampling;

/**
 * Uniform numbers u ∈ (0,1) for iteration i and dimension j, from one master seed. Every value
 * is a function of (seed, method, i, j) and the batch layout only — never of the thread that
 * computes it — so a run is reproducible whatever the number of threads.
 */
public interface UniformSource {

    /** Prepares iterations [start, start + n) as one stratified batch (Latin hypercube strata span it). */
    Batch batch(long start, int n);

    /** Thread-safe once prepared. */
    interface Batch {
        /** Fills columns[j][k] with dimension j of iteration from + k, for k < count and every dimension j. */
        void fill(long from, int count, double[][] columns);
    }

    static UniformSource of(String method, long seed, int dimensions) {
        return switch (method) {
            case "random" -> new RandomSource(seed, dimensions);
            case "latin_hypercube" -> new LatinHypercubeSource(seed, dimensions);
            case "sobol" -> new SobolSource(seed, dimensions);
            default -> throw new IllegalArgumentException("unknown sampling method " + method);
        };
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit value of its input. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A uniform in (0,1), never 0 or 1, from (seed, i, j): a counter-based generator. */
    static double uniform(long seed, long i, int j) {
        long h = mix(seed + 0x9e3779b97f4a7c15L * (i + 1) + 0xd1b54a32d192ed03L * (j + 1));
        h = mix(h ^ seed);
        return ((h >>> 11) + 0.5) * 0x1.0p-53;
    }
}
