package io.agentcost.sampling;

/** Plain Monte Carlo: independent uniforms from a counter-based generator. */
final class RandomSource implements UniformSource {

    private final long seed;
    private final int dimensions;

    RandomSource(long seed, int dimensions) {
        this.seed = seed;
        this.dimensions = dimensions;
    }

    @Override
    public Batch batch(long start, int n) {
        return (from, count, columns) -> {
            for (int j = 0; j < dimensions; j++) {
                double[] column = columns[j];
                for (int k = 0; k < count; k++) column[k] = UniformSource.uniform(seed, from + k, j);
            }
        };
    }
}
