package io.agentcost.sampling;

import java.util.SplittableRandom;

/**
 * Latin hypercube: in a batch of n iterations each dimension has exactly one value in each of the
 * n strata [k/n, (k+1)/n), in an order given by a seeded permutation per batch and dimension.
 */
final class LatinHypercubeSource implements UniformSource {

    private final long seed;
    private final int dimensions;

    LatinHypercubeSource(long seed, int dimensions) {
        this.seed = seed;
        this.dimensions = dimensions;
    }

    @Override
    public Batch batch(long start, int n) {
        int[][] strata = new int[dimensions][];
        for (int j = 0; j < dimensions; j++) {
            SplittableRandom rng = new SplittableRandom(UniformSource.mix(seed ^ UniformSource.mix(start * 31 + j)));
            int[] perm = new int[n];
            for (int k = 0; k < n; k++) perm[k] = k;
            for (int k = n - 1; k > 0; k--) {
                int r = rng.nextInt(k + 1);
                int t = perm[k];
                perm[k] = perm[r];
                perm[r] = t;
            }
            strata[j] = perm;
        }
        long jitterSeed = UniformSource.mix(seed + 0x5851f42d4c957f2dL);
        return (from, count, rows) -> {
            for (int k = 0; k < count; k++) {
                long i = from + k;
                int idx = (int) (i - start);
                double[] row = rows[k];
                for (int j = 0; j < dimensions; j++) {
                    row[j] = (strata[j][idx] + UniformSource.uniform(jitterSeed, i, j)) / n;
                }
            }
        };
    }
}
