package io.agentcost.sampling;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Randomised quasi-Monte Carlo: the Sobol sequence (Joe–Kuo directions, Commons Math) from its
 * second point, with a seeded random shift per dimension modulo 1 (Cranley–Patterson rotation),
 * so estimates are unbiased and their error can be measured across seeds.
 */
final class SobolSource implements UniformSource {

    private final int dimensions;
    private final double[] shift;

    SobolSource(long seed, int dimensions) {
        if (dimensions > 1000) throw new IllegalArgumentException("Sobol sampling supports up to 1000 uncertain inputs");
        this.dimensions = dimensions;
        shift = new double[dimensions];
        for (int j = 0; j < dimensions; j++) shift[j] = UniformSource.uniform(seed, -1, j);
    }

    @Override
    public Batch batch(long start, int n) {
        return (from, count, columns) -> {
            if (dimensions == 0) return;
            SobolSequenceGenerator gen = new SobolSequenceGenerator(dimensions);
            gen.skipTo((int) Math.min(Integer.MAX_VALUE, from + 1));
            for (int k = 0; k < count; k++) {
                double[] x = gen.nextVector();
                for (int j = 0; j < dimensions; j++) {
                    double u = x[j] + shift[j];
                    u -= Math.floor(u);
                    columns[j][k] = u <= 0 ? 0x1.0p-53 : u;
                }
            }
        };
    }
}
